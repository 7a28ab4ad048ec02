import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBordersOptions,
} from 'docx';
import type { Layout, Line } from '../model/layout.ts';
import { A4_MM, INDENT_MM, LEFT_COLUMN, MARGINS_MM, tableColumns, twip } from './page.ts';
import { qrPng } from './qr.ts';

/** Decree 30's face: Word has Times New Roman; the PDF uses its metric twin. */
const FONT = 'Times New Roman';
const TEXT_WIDTH = twip(A4_MM.width - MARGINS_MM.left - MARGINS_MM.right);
const ALIGN = {
  left: AlignmentType.LEFT,
  centre: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID: IBordersOptions = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE };

const runs = (l: Line) =>
  l.runs.map(
    (r) =>
      new TextRun({ text: r.text.normalize('NFC'), bold: r.bold, italics: r.italic, size: l.size * 2, font: FONT }),
  );

/** A line, and under it the short rule of the heading when it has one (an empty paragraph with a top border). */
function paragraphs(l: Line, columnWidth: number, after = 0): Paragraph[] {
  const p = new Paragraph({
    children: runs(l),
    alignment: ALIGN[l.align],
    indent: l.indent ? { firstLine: twip(INDENT_MM) } : undefined,
    spacing: { after: after * 20, before: 0 },
  });
  if (!l.ruleUnder) return [p];
  const side = Math.round((columnWidth * (1 - l.ruleUnder)) / 2);
  const rule = new Paragraph({
    children: [],
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120 },
  });
  return [p, rule];
}

function columns(left: Line[], right: Line[], leftW: number): Table {
  const rightW = TEXT_WIDTH - leftW;
  const cell = (lines: Line[], w: number) =>
    new TableCell({
      children: lines.flatMap((l) => paragraphs(l, w)),
      width: { size: w, type: WidthType.DXA },
      borders: NO_BORDERS,
    });
  return new Table({
    rows: [new TableRow({ children: [cell(left, leftW), cell(right, rightW)] })],
    columnWidths: [leftW, rightW],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    borders: NO_BORDERS,
  });
}

function grid(rows: string[][], widths?: number[]): Table {
  const ws = tableColumns(TEXT_WIDTH, rows[0]?.length ?? 1, widths);
  return new Table({
    columnWidths: ws,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map(
            (text, c) =>
              new TableCell({
                width: { size: ws[c] ?? 0, type: WidthType.DXA },
                borders: GRID,
                children: [
                  new Paragraph({
                    alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: [new TextRun({ text: text.normalize('NFC'), bold: r === 0, size: 24, font: FONT })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/**
 * The DOCX to edit and sign in Word: the same lines as the PDF, A4 with the decree's margins,
 * page numbers centred at the top from page 2 (a distinct first page), the record's footer with
 * the QR code on every page.
 */
export async function renderDocx(l: Layout, meta: { title: string; createdAt: Date }): Promise<Buffer> {
  const leftW = Math.round(TEXT_WIDTH * LEFT_COLUMN);
  const qr = await qrPng(l.footer.verifyUrl);
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          children: [
            new TextRun({ text: l.footer.text, size: 16, font: FONT }),
            new TextRun({ text: '  ', size: 16, font: FONT }),
            new ImageRun({ type: 'png', data: qr, transformation: { width: 53, height: 53 } }),
          ],
        }),
      ],
    });
  const body = l.body.flatMap((b) =>
    b.kind === 'table' ? [grid(b.rows, b.widths), new Paragraph({ children: [] })] : paragraphs(b.line, TEXT_WIDTH, 6),
  );
  const doc = new Document({
    creator: 'Khiên',
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(A4_MM.width), height: twip(A4_MM.height) },
            margin: {
              top: twip(MARGINS_MM.top),
              bottom: twip(MARGINS_MM.bottom),
              left: twip(MARGINS_MM.left),
              right: twip(MARGINS_MM.right),
              header: twip(8),
              footer: twip(5),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 26, font: FONT })],
              }),
            ],
          }),
        },
        footers: { first: footer(), default: footer() },
        children: [
          columns(l.headerLeft, l.headerRight, leftW),
          new Paragraph({ children: [] }),
          ...l.title.flatMap((t) => paragraphs(t, TEXT_WIDTH)),
          new Paragraph({ children: [] }),
          ...body,
          columns(l.recipients, [...l.signature.slice(0, -1), ...blankLines(3), l.signature.at(-1)!], leftW),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Room for the signature and the seal. */
const blankLines = (n: number): Line[] =>
  Array.from({ length: n }, () => ({ runs: [], size: 14, align: 'centre' as const }));
