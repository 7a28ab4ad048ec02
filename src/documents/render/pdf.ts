import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONTS } from '../fonts.ts';
import { loadPdfKit } from '../libraries.ts';
import type { Layout, Line } from '../model/layout.ts';
import { LEFT_COLUMN, MARGINS_MM, INDENT_MM, pt, tableColumns } from './page.ts';
import { qrMatrix } from './qr.ts';

type Pdf = PDFKit.PDFDocument;
const M = {
  top: pt(MARGINS_MM.top),
  bottom: pt(MARGINS_MM.bottom),
  left: pt(MARGINS_MM.left),
  right: pt(MARGINS_MM.right),
};
const FOOTER_SIZE = 8;
const QR_SIZE = 40;

/**
 * The faces read AND parsed once per process. pdfkit accepts a parsed fontkit font in place of a
 * file and then only subsets it for each document; parsing a face's tables again for every
 * document was most of a PDF's cost. The fontkit is the one pdfkit itself loads, so the objects
 * are of the version it expects; each document makes its own subset.
 */
type ParsedFace = { layout: (...args: never[]) => unknown };
type Fontkit = { create(data: Uint8Array): ParsedFace };
let parsed: Record<keyof typeof FONTS, ParsedFace> | undefined;
const fonts = () => {
  if (parsed) return parsed;
  const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as Fontkit;
  const parse = (file: string) => fontkit.create(readFileSync(file));
  parsed = {
    regular: parse(FONTS.regular),
    bold: parse(FONTS.bold),
    italic: parse(FONTS.italic),
    boldItalic: parse(FONTS.boldItalic),
  };
  return parsed;
};

const faceOf = (bold?: boolean, italic?: boolean) =>
  bold && italic ? 'bold-italic' : bold ? 'bold' : italic ? 'italic' : 'regular';

/** Writes one styled line in a column; returns the y below it. */
function drawLine(doc: Pdf, l: Line, x: number, y: number, width: number, gap = 0): number {
  const align = l.align === 'centre' ? 'center' : l.align;
  doc.x = x;
  doc.y = y;
  l.runs.forEach((r, i) => {
    const last = i === l.runs.length - 1;
    doc
      .font(faceOf(r.bold, r.italic))
      .fontSize(l.size)
      .text(r.text.normalize('NFC'), i === 0 ? x : undefined, i === 0 ? y : undefined, {
        width,
        align,
        continued: !last,
        indent: l.indent && i === 0 ? pt(INDENT_MM) : 0,
        paragraphGap: last ? gap : 0,
      });
  });
  const below = doc.y;
  if (l.ruleUnder) {
    const w = width * l.ruleUnder;
    doc
      .moveTo(x + (width - w) / 2, below + 1)
      .lineTo(x + (width + w) / 2, below + 1)
      .lineWidth(0.6)
      .stroke();
    return below + 5;
  }
  return below;
}

function drawColumn(doc: Pdf, lines: Line[], x: number, y: number, width: number): number {
  return lines.reduce((at, l) => drawLine(doc, l, x, at, width), y);
}

function drawTable(doc: Pdf, rows: string[][], x: number, width: number, widths?: number[]) {
  const cws = tableColumns(width, rows[0]?.length ?? 1, widths);
  const lefts = cws.map((_, c) => x + cws.slice(0, c).reduce((a, b) => a + b, 0));
  const pad = 3;
  rows.forEach((row, r) => {
    doc.font(r === 0 ? 'bold' : 'regular').fontSize(12);
    const h = Math.max(...row.map((cell, c) => doc.heightOfString(cell, { width: (cws[c] ?? 0) - 2 * pad }))) + 2 * pad;
    if (doc.y + h > doc.page.height - M.bottom) doc.addPage();
    const top = doc.y;
    row.forEach((cell, c) => {
      const cw = cws[c] ?? 0;
      doc
        .rect(lefts[c] ?? x, top, cw, h)
        .lineWidth(0.5)
        .stroke();
      doc.text(cell.normalize('NFC'), (lefts[c] ?? x) + pad, top + pad, {
        width: cw - 2 * pad,
        align: r === 0 ? 'center' : 'left',
      });
    });
    doc.x = x;
    doc.y = top + h;
  });
  doc.y += 6;
}

/** Drawing in a margin must not make pdfkit start a new page. */
function inMargin(doc: Pdf, draw: () => void) {
  const saved = { ...doc.page.margins };
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  draw();
  doc.page.margins = saved;
}

