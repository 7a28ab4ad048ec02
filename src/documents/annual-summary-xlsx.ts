import type { AnnualSummary } from '../contract/official-record.ts';
import { headedSheet } from './xlsx-sheet.ts';
import { label } from './labels.ts';
import { loadExcelJS } from './libraries.ts';

/**
 * Annual summaries for rating and appointment files as a workbook: one row per official, then
 * their breakthrough results (first, as Plan 124-KH/TU ranks them) and their other proposals.
 */
export async function annualSummaryXlsx(summaries: AnnualSummary<Date>[], year: number): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khiên';
  const sheet = (name: string, columns: [string, string, number][]) => headedSheet(wb, name, columns);
  const people = sheet(`Tổng hợp ${year}`, [
    ['Họ và tên', 'name', 28],
    ['Chức vụ', 'position', 24],
    ['Đơn vị', 'unit', 28],
    ['Kết quả đột phá', 'breakthroughs', 14],
    ['Hoàn thành', 'completed', 12],
    ['Được nhân rộng', 'replicated', 14],
    ['Đề xuất khác', 'others', 12],
    ['Nhận xét tóm tắt', 'text', 90],
  ]);
  const results = sheet('Kết quả đột phá', [
    ['Họ và tên', 'name', 28],
    ['Thứ tự', 'rank', 8],
    ['Mã hồ sơ', 'code', 18],
    ['Tên đề xuất', 'title', 50],
    ['Vai trò', 'roles', 24],
    ['Kết quả đánh giá', 'outcome', 22],
    ['Bảo vệ', 'protection', 30],
    ['Khen thưởng, hỗ trợ', 'rewards', 40],
    ['Mô hình', 'model', 10],
    ['Số nơi áp dụng', 'replications', 12],
  ]);
  const others = sheet('Đề xuất khác', [
    ['Họ và tên', 'name', 28],
    ['Mã hồ sơ', 'code', 18],
    ['Tên đề xuất', 'title', 50],
    ['Vai trò', 'roles', 24],
    ['Trạng thái', 'state', 24],
    ['Kết quả đánh giá', 'outcome', 22],
  ]);
  const roles = (xs: string[]) => xs.map((x) => label('role', x)).join(', ');
  for (const s of summaries) {
    const name = s.person.fullName;
    people.addRow({
      name,
      position: s.person.position?.vi ?? '',
      unit: s.person.unit.name,
      breakthroughs: s.breakthroughs.length,
      completed: s.breakthroughs.filter((b) => b.outcome === 'completed').length,
      replicated: s.breakthroughs.filter((b) => b.markedAsModel || b.replications > 0).length,
      others: s.others.length,
      text: s.text.vi,
    });
    s.breakthroughs.forEach((b, i) =>
      results.addRow({
        name,
        rank: i + 1,
        code: b.code,
        title: b.title,
        roles: roles(b.roles),
        outcome: b.outcome ? label('outcome', b.outcome) : label('state', b.state),
        protection: b.protection ? label('result', b.protection) : '',
        rewards: b.rewards.map((f) => label('form', f)).join('; '),
        model: b.markedAsModel ? 'Có' : '',
        replications: b.replications,
      }),
    );
    for (const o of s.others)
      others.addRow({
        name,
        code: o.code,
        title: o.title,
        roles: roles(o.roles),
        state: label('state', o.state),
        outcome: label('outcome', o.outcome),
      });
  }
  people.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
