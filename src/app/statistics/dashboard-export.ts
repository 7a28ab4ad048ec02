import { PassThrough, type Readable } from 'node:stream';
import { CASE_STATE_LABELS } from '../../contract/labels.ts';
import { REWARD_FORM_LABELS } from '../../contract/reward-forms.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { AppContext } from '../context.ts';
import { listCases } from '../cases/case-queries.ts';
import type { Dashboard } from './dashboard.ts';
import { loadExcelJS } from '../../documents/libraries.ts';

/** Rows fetched per statement: short statements, so the embedded database's one connection is never held long. */
const BATCH = 500;

const stateLabel = (s: string) => CASE_STATE_LABELS.vi[s as keyof typeof CASE_STATE_LABELS.vi] ?? s;
const OUTCOMES: Record<string, string> = {
  completed: 'Hoàn thành',
  partly_completed: 'Hoàn thành một phần',
  not_completed: 'Không hoàn thành',
};
const PROTECTIONS: Record<string, string> = {
  granted: 'Được bảo vệ',
  refused: 'Không được bảo vệ',
  revoked: 'Đã hủy bỏ quyết định bảo vệ',
};

/**
 * The dashboard's current filter as a workbook, written as it is read: a sheet of the figures, then
 * every case of the subtree and year that the actor may see, fetched page by page with the case
 * list's own cursor and written row by row (exceljs's streaming writer), so memory stays flat
 * whatever the number of cases. An error half-way ends the stream: the browser sees a failed
 * download, never a truncated file that looks complete.
 */
export function dashboardWorkbook(app: AppContext, actor: Actor, d: Dashboard, batch = BATCH): Readable {
  const out = new PassThrough();
  const domainNames = new Map<string, string>();

  const write = async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    wb.creator = 'Khiên';
    for (const r of await app.db.selectFrom('domains').select(['code', 'name_vi']).execute())
      domainNames.set(r.code, r.name_vi);
    const figures = wb.addWorksheet('Số liệu');
    figures.columns = [
      { header: 'Nhóm', key: 'group', width: 34 },
      { header: 'Chỉ tiêu', key: 'item', width: 56 },
      { header: 'Giá trị', key: 'value', width: 14 },
    ];
    const add = (group: string, item: string, value: number) => figures.addRow({ group, item, value }).commit();
    add('Phạm vi', `${d.unit.name} và các đơn vị trực thuộc`, d.year ?? 0);
    add('Tổng hợp', 'Tổng số hồ sơ', d.total);
    add('Tổng hợp', 'Đang giải quyết', d.open);
    add('Tổng hợp', `Quá hạn (tính đến ${d.today})`, d.overdue);
    for (const s of d.byState) add('Theo trạng thái', stateLabel(s.state), s.count);
    for (const s of d.byDomain) add('Theo lĩnh vực', domainNames.get(s.domain) ?? s.domain, s.count);
    for (const u of d.byUnit) add('Theo đơn vị trực thuộc', u.name, u.count);
    for (const s of d.timeInState) add('Số ngày trung bình ở trạng thái', stateLabel(s.state), s.averageDays);
    for (const o of d.outcomes) add('Kết quả thực hiện', OUTCOMES[o.outcome] ?? o.outcome, o.count);
    for (const p of d.protections)
      add('Bảo vệ cán bộ (số người)', `${PROTECTIONS[p.status] ?? p.status}: ${p.result}`, p.count);
    for (const r of d.rewards) add('Khen thưởng', `${REWARD_FORM_LABELS[r.form]?.vi ?? r.form} (${r.status})`, r.count);
    figures.commit();

    const cases = wb.addWorksheet('Hồ sơ');
    cases.columns = [
      { header: 'Mã hồ sơ', key: 'code', width: 18 },
      { header: 'Tên đề xuất', key: 'title', width: 60 },
      { header: 'Lĩnh vực', key: 'domain', width: 28 },
      { header: 'Trạng thái', key: 'state', width: 30 },
      { header: 'Người đề xuất', key: 'proposer', width: 28 },
      { header: 'Cơ quan nhận', key: 'unit', width: 36 },
      { header: 'Hạn', key: 'due', width: 12 },
    ];
    let cursor: string | undefined;
    do {
      const page = await listCases(app.db, actor, {
        proposerUnitId: d.unit.id,
        year: d.year ?? undefined,
        limit: batch,
        ...(cursor ? { cursor } : {}),
      });
      for (const c of page.items)
        cases
          .addRow({
            code: c.code,
            title: c.title,
            domain: domainNames.get(c.domain) ?? c.domain,
            state: stateLabel(c.state),
            proposer: c.proposer_name,
            unit: c.receiving_unit_name ?? '',
            due: c.due_on ?? '',
          })
          .commit();
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    cases.commit();
    await wb.commit();
  };
  write().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}
