import type { OfficialRecord } from '../app/records/record-model.ts';
import { headedSheet } from './xlsx-sheet.ts';
import { label, viDate } from './labels.ts';
import { loadExcelJS } from './libraries.ts';

/**
 * The official's record as a workbook for organisation officers to file, filter and merge: one
 * sheet of figures and one per list, with Vietnamese headings and labels, codes kept beside them.
 */
export async function recordXlsx(r: OfficialRecord): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khiên';
  wb.created = r.generatedAt;

  const sheet = (name: string, columns: [string, string, number][]) => headedSheet(wb, name, columns);

  const s = r.summary;
  const summary = sheet('Tổng hợp', [
    ['Chỉ tiêu', 'item', 48],
    ['Giá trị', 'value', 60],
  ]);
  const rows: [string, string | number][] = [
    ['Họ và tên', r.person.fullName],
    ['Chức vụ', r.person.position?.vi ?? ''],
    ['Đơn vị', r.person.unit.name],
    ['Kỳ', r.year === null ? 'Toàn bộ' : `Năm ${r.year}`],
    ['Số đề xuất', s.proposals.total],
    ['Chủ trì đề xuất', s.proposals.asProposer],
    ['Đồng đề xuất', s.proposals.asCoProposer],
    ['Tham gia thực hiện', s.proposals.asImplementer],
    ['Được quyết định triển khai', s.proposals.approved],
    ['Đánh giá hoàn thành', s.proposals.evaluated.completed],
    ['Đánh giá hoàn thành một phần', s.proposals.evaluated.partly_completed],
    ['Đánh giá không hoàn thành', s.proposals.evaluated.not_completed],
    ['Quyết định bảo vệ', s.protections.protected],
    ['Không được bảo vệ', s.protections.notProtected],
    ['Quyết định bảo vệ bị hủy bỏ', s.protections.revoked],
    ['Khen thưởng được quyết định', s.rewards.granted],
    ['Khen thưởng đã thực hiện', s.rewards.implemented],
    ['Quyết định triển khai với tư cách người đứng đầu', s.overridesSigned],
    ['Nhận xét tóm tắt', s.text.vi],
    ['Ngày trích xuất', viDate(r.generatedAt)],
  ];
  rows.forEach(([item, value]) => summary.addRow({ item, value }));
  summary.getColumn('value').alignment = { wrapText: true, vertical: 'top' };

  const proposals = sheet('Đề xuất', [
    ['Mã hồ sơ', 'code', 18],
    ['Tên đề xuất', 'title', 50],
    ['Vai trò', 'roles', 28],
    ['Trạng thái', 'state', 22],
    ['Quyết định', 'decision', 30],
    ['Số quyết định', 'number', 16],
    ['Ngày quyết định', 'date', 14],
    ['Kết quả đánh giá', 'outcome', 26],
    ['Ngày họp đánh giá', 'meetingOn', 14],
  ]);
  for (const p of r.proposals) {
    proposals.addRow({
      code: p.code,
      title: p.title,
      roles: p.roles.map((x) => label('role', x)).join(', '),
      state: label('state', p.state),
      decision: p.decision ? label('decision', p.decision.kind) : '',
      number: p.decision?.number ?? '',
      date: viDate(p.decision?.date),
      outcome: p.evaluation ? label('outcome', p.evaluation.outcome) : '',
      meetingOn: viDate(p.evaluation?.meetingOn),
    });
  }

  const protections = sheet('Bảo vệ', [
    ['Mã hồ sơ', 'code', 18],
    ['Vai trò', 'role', 24],
    ['Tình trạng', 'status', 24],
    ['Khuyến nghị', 'recommended', 40],
    ['Quyết định', 'decided', 40],
    ['Khác khuyến nghị', 'departed', 12],
    ['Số quyết định', 'number', 16],
    ['Ngày quyết định', 'date', 14],
    ['Căn cứ', 'ground', 50],
    ['Hủy bỏ (số, ngày)', 'revoked', 30],
  ]);
  for (const p of r.protections) {
    protections.addRow({
      code: p.caseCode,
      role: label('role', p.role),
      status: label('determination', p.status),
      recommended: label('result', p.recommendedResult),
      decided: label('result', p.decidedResult),
      departed: p.departed === null ? '' : p.departed ? 'Có' : 'Không',
      number: p.decisionNumber ?? '',
      date: viDate(p.decisionDate),
      ground: p.legalGround ?? '',
      revoked: p.revocation ? `${p.revocation.decisionNumber}, ${viDate(p.revocation.decisionDate)}` : '',
    });
  }

  const rewards = sheet('Khen thưởng', [
    ['Mã hồ sơ', 'code', 18],
    ['Hình thức', 'form', 50],
    ['Số tháng', 'months', 10],
    ['Tình trạng', 'status', 24],
    ['Cơ quan quyết định', 'authority', 30],
    ['Người ký', 'signer', 30],
    ['Số quyết định', 'number', 16],
    ['Ngày quyết định', 'date', 14],
    ['Căn cứ', 'basis', 40],
    ['Ngày hiệu lực', 'effectiveOn', 14],
  ]);
  for (const w of r.rewards) {
    rewards.addRow({
      code: w.caseCode,
      form: label('form', w.form),
      months: w.months ?? '',
      status: label('reward', w.status),
      authority: w.decision?.issuingAuthority ?? '',
      signer: w.decision ? `${w.decision.signer.title} ${w.decision.signer.name}` : '',
      number: w.decision?.decisionNumber ?? '',
      date: viDate(w.decision?.decisionDate),
      basis: w.decision?.legalBasis ?? '',
      effectiveOn: viDate(w.outcome?.effectiveOn),
    });
  }

  const overrides = sheet('Quyết định người đứng đầu', [
    ['Mã hồ sơ', 'code', 18],
    ['Tên đề xuất', 'title', 50],
    ['Số quyết định', 'number', 16],
    ['Ngày quyết định', 'date', 14],
    ['Kết quả đánh giá', 'outcome', 26],
  ]);
  for (const o of r.overridesSigned) {
    overrides.addRow({
      code: o.caseCode,
      title: o.caseTitle,
      number: o.decisionNumber ?? '',
      date: viDate(o.decisionDate),
      outcome: label('outcome', o.evaluationOutcome),
    });
  }

  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}
