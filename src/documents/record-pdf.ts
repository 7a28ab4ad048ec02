import type { OfficialRecord } from '../app/records/record-model.ts';
import { FONTS } from './fonts.ts';
import { loadPdfKit } from './libraries.ts';
import { viDate } from './labels.ts';
import { recordSections } from './record-sections.ts';

/**
 * The official's record as a PDF in Vietnamese, in the style of an administrative document
 * (national motto, Times-metric serif, A4). Text is embedded with the font's Unicode map, so it
 * can be searched and copied. Built after the data is read: no transaction is held meanwhile.
 */
export async function recordPdf(r: OfficialRecord): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 57, bottom: 57, left: 71, right: 57 },
    info: { Title: `Hồ sơ đổi mới, sáng tạo – ${r.person.fullName}`, Author: 'Khiên', CreationDate: r.generatedAt },
  });
  doc.registerFont('regular', FONTS.regular).registerFont('bold', FONTS.bold).registerFont('italic', FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const text = (s: string, font = 'regular', size = 12, opts: PDFKit.Mixins.TextOptions = {}) =>
    doc.font(font).fontSize(size).text(s.normalize('NFC'), opts);
  text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 13, { align: 'center' });
  text('Độc lập - Tự do - Hạnh phúc', 'bold', 13, { align: 'center' });
  doc.moveDown(1.5);
  text('HỒ SƠ KẾT QUẢ ĐỔI MỚI, SÁNG TẠO CỦA CÁN BỘ', 'bold', 14, { align: 'center' });
  text(r.year === null ? '(toàn bộ quá trình)' : `(năm ${r.year})`, 'italic', 12, { align: 'center' });
  doc.moveDown();
  text(`Họ và tên: ${r.person.fullName}`, 'bold');
  if (r.person.position?.vi) text(`Chức vụ: ${r.person.position.vi}`);
  text(`Đơn vị: ${r.person.unit.name}`);
  doc.moveDown();

  const heading = (s: string) => {
    doc.moveDown(0.5);
    text(s, 'bold', 13);
    doc.moveDown(0.3);
  };
  for (const section of recordSections(r)) {
    heading(section.heading);
    if (section.paragraph !== undefined) text(section.paragraph, 'regular', 12, { align: 'justify' });
    else if (section.items.length === 0) text('Không có.', 'italic');
    section.items.forEach((s, i) => text(`${i + 1}. ${s}`, 'regular', 12, { align: 'justify', paragraphGap: 4 }));
  }

  doc.moveDown(2);
  text(`Trích xuất từ hệ thống Khiên ngày ${viDate(r.generatedAt)}.`, 'italic', 11, { align: 'right' });
  doc.end();
  return done;
}
