import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { ALL_CONDITIONS, caseIn, today, votes } from '../support/fixtures.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { at, notificationsOf } from './support.ts';

/**
 * Reminders and escalation on a fake clock. A case submitted on Monday 2/3/2026 must be voted
 * on within 7 working days, by Wednesday 11/3: the head is reminded on Monday 9/3 (two working
 * days before), on the 11th, and on Thursday 12/3, when the limit has passed and the heads of
 * the Finance department and of the People's Committee above it are told.
 */
describe('reminders, overdue and escalation', () => {
  let t: TestApp;
  let code: string;
  let returnedCode: string;
  const sweep = async () => {
    const r = await sweepDeadlines(t.runtime.app);
    await t.runtime.jobs.drain();
    return r;
  };
  const kinds = async (username: string) =>
    (await notificationsOf(t, username)).map((n) => `${n.kind}:${(n.params as { offset?: number }).offset ?? ''}`);

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    code = await caseIn(t, 'submitted', 'Số hóa hồ sơ thuế');
    returnedCode = await caseIn(t, 'returned_for_completion', 'Đề xuất đang bổ sung');
    await t.runtime.jobs.drain();
  });
  after(() => t.close());

  it('tells the head that a case awaits them', async () => {
    const n = await notificationsOf(t, 'giamdoc.stc', 'action_required');
    const forCase = n.filter((x) => x.case_code === code);
    assert.equal(forCase.length, 1, 'the superseded "created" event tells nobody');
    assert.deepEqual((forCase[0]!.params as { tasks: string[] }).tasks, ['accept_for_consideration']);
    assert.equal(
      (await notificationsOf(t, 'truongphong.stc', 'action_required')).filter((x) => x.case_code === code).length,
      0,
      'not the one who acted',
    );
  });

  it('reminds two working days before, on the due day and after, once each', async () => {
    at(t, '2026-03-06');
    assert.equal((await sweep()).reminders, 0);
    at(t, '2026-03-09');
    assert.equal((await sweep()).reminders, 1);
    assert.equal((await sweep()).reminders, 0, 'a second sweep the same day reminds nobody again');
    at(t, '2026-03-10', '16:00');
    assert.equal((await sweep()).reminders, 0);
    at(t, '2026-03-11');
    assert.equal((await sweep()).reminders, 1);
    assert.deepEqual(
      (await kinds('giamdoc.stc')).filter((k) => k.startsWith('deadline')),
      ['deadline_reminder:-2', 'deadline_reminder:0'],
    );
    const reminder = (await notificationsOf(t, 'giamdoc.stc', 'deadline_reminder'))[0]!;
    assert.equal(reminder.case_code, code);
    assert.deepEqual(reminder.params, {
      step: 'consideration',
      dueOn: '2026-03-11',
      offset: -2,
      tasks: ['accept_for_consideration'],
    });
  });

  it('marks the case overdue in its history and escalates, without a new case version', async () => {
    at(t, '2026-03-12');
    const head = await t.login('giamdoc.stc');
    const before = (await head.get(`/api/cases/${code}`)).body;
    const r = await sweep();
    assert.deepEqual({ reminders: r.reminders, overdue: r.overdue }, { reminders: 1, overdue: 1 });

    const events = (await head.get(`/api/cases/${code}/events`)).body.items;
    const overdue = events.at(-1);
    assert.equal(overdue.type, 'overdue');
    assert.equal(overdue.actorRole, 'system');
    assert.deepEqual(overdue.payload, {
      step: 'consideration',
      startedOn: '2026-03-02',
      dueOn: '2026-03-11',
      overdueSince: '2026-03-12',
    });
    const verify = await head.get(`/api/cases/${code}/verify`);
    assert.equal(verify.body.ok, true);
    assert.equal(verify.body.events, events.length);
    const afterView = (await head.get(`/api/cases/${code}`)).body;
    assert.equal(afterView.version, before.version, 'a client holding the case can still act on it');

    // The department head, and the chair of the People's Committee above it; both about the department.
    const escalations = (await notificationsOf(t, 'giamdoc.stc', 'escalation')).concat(
      await notificationsOf(t, 'chutich', 'escalation'),
    );
    assert.deepEqual(
      escalations.map(
        (n) => `${n.case_code}:${(n.params as { level: string }).level}:${(n.params as { unitName: string }).unitName}`,
      ),
      [`${code}:receiving:Sở Tài chính`, `${code}:superior:Sở Tài chính`],
    );
    assert.deepEqual(
      (await kinds('giamdoc.stc')).filter((k) => k.startsWith('deadline')).at(-1),
      'deadline_reminder:1',
    );

    const deadlines = (await head.get(`/api/cases/${code}/deadlines`)).body.items[0];
    assert.equal(deadlines.overdue, true);
    assert.equal(deadlines.workingDaysLeft, -1);
    assert.deepEqual(deadlines.overdueRecord, {
      since: '2026-03-12',
      eventSeq: overdue.seq,
      endedOn: null,
      outcome: null,
      overdueWorkingDays: null,
    });
    assert.deepEqual(
      deadlines.remindersSent.map((s: { offset: number }) => s.offset),
      [-2, 0, 1],
    );

    at(t, '2026-03-13');
    assert.deepEqual(await sweep(), { today: '2026-03-13', reminders: 0, overdue: 0, looked: 0 });
  });

  it('records how long the step was overdue once it is met', async () => {
    at(t, '2026-03-16');
    const head = await t.login('giamdoc.stc');
    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    await head.must(code, 'request_party_opinion', {});
    await (await t.login('dangu.ducq')).must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý.',
      givenOn: today(t),
    });
    await head.must(code, 'record_vote', votes(t, ['for', 'for', 'for']));
    await t.runtime.jobs.drain();

    const events = (await head.get(`/api/cases/${code}/events`)).body.items;
    const ended = events.find((e: { type: string }) => e.type === 'overdue_ended');
    assert.ok(ended, 'the interval is in the history');
    assert.equal(ended.payload.endedOn, '2026-03-16');
    assert.equal(ended.payload.outcome, 'met');
    assert.equal(ended.payload.overdueWorkingDays, 3, 'Thu 12, Fri 13, Mon 16');
    assert.equal((await head.get(`/api/cases/${code}/verify`)).body.ok, true);
    const record = (await head.get(`/api/cases/${code}/deadlines`)).body.items[0].overdueRecord;
    assert.deepEqual(
      { endedOn: record.endedOn, outcome: record.outcome, days: record.overdueWorkingDays },
      { endedOn: '2026-03-16', outcome: 'met', days: 3 },
    );
  });

  it('never reminds about a paused step', async () => {
    at(t, '2026-04-20');
    await sweep();
    const id = (
      await t.runtime.db.selectFrom('cases').select('id').where('code', '=', returnedCode).executeTakeFirstOrThrow()
    ).id;
    const reminders = await t.runtime.db
      .selectFrom('deadline_reminders')
      .select('id')
      .where('case_id', '=', id)
      .execute();
    const overdue = await t.runtime.db.selectFrom('deadline_overdue').select('id').where('case_id', '=', id).execute();
    assert.deepEqual([reminders.length, overdue.length], [0, 0]);
    const view = (await (await t.login('truongphong.stc')).get(`/api/cases/${returnedCode}/deadlines`)).body.items[0];
    assert.deepEqual([view.status, view.remainingDays, view.overdue], ['paused', 7, false]);
  });
});
