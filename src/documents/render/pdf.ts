import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { FONTS } from '../fonts.ts';
import type { Layout, Line } from '../model/layout.ts';
import { LEFT_COLUMN, MARGINS_MM, INDENT_MM, pt } from './page.ts';
import { qrMatrix } from './qr.ts';

type Pdf = PDFKit.PDFDocument;
const M = { top: pt(MARGINS_MM.top), bottom: pt(MARGINS_MM.bottom), left: pt(MARGINS_MM.left), right: pt(MARGINS_MM.right) };
const FOOTER_SIZE = 8;
const QR_SIZE = 40;

/** The faces read once per process: reading and parsing them from disk was a third of a document's cost. */
let fontData: Record<keyof typeof FONTS, Buffer> | undefined;
const fonts = () => (fontData ??= { regular: readFileSync(FONTS.regular), bold: readFileSync(FONTS.bold), italic: readFileSync(FONTS.italic), boldItalic: readFileSync(FONTS.boldItalic) });

const faceOf = (bold?: boolean, italic?: boolean) => (bold && italic ? 'bold-italic' : bold ? 'bold' : italic ? 'italic' : 'regular');

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
    doc.moveTo(x + (width - w) / 2, below + 1).lineTo(x + (width + w) / 2, below + 1).lineWidth(0.6).stroke();
    return below + 5;
  }
  return below;
}

function drawColumn(doc: Pdf, lines: Line[], x: number, y: number, width: number): number {
  return lines.reduce((at, l) => drawLine(doc, l, x, at, width), y);
}

function drawTable(doc: Pdf, rows: string[][], x: number, width: number) {
  const cols = rows[0]?.length ?? 1;
  const cw = width / cols;
  const pad = 3;
  rows.forEach((row, r) => {
    doc.font(r === 0 ? 'bold' : 'regular').fontSize(12);
    const h = Math.max(...row.map((c) => doc.heightOfString(c, { width: cw - 2 * pad }))) + 2 * pad;
    if (doc.y + h > doc.page.height - M.bottom) doc.addPage();
    const top = doc.y;
    row.forEach((cell, c) => {
      doc.rect(x + c * cw, top, cw, h).lineWidth(0.5).stroke();
      doc.text(cell.normalize('NFC'), x + c * cw + pad, top + pad, { width: cw - 2 * pad, align: r === 0 ? 'center' : 'left' });
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
    doc.font('regular').fontSize(FOOTER_SIZE).text(l.footer.text, M.left, top, { width: width - QR_SIZE - 8, lineBreak: true });
    const qx = doc.page.width - M.right - QR_SIZE;
    for (let r = 0; r < qr.size; r++) for (let c = 0; c < qr.size; c++) if (qr.dark(r, c)) doc.rect(qx + c * cell, top + r * cell, cell, cell);
    doc.fill('black');
  });
}

/**
 * The PDF for printing: Liberation Serif embedded (Times New Roman's metrics, every Vietnamese
 * letter), page numbers centred in the top margin from page 2, and on every page the footer that
 * ties the paper to the record, with its QR code.
 */
export function renderPdf(l: Layout, meta: { title: string; createdAt: Date }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: M, bufferPages: true, info: { Title: meta.title, Author: 'Khiên', CreationDate: meta.createdAt } });
  const f = fonts();
  doc.registerFont('regular', f.regular).registerFont('bold', f.bold).registerFont('italic', f.italic).registerFont('bold-italic', f.boldItalic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - M.left - M.right;
  const leftW = width * LEFT_COLUMN;
  const left = drawColumn(doc, l.headerLeft, M.left, M.top, leftW);
  const right = drawColumn(doc, l.headerRight, M.left + leftW, M.top, width - leftW);
  let y = Math.max(left, right) + 14;
  y = drawColumn(doc, l.title, M.left, y, width) + 10;
  doc.x = M.left;
  doc.y = y;
  for (const b of l.body) {
    if (b.kind === 'table') drawTable(doc, b.rows, M.left, width);
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
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    drawFooter(doc, l);
    if (i > range.start) inMargin(doc, () => doc.font('regular').fontSize(13).text(String(i - range.start + 1), M.left, pt(8), { width, align: 'center' }));
  }
  doc.end();
  return done;
}
