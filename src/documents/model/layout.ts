import type { BodyBlock, OfficialDocument } from './official-document.ts';
import { authorityLines, footerLine, numberLine, placeAndDate, recipientLines } from './format-lines.ts';

/**
 * The document as styled lines in reading order, the one thing both renderers draw. A renderer
 * only decides where a line goes and how it wraps; what it says and in which face and size is
 * decided here (sizes in points, Decree 30 Appendix I).
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface Line {
  runs: Run[];
  size: number;
  align: 'left' | 'centre' | 'right' | 'justify';
  /** First-line indent of a body paragraph. */
  indent?: boolean;
  /** A short solid line drawn under this line, as a fraction of the column's width. */
  ruleUnder?: number;
}

export interface Layout {
  headerLeft: Line[];
  headerRight: Line[];
  title: Line[];
  body: ({ kind: 'line'; line: Line } | { kind: 'table'; rows: string[][]; widths?: number[] })[];
  recipients: Line[];
  signature: Line[];
  footer: { text: string; verifyUrl: string };
}

export const BODY_SIZE = 14;
const line = (
  text: string,
  size: number,
  align: Line['align'],
  style: Omit<Run, 'text'> = {},
  extra: Partial<Line> = {},
): Line => ({
  runs: [{ text, ...style }],
  size,
  align,
  ...extra,
});

function header(d: OfficialDocument): Pick<Layout, 'headerLeft' | 'headerRight'> {
  const left: Line[] = [];
  if (d.agency.parentName) left.push(line(d.agency.parentName, 13, 'centre'));
  if (d.format === 'party') {
    left.push(
      line(d.agency.name, 13, 'centre', { bold: true }),
      line('*', 13, 'centre'),
      line(numberLine(d), 13, 'centre'),
    );
    // An official letter's excerpt sits under its number.
    if (!d.typeName) left.push(line(`V/v ${d.excerpt}`, 12, 'centre'));
    return {
      headerLeft: left,
      headerRight: [
        line('ĐẢNG CỘNG SẢN VIỆT NAM', 15, 'centre', { bold: true }, { ruleUnder: 0.7 }),
        line(placeAndDate(d.agency.place, d.date), 14, 'centre', { italic: true }),
      ],
    };
  }
  left.push(line(d.agency.name, 13, 'centre', { bold: true }, { ruleUnder: 0.35 }), line(numberLine(d), 13, 'centre'));
  if (!d.typeName) left.push(line(`V/v ${d.excerpt}`, 12, 'centre'));
  return {
    headerLeft: left,
    headerRight: [
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, 'centre', { bold: true }),
      line('Độc lập - Tự do - Hạnh phúc', 13, 'centre', { bold: true }, { ruleUnder: 0.62 }),
      line(placeAndDate(d.agency.place, d.date), 14, 'centre', { italic: true }),
    ],
  };
}

function bodyLine(b: Exclude<BodyBlock, { kind: 'table' }>): Line {
  switch (b.kind) {
    case 'basis':
      return line(b.text, BODY_SIZE, 'justify', { italic: true }, { indent: true });
    case 'paragraph':
      return line(b.text, BODY_SIZE, 'justify', {}, { indent: true });
    case 'centred':
      return line(b.text, BODY_SIZE, 'centre', { bold: true });
    case 'article':
      return {
        runs: [{ text: `${b.label} `, bold: true }, { text: b.text }],
        size: BODY_SIZE,
        align: 'justify',
        indent: true,
      };
  }
}

export function layoutOf(d: OfficialDocument): Layout {
  const title = d.typeName
    ? [
        line(d.typeName, 14, 'centre', { bold: true }),
        line(d.excerpt, 14, 'centre', { bold: true }, { ruleUnder: 0.25 }),
      ]
    : [];
  const sig = d.signature;
  return {
    ...header(d),
    title,
    body: d.body.map((b) =>
      b.kind === 'table'
        ? { kind: 'table' as const, rows: b.rows, widths: b.widths }
        : { kind: 'line' as const, line: bodyLine(b) },
    ),
    recipients: [
      line('Nơi nhận:', 12, 'left', { bold: true, italic: true }),
      ...recipientLines(d).map((r) => line(r, 11, 'left')),
    ],
    signature: [
      ...authorityLines(d.format, sig).map((t) => line(t, 14, 'centre', { bold: true })),
      line(sig.fullName, 14, 'centre', { bold: true }),
    ],
    footer: { text: footerLine(d), verifyUrl: d.footer.verifyUrl },
  };
}

const lineText = (l: Line) => l.runs.map((r) => r.text).join('');

/**
 * Every word of the document in the order the renderers write it, one piece per line or cell:
 * what a reader (or pdf.js, or Word) finds in either file.
 */
export function textPieces(l: Layout): string[] {
  return [
    ...l.headerLeft.map(lineText),
    ...l.headerRight.map(lineText),
    ...l.title.map(lineText),
    ...l.body.flatMap((b) => (b.kind === 'line' ? [lineText(b.line)] : b.rows.flat())),
    ...l.recipients.map(lineText),
    ...l.signature.map(lineText),
    l.footer.text,
  ];
}
