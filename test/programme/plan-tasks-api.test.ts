import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { fields, fileUpload, planBody, planCounts, seedPlan, taskBody } from './plan-task-steps.ts';

/**
 * "The programme around the cases", item 2 (Plan 116/KH-UBND of Thanh Hóa): the province's plan,
 * its tasks assigned to units with due dates and expected outputs, the Department of Home Affairs
 * as focal point; units report progress and completion with attachments. Every refusal writes nothing.
 */
describe('implementation plans and their tasks through the API', () => {
  let t: TestApp;
  let focal: TestClient;
  let planId: string;
  let financeTask: any;

  before(async () => {
    // Tuesday 28 April 2026, 09:00 in Hà Nội.
    t = await startTestApp({ start: '2026-04-28T02:00:00Z' });
    focal = await t.login('truongphong.snv');
  });
  after(() => t.close());

  it('refuses a plan from anyone but an issuer, and bad input naming the field, writing nothing', async () => {
    const before = await planCounts(t);
    assert.equal((await (await t.login('truongphong.stc')).post('/api/plans', planBody(t))).status, 403);
    // Staff of the focal-point department follow a plan; naming their own unit as focal point
    // does not let them issue one in the name of the province.
    assert.equal((await focal.post('/api/plans', planBody(t))).status, 403);
    assert.equal((await (await t.login('tochuc.snv.hcm')).post('/api/plans', planBody(t))).status, 403);
    const bad: [Record<string, unknown>, string[]][] = [
      [{ focalUnitId: t.org.units.hcmHomeAffairs }, ['focalUnitId:outside_issuing_unit']],
      [{ periodTo: '2026-01-01' }, ['periodTo:before_start']],
      [{ issuedOn: '2026-02-30' }, ['issuedOn:invalid_date']],
      [{ title: '   ' }, ['title:required']],
    ];
    // The province's organisation officer may create a plan whichever focal point it names.
    const issuer = await t.login('tochuc.snv');
    for (const [patch, expected] of bad) {
      const r = await issuer.post('/api/plans', planBody(t, patch));
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.deepEqual(fields(r), expected);
    }
    const en = await (await t.login('tochuc.snv', 'en')).post('/api/plans', planBody(t, { periodTo: '2026-01-01' }));
    assert.match(en.body.error.fields[0].message, /before it starts/);
    const unknownField = await focal.post('/api/plans', { ...planBody(t), budget: 1 });
    assert.equal(unknownField.status, 400);
    assert.deepEqual(fields(unknownField), ['budget:unknown_field']);
    assert.deepEqual(await planCounts(t), before);
  });

  it('the issuer creates the plan and the focal point assigns tasks to departments and communes', async () => {
    const detail = await seedPlan(t, focal, [
      ['Ban hành quy chế khuyến khích đổi mới', 'finance', '2026-04-29'],
      ['Tổ chức hội nghị phổ biến Nghị định 73', 'tanPhu', '2026-06-30'],
    ]);
    planId = detail.plan.id;
    assert.equal(detail.plan.number, '116/KH-UBND');
    assert.equal(detail.plan.focalUnit.name, 'Sở Nội vụ');
    assert.deepEqual(
      detail.tasks.map((x: any) => [x.ordinal, x.assigneeUnit.id, x.status, x.dueOn]),
      [
        [1, t.org.units.finance, 'not_started', '2026-04-29'],
        [2, t.org.units.tanPhu, 'not_started', '2026-06-30'],
      ],
    );
    assert.deepEqual([detail.plan.mayManageTasks, detail.plan.mayUrge, detail.plan.mayExport], [true, true, true]);
    financeTask = detail.tasks[0];
    const audit = await t.runtime.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'plan.%')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['plan.create', 'plan.task.add', 'plan.task.add'],
    );
    const dup = await (await t.login('tochuc.snv')).post('/api/plans', planBody(t));
    assert.deepEqual(fields(dup), ['number:plan_number_taken']);
  });

  it('refuses a task outside the issuing unit or with a bad date, and a task from a reader, writing nothing', async () => {
    const before = await planCounts(t);
    const outside = await focal.post(
      `/api/plans/${planId}/tasks`,
      taskBody(t, { assigneeUnitId: t.org.units.benThanh }),
    );
    assert.deepEqual(fields(outside), ['assigneeUnitId:outside_issuing_unit']);
    const date = await focal.post(`/api/plans/${planId}/tasks`, taskBody(t, { dueOn: '2026-13-01' }));
    assert.deepEqual(fields(date), ['dueOn:invalid_date']);
    const reader = await (await t.login('truongphong.stc')).post(`/api/plans/${planId}/tasks`, taskBody(t));
    assert.equal(reader.status, 403);
    assert.deepEqual(await planCounts(t), before);
  });

  it('shows each unit its own tasks as reportable, lets the subtree read, and hides the plan from others', async () => {
    const assignee = await t.login('truongphong.stc');
    const seen = (await assignee.get(`/api/plans/${planId}`)).body;
    assert.deepEqual(
      seen.tasks.map((x: any) => x.mayReport),
      [true, false],
    );
    assert.deepEqual([seen.plan.mayManageTasks, seen.plan.mayUrge, seen.plan.mayExport], [false, false, false]);
    const commune = (await (await t.login('chutich.tanphu')).get(`/api/plans/${planId}`)).body;
    assert.deepEqual(
      commune.tasks.map((x: any) => x.mayReport),
      [false, true],
    );
    const list = (await assignee.get('/api/plans')).body.items;
    assert.deepEqual(
      list.map((p: any) => [p.number, p.tally.total]),
      [['116/KH-UBND', 2]],
    );
    const stranger = await t.login('truongphong.snv.hcm');
    assert.equal((await stranger.get(`/api/plans/${planId}`)).status, 404);
    assert.deepEqual((await stranger.get('/api/plans')).body.items, []);
    assert.equal((await assignee.get(`/api/plans/${planId}/report.xlsx`)).status, 403);
  });

  it('the assignee reports progress, then completion with an attachment; others may not report', async () => {
    const assignee = await t.login('truongphong.stc');
    const before = await planCounts(t);
    const wrongUnit = await (await t.login('chutich.tanphu')).post(
      `/api/plan-tasks/${financeTask.id}/reports`,
      { kind: 'progress', text: 'Đang dự thảo', percent: 30 },
      { 'if-match': `"${financeTask.version}"` },
    );
    assert.equal(wrongUnit.status, 403);
    const upload = fileUpload(Buffer.from('Biên bản họp'));
    assert.equal(
      (await focal.post(`/api/plan-tasks/${financeTask.id}/files`, upload.body, upload.headers)).status,
      403,
    );
    const noMatch = await assignee.post(`/api/plan-tasks/${financeTask.id}/reports`, {
      kind: 'progress',
      text: 'Đang dự thảo',
      percent: 30,
    });
    assert.equal(noMatch.status, 428);
    const noPercent = await assignee.post(
      `/api/plan-tasks/${financeTask.id}/reports`,
      { kind: 'progress', text: 'Đang dự thảo' },
      { 'if-match': `"${financeTask.version}"` },
    );
    assert.deepEqual(fields(noPercent), ['percent:required']);
    assert.deepEqual(await planCounts(t), before);

    const progress = await assignee.post(
      `/api/plan-tasks/${financeTask.id}/reports`,
      { kind: 'progress', text: 'Đã dự thảo quy chế, đang lấy ý kiến', percent: 40 },
      { 'if-match': `"${financeTask.version}"` },
    );
    assert.equal(progress.status, 204, JSON.stringify(progress.body));
    const file = await assignee.post(`/api/plan-tasks/${financeTask.id}/files`, upload.body, upload.headers);
    assert.equal(file.status, 201, JSON.stringify(file.body));
    const foreign = await assignee.post(
      `/api/plan-tasks/${financeTask.id}/reports`,
      { kind: 'completion', text: 'Đã ban hành', attachmentIds: ['00000000-0000-4000-8000-000000000000'] },
      { 'if-match': `"${financeTask.version + 1}"` },
    );
    assert.deepEqual(fields(foreign), ['attachmentIds[0]:unknown_attachment']);
    const done = await assignee.post(
      `/api/plan-tasks/${financeTask.id}/reports`,
      { kind: 'completion', text: 'Đã ban hành Quyết định 12/QĐ-STC', attachmentIds: [file.body.id] },
      { 'if-match': `"${financeTask.version + 1}"` },
    );
    assert.equal(done.status, 204, JSON.stringify(done.body));
    const task = (await focal.get(`/api/plans/${planId}`)).body.tasks[0];
    assert.deepEqual([task.status, task.percent, task.doneOn], ['done', 100, '2026-04-28']);
    assert.deepEqual(
      task.reports.map((r: any) => [r.kind, r.percent, r.attachmentIds.length]),
      [
        ['completion', 100, 1],
        ['progress', 40, 0],
      ],
    );
    const bytes = await focal.get(`/api/plan-tasks/${financeTask.id}/files/${file.body.id}`);
    assert.equal(bytes.body, 'Biên bản họp');
    const again = await assignee.post(
      `/api/plan-tasks/${financeTask.id}/reports`,
      { kind: 'progress', text: 'Thêm', percent: 100 },
      { 'if-match': `"${task.version}"` },
    );
    assert.equal(again.status, 409);
    await assert.rejects(
      t.runtime.database.pool.query('delete from plan_task_reports'),
      /append-only/,
      'reports are history',
    );
  });

  it('two concurrent writes from the same version: one wins, the other gets 409 and writes nothing', async () => {
    const task = (await focal.get(`/api/plans/${planId}`)).body.tasks[1];
    const commune = await t.login('chutich.tanphu');
    const results = await Promise.all([
      commune.post(
        `/api/plan-tasks/${task.id}/reports`,
        { kind: 'progress', text: 'Đã xây dựng kế hoạch hội nghị', percent: 20 },
        { 'if-match': `"${task.version}"` },
      ),
      focal.request(
        'PATCH',
        `/api/plan-tasks/${task.id}`,
        { dueOn: '2026-07-15' },
        { 'if-match': `"${task.version}"` },
      ),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [204, 409]);
    const after = (await focal.get(`/api/plans/${planId}`)).body.tasks[1];
    assert.equal(after.version, task.version + 1);
    assert.equal(after.reports.length, results[0]!.status === 204 ? 1 : 0);
    assert.equal(after.dueOn, results[1]!.status === 204 ? '2026-07-15' : '2026-06-30');
  });
});
