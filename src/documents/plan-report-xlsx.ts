import type { PlanDetail, PlanTaskStatus } from '../contract/implementation-plans.ts';
import { loadExcelJS } from './libraries.ts';

/** The words of task statuses in the workbook, as on the plan's page. */
export const PLAN_TASK_STATUS_LABELS: Record<PlanTaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
};

const ddmmyyyy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/**
 * The focal point's periodic report on a plan: one line per task (unit, due date, status, the
 * last report, working days overdue on the legal calendar, urges), then the plan's figures.
 * A plan has tens of tasks, so the workbook is built in memory.
 */
export async function planReportXlsx(detail: PlanDetail, generatedAt: Date): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khiên';
  wb.created = generatedAt;
  const ws = wb.addWorksheet('Tình hình thực hiện');
  ws.columns = [
    { header: 'STT', key: 'ordinal', width: 6 },
    { header: 'Nhiệm vụ', key: 'title', width: 48 },
    { header: 'Sản phẩm', key: 'output', width: 32 },
    { header: 'Đơn vị thực hiện', key: 'unit', width: 32 },
    { header: 'Thời hạn', key: 'due', width: 12 },
    { header: 'Tình trạng', key: 'status', width: 16 },
    { header: 'Tiến độ (%)', key: 'percent', width: 11 },
    { header: 'Ngày hoàn thành', key: 'doneOn', width: 14 },
    { header: 'Báo cáo gần nhất', key: 'lastReport', width: 48 },
    { header: 'Số ngày làm việc quá hạn', key: 'overdue', width: 14 },
    { header: 'Số lần đôn đốc', key: 'urges', width: 12 },
    { header: 'Mã tình trạng', key: 'statusCode', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const t of detail.tasks) {
    const last = t.reports[0];
    ws.addRow({
      ordinal: t.ordinal,
      title: t.title,
      output: t.expectedOutput,
      unit: t.assigneeUnit.name,
      due: ddmmyyyy(t.dueOn),
      status: PLAN_TASK_STATUS_LABELS[t.status],
      percent: t.percent,
      doneOn: ddmmyyyy(t.doneOn),
      lastReport: last ? `${ddmmyyyy(last.at.slice(0, 10))}: ${last.text}` : '',
      overdue: t.overdueWorkingDays,
      urges: t.urgeCount,
      statusCode: t.status,
    });
  }
  const p = detail.plan;
  const about = wb.addWorksheet('Kế hoạch');
  about.columns = [
    { header: 'Chỉ tiêu', key: 'item', width: 32 },
    { header: 'Giá trị', key: 'value', width: 60 },
  ];
  const facts: [string, string | number][] = [
    ['Số kế hoạch', p.number],
    ['Tên kế hoạch', p.title],
    ['Đơn vị ban hành', p.issuingUnit.name],
    ['Ngày ban hành', ddmmyyyy(p.issuedOn)],
    ['Cơ quan đầu mối', p.focalUnit.name],
    ['Thời gian thực hiện', `${ddmmyyyy(p.periodFrom)} – ${ddmmyyyy(p.periodTo)}`],
    ['Tổng số nhiệm vụ', p.tally.total],
    ['Hoàn thành', p.tally.done],
    ['Đang thực hiện', p.tally.in_progress],
    ['Chưa thực hiện', p.tally.not_started],
    ['Quá hạn', p.tally.overdue],
    ['Số liệu tính đến ngày', ddmmyyyy(detail.today)],
  ];
  for (const [item, value] of facts) about.addRow({ item, value });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
