/**
 * Appends an incremental update (ISO 32000-1 §7.5.6) defining the given objects, as any PDF
 * editor does: the objects, a cross-reference section for them, and a trailer pointing back.
 */
export function appendUpdate(pdf: Buffer, objects: { n: number; body: string }[]): Buffer {
  const text = pdf.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const root = /\/Root\s+(\d+ \d+ R)/.exec(trailer)![1];
  const info = /\/Info\s+(\d+ \d+ R)/.exec(trailer)?.[1];
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)![1]);
  const parts: Buffer[] = [pdf, Buffer.from('\n')];
  let at = pdf.length + 1;
  const xref: string[] = ['xref', '0 1', '0000000000 65535 f '];
  for (const o of objects) {
    const chunk = Buffer.from(`${o.n} 0 obj\n${o.body}\nendobj\n`, 'latin1');
    xref.push(`${o.n} 1`, `${String(at).padStart(10, '0')} 00000 n `);
    parts.push(chunk);
    at += chunk.length;
  }
  const newSize = Math.max(size, ...objects.map((o) => o.n + 1));
  parts.push(
    Buffer.from(
      `${xref.join('\n')}\ntrailer\n<<\n/Size ${newSize}\n/Root ${root}\n${info ? `/Info ${info}\n` : ''}/Prev ${prev}\n>>\nstartxref\n${at}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/** The first page object's number and its /Contents object's number, as pdfkit writes them. */
export function firstPage(pdf: Buffer): { page: number; contents: number; dict: string } {
  const m = /(\d+) 0 obj\s*(<<\s*\/Type \/Page\b[\s\S]*?>>)\s*endobj/.exec(pdf.toString('latin1'))!;
  return { page: Number(m[1]), contents: Number(/\/Contents (\d+) 0 R/.exec(m[2]!)![1]), dict: m[2]! };
}

/** A content stream that writes other words on the page. */
export function forgedContent(words: string): string {
  const data = `BT /F1 14 Tf 100 700 Td (${words}) Tj ET`;
  return `<<\n/Length ${data.length}\n>>\nstream\n${data}\nendstream`;
}
