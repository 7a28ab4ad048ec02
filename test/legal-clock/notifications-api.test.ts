import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { Res } from '../support/test-client.ts';
import { caseIn } from '../support/fixtures.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { at, legalClockCounts, notificationsOf } from './support.ts';

const fields = (r: Res) =>
  (r.body.error?.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`);

describe('in-app notifications, preferences and reminder policies', () => {
  let t: TestApp;
  const codes: string[] = [];
  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    for (const title of ['Một cửa điện tử', 'Chữ ký số', 'Thanh toán không dùng tiền mặt'])
      codes.push(await caseIn(t, 'submitted', title));
    await t.runtime.jobs.drain();
  });
  after(() => t.close());

  it('lists a person’s notifications newest first, in their language, linked to the case, page by page', async () => {
    const head = await t.login('giamdoc.stc');
    const all = await head.get('/api/notifications');
    assert.equal(all.status, 200);
    assert.equal(all.body.unreadCount, 3);
    assert.deepEqual(
      all.body.items.map((n: { caseCode: string }) => n.caseCode),
      [...codes].reverse(),
    );
    const newest = all.body.items[0];
    assert.equal(newest.link, `/cases/${codes[2]}`);
    assert.equal(newest.title, `Hồ sơ ${codes[2]} chờ bạn xử lý`);
    assert.equal(newest.message, 'Việc cần làm: tiếp nhận, xem xét đề xuất. Hạn: 11/03/2026.');
    const english = await (await t.login('giamdoc.stc', 'en')).get('/api/notifications?limit=1');
    assert.equal(english.body.items[0].title, `Case ${codes[2]} awaits your action`);

    const page1 = await head.get('/api/notifications?limit=2');
    assert.equal(page1.body.items.length, 2);
    const page2 = await head.get(`/api/notifications?limit=2&cursor=${page1.body.nextCursor}`);
    assert.deepEqual(
      page2.body.items.map((n: { caseCode: string }) => n.caseCode),
      [codes[0]],
    );
    assert.equal(page2.body.nextCursor, null);
    assert.equal(
      (await (await t.login('truongphong.stc')).get('/api/notifications')).body.items.length,
      0,
      'each sees their own',
    );
  });

  it('marks one or all read, and only the person’s own', async () => {
    const head = await t.login('giamdoc.stc');
    const [first] = (await head.get('/api/notifications')).body.items;
    const read = await head.post(`/api/notifications/${first.id}/read`);
    assert.equal(read.status, 200);
    assert.ok(read.body.readAt);
    assert.equal(read.body.unreadCount, 2);
    assert.equal((await head.post(`/api/notifications/${first.id}/read`)).body.readAt, read.body.readAt, 'idempotent');
    assert.deepEqual((await head.get('/api/notifications?unread=true')).body.items.length, 2);

    const other = await t.login('truongphong.stc');
    const before = await legalClockCounts(t);
    const foreign = await other.post(`/api/notifications/${first.id}/read`);
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.code, 'notification_not_found');
    const badId = await other.post('/api/notifications/abc/read');
    assert.deepEqual([badId.status, fields(badId)], [400, ['params.id:invalid_format']]);
    const badQuery = await other.get('/api/notifications?unread=yes&limit=x');
    assert.deepEqual(
      [badQuery.status, fields(badQuery).sort()],
      [400, ['querystring.limit:invalid_format', 'querystring.unread:invalid_value']],
    );
    assert.equal((await t.anonymous().get('/api/notifications')).status, 401);
    assert.equal((await head.withoutCsrf().post('/api/notifications/read-all')).status, 403);
    assert.deepEqual(await legalClockCounts(t), before);

    const all = await head.post('/api/notifications/read-all');
    assert.deepEqual(all.body, { updated: 2, unreadCount: 0 });
    assert.deepEqual((await head.get('/api/notifications/unread-count')).body, { unreadCount: 0 });
  });

  it('keeps each person’s language and delivery choices, refusing bad ones without writing', async () => {
    const proposer = await t.login('truongphong.stc');
    const initial = await proposer.get('/api/me/notification-preferences');
    assert.deepEqual(initial.body, {
      language: 'vi',
      delivery: {
        action_required: 'immediate',
        deadline_reminder: 'immediate',
        deadline_overdue: 'immediate',
        escalation: 'immediate',
        campaign_reminder: 'immediate',
        campaign_escalation: 'immediate',
        plan_task_urge: 'immediate',
      },
      emailEnabled: false,
      email: 'truongphong.stc@ankhang.example',
    });
    const before = await legalClockCounts(t);
    const bad: [unknown, string[]][] = [
      [{ language: 'fr' }, ['language:invalid_value']],
      [{ delivery: { action_required: 'weekly' } }, ['delivery.action_required:invalid_value']],
      [{ delivery: { gossip: 'immediate' } }, ['delivery.gossip:unknown_field']],
      [{ theme: 'dark' }, ['theme:unknown_field']],
    ];
    for (const [body, expected] of bad) {
      const r = await proposer.request('PUT', '/api/me/notification-preferences', body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.deepEqual(fields(r), expected);
    }
    assert.equal(
      (await t.anonymous().request('PUT', '/api/me/notification-preferences', { language: 'en' })).status,
      401,
    );
    assert.deepEqual(await legalClockCounts(t), before);
    const saved = await proposer.request('PUT', '/api/me/notification-preferences', {
      delivery: { escalation: 'daily_digest' },
    });
    assert.equal(saved.body.delivery.escalation, 'daily_digest');
    assert.equal(saved.body.language, 'vi', 'what the body does not name stays');
  });

  it('tells people again only when the case moves on or their tasks change', async () => {
    const code = await caseIn(t, 'in_implementation', 'Đề xuất đang thực hiện');
    await t.runtime.jobs.drain();
    const told = async () =>
      (await notificationsOf(t, 'truongphong.stc', 'action_required')).filter((n) => n.case_code === code);
    const afterApproval = await told();
    assert.deepEqual(
      afterApproval.map((n) => (n.params as { tasks: string[] }).tasks),
      [['report_progress']],
    );

    await (await t.login('giamdoc.stc')).must(code, 'assign_implementers', {
      implementerIds: [t.org.people['chuyenvien.stc']],
    });
    await (await t.login('chuyenvien.stc')).must(code, 'report_progress', {
      percentComplete: 30,
      content: 'Đã triển khai tại 1 bộ phận.',
    });
    await t.runtime.jobs.drain();
    assert.equal((await told()).length, 1, 'the proposer still has the same task: nothing new to say');
  });

  it('lets administrators set reminder offsets for the installation or one profile, and uses them', async () => {
    const admin = await t.login('quantri');
    const head = await t.login('giamdoc.stc');
    const before = await legalClockCounts(t);
    const bad: [string, unknown, number, string[]][] = [
      ['*', { offsets: [100] }, 400, ['offsets[0]:out_of_range']],
      ['*', { offsets: [-2, -2] }, 400, ['offsets:duplicate']],
      ['*', { offsets: [0.5] }, 400, ['offsets[0]:invalid_type']],
      ['*', {}, 400, ['offsets:required']],
      ['NO-SUCH', { offsets: [-1] }, 422, ['params.scope:unknown_profile']],
      ['a b', { offsets: [-1] }, 400, ['params.scope:invalid_format']],
    ];
    for (const [scope, body, status, expected] of bad) {
      const r = await admin.request('PUT', `/api/admin/reminder-policies/${encodeURIComponent(scope)}`, body);
      assert.equal(r.status, status, `${scope} ${JSON.stringify(body)}: ${JSON.stringify(r.body)}`);
      assert.deepEqual(fields(r), expected);
    }
    assert.equal((await head.request('PUT', '/api/admin/reminder-policies/*', { offsets: [-1] })).status, 403);
    assert.equal((await head.get('/api/admin/reminder-policies')).status, 403);
    assert.deepEqual(await legalClockCounts(t), before);

    const installation = await admin.request('PUT', '/api/admin/reminder-policies/*', { offsets: [1, -1] });
    assert.deepEqual(installation.body.offsets, [-1, 1]);
    const profile = await admin.request('PUT', '/api/admin/reminder-policies/ND73', { offsets: [-3] });
    assert.equal(profile.status, 200);
    const listed = await admin.get('/api/admin/reminder-policies');
    assert.deepEqual(listed.body.defaultOffsets, [-2, 0, 1]);
    assert.deepEqual(
      listed.body.items.map((p: { scope: string; offsets: number[] }) => `${p.scope}:${p.offsets}`),
      ['*:-1,1', 'ND73:-3'],
    );

    // The cases run under ND73: reminded three working days before 11/3, on Friday 6/3.
    at(t, '2026-03-05');
    assert.equal((await sweepDeadlines(t.runtime.app)).reminders, 0);
    at(t, '2026-03-06');
    assert.equal((await sweepDeadlines(t.runtime.app)).reminders, 3);
    await t.runtime.jobs.drain();
    const reminders = await notificationsOf(t, 'giamdoc.stc', 'deadline_reminder');
    assert.deepEqual(
      reminders.map((n) => (n.params as { offset: number }).offset),
      [-3, -3, -3],
    );
  });
});
