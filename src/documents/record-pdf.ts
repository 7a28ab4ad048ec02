import PDFDocument from 'pdfkit';
import type { OfficialRecord } from '../app/records/record-model.ts';
import { FONTS } from './fonts.ts';
import { label, viDate } from './labels.ts';

/**
 * The official's record as a PDF in Vietnamese, in the style of an administrative document
 * (national motto, Times-metric serif, A4). Text is embedded with the font's Unicode map, so it
 * can be searched and copied. Built after the data is read: no transaction is held meanwhile.
 */
export async function recordPdf(r: OfficialRecord): Promise<Buffer> {
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
  const item = (n: number, s: string) => text(`${n}. ${s}`, 'regular', 12, { align: 'justify', paragraphGap: 4 });
  const none = () => text('Không có.', 'italic');

  heading('I. TÓM TẮT KẾT QUẢ');
  text(r.summary.text.vi, 'regular', 12, { align: 'justify' });

  heading('II. CÁC ĐỀ XUẤT VÀ VAI TRÒ');
  if (r.proposals.length === 0) none();
  r.proposals.forEach((p, i) => {
    const roles = p.roles.map((x) => label('role', x)).join(', ');
    const decision = p.decision
      ? ` ${label('decision', p.decision.kind)}${p.decision.number ? ` (Quyết định số ${p.decision.number} ngày ${viDate(p.decision.date)})` : ''}.`
      : '';
    const evaluation = p.evaluation
      ? ` Kết quả đánh giá: ${label('outcome', p.evaluation.outcome)} (họp ngày ${viDate(p.evaluation.meetingOn)})${p.evaluation.damage ? ', có thiệt hại' : ''}.`
      : '';
    item(
      i + 1,
      `${p.code} – ${p.title}. Vai trò: ${roles}. Trạng thái: ${label('state', p.state)}.${decision}${evaluation}`,
    );
  });

  heading('III. BẢO VỆ CÁN BỘ (ĐIỀU 11 NGHỊ ĐỊNH 73/2023/NĐ-CP)');
  if (r.protections.length === 0) none();
  r.protections.forEach((p, i) => {
    const decided = p.decidedResult
      ? ` Quyết định: ${label('result', p.decidedResult)}${p.decisionNumber ? ` (số ${p.decisionNumber} ngày ${viDate(p.decisionDate)})` : ''}${p.departed ? ', khác với khuyến nghị, có nêu lý do' : ''}.`
      : ` ${label('determination', p.status)}.`;
    const revoked = p.revocation
      ? ` Đã hủy bỏ theo quyết định số ${p.revocation.decisionNumber} ngày ${viDate(p.revocation.decisionDate)}, căn cứ kết luận ${p.revocation.findingReference} (${label('ground', p.revocation.ground)}).`
      : '';
    item(
      i + 1,
      `${p.caseCode} – ${p.caseTitle}. Vai trò: ${label('role', p.role)}.${decided}${revoked}${p.legalGround ? ` Căn cứ: ${p.legalGround}.` : ''}`,
    );
  });

  heading('IV. KHEN THƯỞNG, ĐỘNG VIÊN (ĐIỀU 10)');
  if (r.rewards.length === 0) none();
  r.rewards.forEach((w, i) => {
    const d = w.decision;
    const decided = d
      ? ` ${d.decision === 'granted' ? 'Quyết định' : 'Không khen thưởng theo quyết định'} số ${d.decisionNumber} ngày ${viDate(d.decisionDate)} của ${d.issuingAuthority}, ${d.signer.title} ${d.signer.name} ký.`
      : '';
    const outcome = w.outcome ? ` ${label('reward', w.outcome.outcome)} từ ngày ${viDate(w.outcome.effectiveOn)}.` : '';
    const months = w.months ? ` (${w.months} tháng)` : '';
    item(
      i + 1,
      `${label('form', w.form)}${months} – đề xuất ${w.caseCode}. Tình trạng: ${label('reward', w.status)}.${decided}${outcome}`,
    );
  });

  heading('V. QUYẾT ĐỊNH TRIỂN KHAI VỚI TƯ CÁCH NGƯỜI ĐỨNG ĐẦU (ĐIỀU 8 KHOẢN 1)');
  if (r.overridesSigned.length === 0) none();
  r.overridesSigned.forEach((o, i) => {
    const result = o.evaluationOutcome
      ? ` Kết quả đánh giá: ${label('outcome', o.evaluationOutcome)}.`
      : ` Trạng thái: ${label('state', o.caseState)}.`;
    item(
      i + 1,
      `${o.caseCode} – ${o.caseTitle}. Quyết định số ${o.decisionNumber ?? ''} ngày ${viDate(o.decisionDate)}.${result}`,
    );
  });

  doc.moveDown(2);
  text(`Trích xuất từ hệ thống Khiên ngày ${viDate(r.generatedAt)}.`, 'italic', 11, { align: 'right' });
  doc.end();
  return done;
}
