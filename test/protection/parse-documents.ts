import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reads generated documents back the way a reader would, to test what they actually say. */
export async function pdfText(data: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const lines: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    lines.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: lines.join('\n').normalize('NFC'), pages };
}

export async function xlsxSheets(data: Buffer): Promise<Map<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const out = new Map<string, string[][]>();
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    out.set(ws.name, rows);
  });
  return out;
}
