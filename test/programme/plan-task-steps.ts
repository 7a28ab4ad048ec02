import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/** The tables a plan write touches: a refused write leaves every count as it was. */
export const PLAN_TABLES = [
  'implementation_plans',
  'plan_tasks',
  'plan_task_files',
  'plan_task_reports',
  'plan_task_urges',
  'outbox_jobs',
  'notifications',
  'audit_log',
  'blobs',
] as const;

export async function planCounts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of PLAN_TABLES) {
    const r = await t.runtime.database.pool.query(`select count(*)::int as n from ${table}`);
    out[table] = r.rows[0].n;
  }
  return out;
}

export const planBody = (t: TestApp, patch: Record<string, unknown> = {}) => ({
  number: '116/KH-UBND',
  title: 'Kế hoạch triển khai Nghị định 73/2023/NĐ-CP trên địa bàn tỉnh',
  issuingUnitId: t.org.units.province,
  issuedOn: '2026-04-20',
  focalUnitId: t.org.units.homeAffairs,
  periodFrom: '2026-04-20',
  periodTo: '2026-12-31',
  ...patch,
});

export const taskBody = (t: TestApp, patch: Record<string, unknown> = {}) => ({
  title: 'Rà soát, ban hành quy chế khuyến khích đổi mới sáng tạo',
  expectedOutput: 'Quyết định ban hành quy chế',
  assigneeUnitId: t.org.units.finance,
  dueOn: '2026-04-29',
  ...patch,
});

export function fileUpload(content: Buffer, filename = 'bao-cao.txt') {
  const boundary = `----khien${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const fields = (r: { body: any }) =>
  (r.body.error?.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`);

/**
 * The province's organisation officer (issuer) creates the plan; the officer given (issuer or focal
 * point) adds the tasks (title, unit key, due date). Returns the plan's detail.
 */
export async function seedPlan(t: TestApp, officer: TestClient, tasks: [string, string, string][]) {
  const r = await (await t.login('tochuc.snv')).post('/api/plans', planBody(t));
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  let detail = r.body;
  for (const [title, unit, dueOn] of tasks) {
    const a = await officer.post(
      `/api/plans/${detail.plan.id}/tasks`,
      taskBody(t, { title, assigneeUnitId: t.org.units[unit], dueOn }),
    );
    if (a.status !== 201) throw new Error(JSON.stringify(a.body));
    detail = a.body;
  }
  return detail;
}
