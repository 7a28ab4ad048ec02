import type { Writable } from 'node:stream';
import type { Campaign, ComplianceRow, ComplianceStatus } from '../contract/campaigns.ts';
import { loadExcelJS } from './libraries.ts';

/** The words of the statuses in the workbook, as on the campaigns page. */
export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  none: 'Chưa đăng ký',
  registered: 'Đã đăng ký',
  submitted: 'Đã gửi',
  approved: 'Đã phê duyệt',
};

/**
 * The compliance report of a campaign as a workbook streamed to `out`: the rows are written as
 * their pages arrive and committed one by one, so a country-wide scope never sits in memory.
 */
export async function streamComplianceXlsx(
  out: Writable,
  campaign: Campaign,
  pages: AsyncIterable<ComplianceRow[]>,
  generatedAt: Date,
): Promise<void> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Khiên';
  wb.created = generatedAt;
  const ws = wb.addWorksheet('Tình hình đăng ký');
  ws.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 16 },
    { header: 'Đơn vị', key: 'name', width: 48 },
    { header: 'Số đã đăng ký', key: 'registered', width: 14 },
    { header: 'Số đã gửi', key: 'submitted', width: 12 },
    { header: 'Số đã phê duyệt', key: 'approved', width: 16 },
    { header: 'Tình trạng', key: 'status', width: 18 },
    { header: 'Mã tình trạng', key: 'statusCode', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for await (const rows of pages) {
    for (const r of rows) {
      ws.addRow({
        code: r.unitCode,
        name: r.unitName,
        registered: r.registered,
        submitted: r.submitted,
        approved: r.approved,
        status: COMPLIANCE_STATUS_LABELS[r.status],
        statusCode: r.status,
      }).commit();
    }
  }
  ws.commit();
  const about = wb.addWorksheet('Đợt đăng ký');
  about.columns = [
    { header: 'Chỉ tiêu', key: 'item', width: 28 },
    { header: 'Giá trị', key: 'value', width: 60 },
  ];
  const facts: [string, string | number][] = [
    ['Tên đợt', campaign.title],
    ['Năm', campaign.year],
    ['Đơn vị phát động', campaign.ownerUnit.name],
    ['Số đề xuất tối thiểu mỗi đơn vị', campaign.minimumPerUnit],
    ['Hạn đăng ký', campaign.deadline],
    ['Trạng thái', campaign.status === 'open' ? 'Đang mở' : 'Đã kết thúc'],
    ['Ngày trích xuất', generatedAt.toISOString()],
  ];
  for (const [item, value] of facts) about.addRow({ item, value }).commit();
  about.commit();
  await wb.commit();
}
