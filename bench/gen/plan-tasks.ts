import type pg from 'pg';
import { addDays, vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import { insertJson } from './bulk.ts';
import type { Org } from './org.ts';
import { Rng } from './rng.ts';

const DAY = 86_400_000;
const TASKS = [
  'Quán triệt Nghị định 73/2023/NĐ-CP đến cán bộ, công chức',
  'Rà soát, ban hành quy chế khuyến khích đổi mới, sáng tạo',
  'Đăng ký đề xuất đổi mới, sáng tạo trong năm',
  'Hướng dẫn thẩm định đề xuất đổi mới',
  'Ứng dụng đổi mới trong giải quyết thủ tục hành chính',
  'Báo cáo sơ kết 6 tháng thực hiện kế hoạch',
  'Lựa chọn mô hình đổi mới để nhân rộng',
  'Bố trí kinh phí thực hiện đề xuất đổi mới',
];

/**
 * One implementation plan per province (Plan 116/KH-UBND style), issued by the province with its
 * Department of Home Affairs as focal point, 10–20 tasks spread over departments and communes.
 * Tasks already due are mostly done, some under way, some late and urged once or twice; those
 * not yet due are mostly under way. Reports and urges are history rows as the app writes them.
 */
export async function insertPlanTasks(client: pg.PoolClient, org: Org, p: number, now: number): Promise<number> {
  const rng = Rng.for('plan', p);
  const province = org.units.find((u) => u.kind === 'province');
  const officer = org.grants.find((g) => g.role === 'org_officer' && g.unit_id === province?.id)?.person_id;
  const focal = officer && org.personUnit.get(officer);
  if (!province || !officer || !focal) return 0;
  const assignees = org.units.filter((u) => (u.kind === 'dept' || u.kind === 'commune') && org.head.has(u.id));
  const issued = now - rng.int(90, 300) * DAY;
  const today = vietnamDate(new Date(now));
  const planId = rng.uuid();
  await insertJson(client, 'implementation_plans', [
    {
      id: planId,
      number: `${100 + rng.int(1, 150)}/KH-UBND`,
      title: 'Kế hoạch triển khai thực hiện Nghị định số 73/2023/NĐ-CP',
      issuing_unit_id: province.id,
      issued_on: vietnamDate(new Date(issued)),
      focal_unit_id: focal,
      period_from: vietnamDate(new Date(issued)),
      period_to: addDays(vietnamDate(new Date(issued)), 730),
      urge_working_days: 5,
      created_by: officer,
      created_at: new Date(issued).toISOString(),
      version: 1,
    },
  ]);
  const tasks: object[] = [];
  const reports: object[] = [];
  const urges: object[] = [];
  const count = rng.int(10, 20);
  for (let i = 0; i < count; i++) {
    const unit = assignees[rng.int(0, assignees.length - 1)]!;
    const author = org.head.get(unit.id)!;
    const due = addDays(vietnamDate(new Date(issued)), rng.int(30, 400));
    const past = due < today;
    const roll = rng.next();
    const status = past
      ? roll < 0.7
        ? 'done'
        : roll < 0.85
          ? 'in_progress'
          : 'not_started'
      : roll < 0.2
        ? 'done'
        : roll < 0.7
          ? 'in_progress'
          : 'not_started';
    const id = rng.uuid();
    const reported = status === 'not_started' ? 0 : rng.int(1, 3);
    let at = issued + rng.int(5, 30) * DAY;
    let percent = 0;
    for (let r = 0; r < reported && at < now; r++, at += rng.int(10, 40) * DAY) {
      const last = r === reported - 1;
      const kind = last && status === 'done' ? 'completion' : 'progress';
      percent = kind === 'completion' ? 100 : Math.min(95, percent + rng.int(10, 40));
      reports.push({
        task_id: id,
        author_id: author,
        author_unit_id: unit.id,
        at: new Date(Math.min(at, now - DAY)).toISOString(),
        kind,
        text: kind === 'completion' ? 'Đã hoàn thành nhiệm vụ, gửi kèm sản phẩm.' : 'Đang triển khai theo kế hoạch.',
        percent,
        attachment_ids: [],
      });
    }
    const lastAt = reports.length ? (reports[reports.length - 1] as { at: string }).at : null;
    const doneOn = status === 'done' ? (lastAt?.slice(0, 10) ?? due) : null;
    if (status !== 'done' && past)
      for (let u = rng.int(1, 2); u > 0; u--) {
        const on = addDays(due, rng.int(3, 20) * u);
        if (on >= today) continue;
        urges.push({
          task_id: id,
          urged_by: officer,
          at: `${on}T02:00:00.000Z`,
          note: 'Đề nghị khẩn trương hoàn thành, báo cáo kết quả.',
          overdue_working_days: rng.int(2, 15),
          working_days: 5,
          due_by: addDays(on, 7),
        });
      }
    tasks.push({
      id,
      plan_id: planId,
      ordinal: i + 1,
      title: TASKS[i % TASKS.length]!,
      expected_output: 'Báo cáo kết quả thực hiện',
      assignee_unit_id: unit.id,
      due_on: due,
      status,
      percent: status === 'done' ? 100 : status === 'in_progress' ? Math.max(percent, 10) : 0,
      done_on: doneOn,
      last_report_at: status === 'not_started' ? null : lastAt,
      created_by: officer,
      created_at: new Date(issued).toISOString(),
      version: 1 + (status === 'not_started' ? 0 : reported),
    });
  }
  await insertJson(client, 'plan_tasks', tasks);
  await insertJson(client, 'plan_task_reports', reports);
  await insertJson(client, 'plan_task_urges', urges);
  return tasks.length;
}