function drawFooter(doc: Pdf, l: Layout) {
  const qr = qrMatrix(l.footer.verifyUrl);
  const cell = QR_SIZE / qr.size;
  const width = doc.page.width - M.left - M.right;
  const top = doc.page.height - M.bottom + 8;
  inMargin(doc, () => {
    doc
      .font('regular')
      .fontSize(FOOTER_SIZE)
      .text(l.footer.text, M.left, top, { width: width - QR_SIZE - 8, lineBreak: true });
    const qx = doc.page.width - M.right - QR_SIZE;
    for (let r = 0; r < qr.size; r++)
      for (let c = 0; c < qr.size; c++) if (qr.dark(r, c)) doc.rect(qx + c * cell, top + r * cell, cell, cell);
    doc.fill('black');
  });
}

async function newPdf(meta: { title: string; createdAt: Date }) {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: M,
    bufferPages: true,
    info: { Title: meta.title, Author: 'Khiên', CreationDate: meta.createdAt },
  });
  const f = fonts();
  // pdfkit's types name only paths and buffers; its factory also takes a parsed font (see above).
  // Each document gets a view of the parsed face with its own glyph cache: fontkit's glyph objects
  // carry state from the text laid out with them, and sharing them garbled composed letters (Ơ, Ô)
  // in later documents. The parsed tables, the costly part, stay shared.
  const face = (x: ParsedFace) => Object.assign(Object.create(x) as object, { _glyphs: {} }) as unknown as Buffer;
  doc
    .registerFont('regular', face(f.regular))
    .registerFont('bold', face(f.bold))
    .registerFont('italic', face(f.italic))
    .registerFont('bold-italic', face(f.boldItalic));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/**
 * Draws one document from the current page on. Its pages are numbered from its own first page,
 * so a document inside a bundle reads exactly as it does alone.
 */
function drawDocument(doc: PDFKit.PDFDocument, l: Layout): void {
  const first = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const width = doc.page.width - M.left - M.right;
  const leftW = width * LEFT_COLUMN;
  const left = drawColumn(doc, l.headerLeft, M.left, M.top, leftW);
  const right = drawColumn(doc, l.headerRight, M.left + leftW, M.top, width - leftW);
  let y = Math.max(left, right) + 14;
  y = drawColumn(doc, l.title, M.left, y, width) + 10;
  doc.x = M.left;
  doc.y = y;
  for (const b of l.body) {
    if (b.kind === 'table') drawTable(doc, b.rows, M.left, width, b.widths);
    else drawLine(doc, b.line, M.left, doc.y, width, 6);
  }
  // The signature and the recipients stand side by side and are never split across pages.
  const needed = 12 + l.signature.length * 20 + 72 + Math.max(0, l.recipients.length - l.signature.length) * 14;
  if (doc.y + needed > doc.page.height - M.bottom) doc.addPage();
  const top = doc.y + 12;
  const authority = l.signature.slice(0, -1);
  const name = l.signature.at(-1)!;
  drawColumn(doc, l.recipients, M.left, top, leftW);
  const sigY = drawColumn(doc, authority, M.left + leftW, top, width - leftW) + 72;
  drawLine(doc, name, M.left + leftW, sigY, width - leftW);

  const range = doc.bufferedPageRange();
  for (let i = first; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    drawFooter(doc, l);
    if (i > first)
      inMargin(doc, () =>
        doc
          .font('regular')
          .fontSize(13)
          .text(String(i - first + 1), M.left, pt(8), { width, align: 'center' }),
      );
  }
}

/**
 * The PDF for printing: Liberation Serif embedded (Times New Roman's metrics, every Vietnamese
 * letter), page numbers centred in the top margin from page 2, and on every page the footer that
 * ties the paper to the record, with its QR code.
 */
export async function renderPdf(l: Layout, meta: { title: string; createdAt: Date }): Promise<Buffer> {
  const { doc, done } = await newPdf(meta);
  drawDocument(doc, l);
  doc.end();
  return done;
}

/**
 * Several documents in one PDF, for printing a case's documents at once: each starts on a new
 * page and keeps its own page numbers, footer and QR code.
 */
export async function renderPdfBundle(layouts: Layout[], meta: { title: string; createdAt: Date }): Promise<Buffer> {
  const { doc, done } = await newPdf(meta);
  layouts.forEach((l, i) => {
    if (i > 0) {
      doc.switchToPage(doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1);
      doc.addPage();
    }
    drawDocument(doc, l);
  });
  doc.end();
  return done;
}
