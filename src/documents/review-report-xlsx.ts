import type { ReviewFigures } from '../contract/review-reports.ts';
import { REVIEW_REPORT_KIND_LABELS } from '../contract/review-reports.ts';
import { headedSheet } from './xlsx-sheet.ts';
import { label } from './labels.ts';
import { reviewSections } from './review-report-sections.ts';
import { loadExcelJS } from './libraries.ts';

/**
 * A review report's figures and lists as a workbook, from the same snapshot as its DOCX and PDF:
 * one sheet of figures, one of initiatives, one of campaigns, and one per added section.
 */
export async function reviewReportXlsx(f: ReviewFigures, citation: string | null): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khiên';
  const sheet = (name: string, columns: [string, string, number][]) => headedSheet(wb, name, columns);
  const figures = sheet('Số liệu', [
    ['Chỉ tiêu', 'item', 52],
    ['Mã', 'code', 28],
    ['Giá trị', 'value', 40],
  ]);
  const rows: [string, string, string | number][] = [
    ['Báo cáo', f.kind, REVIEW_REPORT_KIND_LABELS[f.kind].vi],
    ['Số, ký hiệu', '', citation ?? 'Dự thảo'],
    ['Đơn vị', f.unit.id, f.unit.name],
    ['Từ ngày', '', f.from],
    ['Đến trước ngày', '', f.to],
    ['Số đề xuất đã gửi', 'submitted', f.submitted],
    ...f.byState.map((r): [string, string, number] => [`Trạng thái: ${label('state', r.state)}`, r.state, r.count]),
    ...f.outcomes.map((r): [string, string, number] => [
      `Đánh giá: ${label('outcome', r.outcome)}`,
      r.outcome,
      r.count,
    ]),
    ['Được quyết định bảo vệ', 'protections.granted', f.protections.granted],
    ['Không được bảo vệ', 'protections.refused', f.protections.refused],
    ['Quyết định bảo vệ bị hủy bỏ', 'protections.revoked', f.protections.revoked],
    ...f.rewards.flatMap((r): [string, string, number][] => [
      [`Khen thưởng, hỗ trợ: ${label('form', r.form)}`, `rewards.${r.form}.granted`, r.granted],
      [`Không khen thưởng: ${label('form', r.form)}`, `rewards.${r.form}.refused`, r.refused],
    ]),
    ['Mô hình được công nhận để nhân rộng', 'modelsMarked', f.modelsMarked],
    ['Đề xuất áp dụng mô hình đã có', 'replications', f.replications],
  ];
  for (const [item, code, value] of rows) figures.addRow({ item, code, value });

  const initiatives = sheet('Đề xuất', [
    ['Mã hồ sơ', 'code', 18],
    ['Tên đề xuất', 'title', 50],
    ['Người đề xuất', 'proposer', 24],
    ['Đơn vị', 'unit', 30],
    ['Trạng thái', 'state', 24],
    ['Kết quả đánh giá', 'outcome', 24],
    ['Áp dụng mô hình', 'from', 18],
  ]);
  for (const i of f.initiatives)
    initiatives.addRow({
      code: i.code,
      title: i.title,
      proposer: i.proposerName,
      unit: i.unitName,
      state: label('state', i.state),
      outcome: label('outcome', i.outcome),
      from: i.replicatedFrom ?? '',
    });

  const campaigns = sheet('Đăng ký theo đợt', [
    ['Đợt đăng ký', 'title', 40],
    ['Hạn', 'deadline', 12],
    ['Tối thiểu mỗi đơn vị', 'minimumPerUnit', 12],
    ['Số đơn vị', 'units', 10],
    ['Chưa đăng ký', 'none', 12],
    ['Đã đăng ký', 'registered', 12],
    ['Đã gửi', 'submitted', 10],
    ['Được phê duyệt', 'approved', 14],
  ]);
  for (const c of f.campaigns) campaigns.addRow(c);

  // Sections added by other features (plan tasks) get a sheet of their own lines.
  const own = new Set(['KẾT QUẢ THỰC HIỆN', 'DANH SÁCH ĐỀ XUẤT VÀ KẾT QUẢ', 'VIỆC ĐĂNG KÝ ĐỀ XUẤT THEO ĐỢT']);
  for (const s of reviewSections(f)) {
    const title = s.heading.replace(/^[IVX0-9]+\. /, '');
    if (own.has(title)) continue;
    const ws = sheet(title.slice(0, 31), [['Nội dung', 'line', 100]]);
    for (const line of [...s.paragraphs, ...s.items]) ws.addRow({ line });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
