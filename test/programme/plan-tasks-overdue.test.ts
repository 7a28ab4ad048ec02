import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { MailMessage } from '../../src/mail/mailer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { planCounts, seedPlan } from './plan-task-steps.ts';

/**
 * Item 2 of "The programme around the cases": the focal point sees overdue tasks on the legal
 * clock's working-day calendar, urges them (a notification and an e-mail through the outbox, a
 * new due-by date N working days ahead, each urge kept) and exports the periodic report.
 * Dates: 30 April and 1 May 2026 are public holidays (Labour Code Art. 112), 2–3 May a weekend.
 */
describe('overdue plan tasks on the working-day calendar, urged by the focal point', () => {
  let t: TestApp;
  let focal: TestClient;
  let plan: any;
  const mails: MailMessage[] = [];

  before(async () => {
    t = await startTestApp({ start: '2026-04-28T02:00:00Z' });
    // Mail on: each notification is sent by its own outbox job, captured here.
    t.runtime.app.legalClock.mailer = { enabled: true, send: async (m) => void mails.push(m), close() {} };
    focal = await t.login('tochuc.snv');
    plan = await seedPlan(t, focal, [
      ['Ban hành quy chế', 'finance', '2026-04-29'],
      ['Báo cáo sơ kết', 'tanPhu', '2026-04-30'],
      ['Tập huấn cán bộ', 'binhMinh', '2026-05-29'],
    ]);
    // Monday 4 May 2026: five calendar days after 29 April, but one working day.
    t.clock.set('2026-05-04T02:00:00Z');
    focal = await t.login('tochuc.snv');
  });
  after(() => t.close());

  it('counts overdue in working days across the holidays and the weekend; a due date on a holiday moves on', async () => {
    const detail = (await focal.get(`/api/plans/${plan.plan.id}`)).body;
    assert.equal(detail.today, '2026-05-04');
    assert.deepEqual(
      detail.tasks.map((x: any) => [x.ordinal, x.overdueWorkingDays]),
      [
        [1, 1],
        [2, 0],
        [3, 0],
      ],
    );
    assert.deepEqual(detail.plan.tally, { total: 3, not_started: 3, in_progress: 0, done: 0, overdue: 1 });
    t.clock.set('2026-05-05T02:00:00Z');
    const later = (await (await t.login('tochuc.snv')).get(`/api/plans/${plan.plan.id}`)).body;
    assert.deepEqual(
      later.tasks.map((x: any) => x.overdueWorkingDays),
      [2, 1, 0],
    );
    t.clock.set('2026-05-04T02:00:00Z');
  });

  it('refuses an urge from anyone but the focal point, writing nothing', async () => {
    const task = plan.tasks[0];
    const before = await planCounts(t);
    for (const username of ['truongphong.stc', 'giamdoc.stc', 'chutich', 'truongphong.snv.hcm']) {
      const r = await (await t.login(username)).post(`/api/plan-tasks/${task.id}/urges`, { note: 'Khẩn' });
      assert.equal(r.status, username === 'truongphong.snv.hcm' ? 404 : 403, username);
    }
    assert.deepEqual(await planCounts(t), before);
  });

  it('urges the late task: kept, an outbox job, then a notification to each person of the unit', async () => {
    const task = plan.tasks[0];
    const r = await focal.post(`/api/plan-tasks/${task.id}/urges`, { note: 'Đề nghị khẩn trương hoàn thành.' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    // Five working days after Monday 4 May: Monday 11 May (the weekend of 9–10 May passed over).
    assert.deepEqual(r.body, { id: r.body.id, dueBy: '2026-05-11', overdueWorkingDays: 1 });
    const jobs = await t.runtime.db
      .selectFrom('outbox_jobs')
      .select(['kind', 'payload'])
      .where('kind', '=', 'plan_task_urge')
      .execute();
    assert.deepEqual(
      jobs.map((j) => j.payload),
      [{ urgeId: r.body.id }],
    );
    await t.runtime.jobs.drain();
    const notified = await t.runtime.db
      .selectFrom('notifications')
      .innerJoin('people', 'people.id', 'notifications.person_id')
      .select(['people.username', 'notifications.params'])
      .where('notifications.kind', '=', 'plan_task_urge')
      .orderBy('people.username')
      .execute();
    assert.deepEqual(
      notified.map((n) => n.username),
      ['chuyenvien.stc', 'giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc', 'truongphong.stc'],
    );
    await t.runtime.jobs.drain();
    assert.equal(
      (await t.runtime.db.selectFrom('notifications').select('id').where('kind', '=', 'plan_task_urge').execute())
        .length,
      5,
      'a job run again notifies nobody twice',
    );
    const mailed = mails.filter((m) => m.subject.includes('Đôn đốc nhiệm vụ'));
    assert.equal(mailed.length, 5, 'one e-mail per person, through the outbox');
    assert.equal(
      mailed.find((m) => m.to === 'truongphong.stc@ankhang.example')?.subject,
      `[Khiên] ${'Đôn đốc nhiệm vụ: 116/KH-UBND, nhiệm vụ 1'}`,
    );
    assert.match(mailed[0]!.text, new RegExp(`/plans/${plan.plan.id}`));
    const assignee = await t.login('truongphong.stc');
    const list = (await assignee.get('/api/notifications')).body.items;
    const urge = list.find((n: any) => n.kind === 'plan_task_urge');
    assert.equal(urge.link, `/plans/${plan.plan.id}`);
    assert.match(urge.title, /Đôn đốc nhiệm vụ: 116\/KH-UBND, nhiệm vụ 1/);
    assert.match(urge.message, /quá hạn 1 ngày làm việc\)\. Đề nghị báo cáo trước ngày 11\/05\/2026/);

    const after = (await focal.get(`/api/plans/${plan.plan.id}`)).body.tasks[0];
    assert.deepEqual([after.urgeCount, after.lastUrgeDueBy], [1, '2026-05-11']);
    assert.equal(after.urges[0].note, 'Đề nghị khẩn trương hoàn thành.');
    await assert.rejects(t.runtime.database.pool.query('update plan_task_urges set note = $1', ['x']), /append-only/);
  });

  it('refuses to urge a finished task', async () => {
    const commune = await t.login('chutich.tanphu');
    const task = plan.tasks[1];
    const done = await commune.post(
      `/api/plan-tasks/${task.id}/reports`,
      { kind: 'completion', text: 'Đã gửi báo cáo sơ kết' },
      { 'if-match': `"${task.version}"` },
    );
    assert.equal(done.status, 204);
    const before = await planCounts(t);
    assert.equal((await focal.post(`/api/plan-tasks/${task.id}/urges`, {})).status, 409);
    assert.deepEqual(await planCounts(t), before);
  });

  it('exports the periodic report: tasks, unit, due date, status, last report, working days overdue, urges', async () => {
    const res = await t.server.inject({
      method: 'GET',
      url: `/api/plans/${plan.plan.id}/report.xlsx`,
      headers: { cookie: (focal as any).cookies },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = book.getWorksheet('Tình hình thực hiện')!.getSheetValues().slice(2) as unknown[][];
    assert.deepEqual(
      rows.map((x) => [x[1], x[4], x[5], x[6], x[10], x[11], x[12]]),
      [
        [1, 'Sở Tài chính', '29/04/2026', 'Chưa thực hiện', 1, 1, 'not_started'],
        [2, 'Ủy ban nhân dân xã Tân Phú', '30/04/2026', 'Hoàn thành', 0, 0, 'done'],
        [3, 'Ủy ban nhân dân phường Bình Minh', '29/05/2026', 'Chưa thực hiện', 0, 0, 'not_started'],
      ],
    );
  });

  it('the dashboard counts the plan tasks of a unit and the units below it, overdue on the same calendar', async () => {
    const province = await focal.get(`/api/statistics/plan-tasks?unitId=${t.org.units.province}`);
    assert.deepEqual(province.body, {
      unit: { id: t.org.units.province, name: 'Tỉnh An Khang' },
      today: '2026-05-04',
      total: 3,
      not_started: 2,
      in_progress: 0,
      done: 1,
      overdue: 1,
    });
    const finance = await (await t.login('giamdoc.stc')).get(
      `/api/statistics/plan-tasks?unitId=${t.org.units.finance}`,
    );
    assert.deepEqual([finance.body.total, finance.body.overdue], [1, 1]);
    const proposer = await t.login('truongphong.stc');
    assert.equal((await proposer.get(`/api/statistics/plan-tasks?unitId=${t.org.units.finance}`)).status, 403);
  });
});
