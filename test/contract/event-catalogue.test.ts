// Issue 15, "One contract" (4) and (5): the typed event catalogue, parsed when read, and the
// action registry that names every action of the rule table under its own name.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CASE_ACTION_DEFS } from '../../src/app/cases/actions/index.ts';
import {
  CASE_EVENT_TYPES,
  EventPayloadError,
  isCaseEventType,
  readCaseEvent,
  readEventPayload,
} from '../../src/contract/events.ts';
import { JOB_PAYLOADS, readJobPayload } from '../../src/contract/jobs.ts';
import { CASE_ACTIONS } from '../../src/domain/case/action-rules.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const evaluation = {
  from: 'completion_reported',
  to: 'evaluated',
  meetingOn: '2026-05-04',
  attendeeIds: ['a'],
  outcome: 'completed',
  damage: { occurred: false },
  causes: { objective: 'o', subjective: 's' },
  conclusion: 'c',
  approvedPlanVersion: 1,
};

describe('the action registry (issue 15, item 5)', () => {
  it('holds one use case for every action of the rule table, filed under its own name', () => {
    assert.deepEqual(Object.keys(CASE_ACTION_DEFS).sort(), [...CASE_ACTIONS].sort());
    for (const [name, def] of Object.entries(CASE_ACTION_DEFS)) assert.equal(def.action, name);
  });

  it('records only events of the catalogue', () => {
    const uncatalogued = Object.values(CASE_ACTION_DEFS)
      .filter((d) => !isCaseEventType(d.event))
      .map((d) => d.event);
    assert.deepEqual(uncatalogued, []);
  });
});

describe('the event catalogue (issue 15, item 4)', () => {
  it('reads a payload that has what its type promises, extra fields included', () => {
    const p = readEventPayload('evaluated', { ...evaluation, protectionCase: { id: 'x' } });
    assert.equal(p.outcome, 'completed');
  });

  it('refuses a payload that lacks a field its type promises, naming the field', () => {
    const { outcome: _, ...withoutOutcome } = evaluation;
    assert.throws(
      () => readEventPayload('evaluated', withoutOutcome),
      (e: unknown) => e instanceof EventPayloadError && /outcome/.test(e.message),
    );
    assert.throws(() => readEventPayload('evaluated', { ...evaluation, outcome: 'done' }), EventPayloadError);
  });

  it('refuses an event type it does not know', () => {
    assert.throws(() => readCaseEvent('invented', {}), EventPayloadError);
  });

  it('refuses a job whose payload does not fit its kind', () => {
    assert.ok(Object.keys(JOB_PAYLOADS).includes('case_event'));
    assert.throws(() => readJobPayload('case_event', { caseId: 'x' }), /case_event/);
  });
});

describe('the events a case really records fit the catalogue (issue 15, item 4)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('every event of an evaluated case, and every job written, parses', async () => {
    const code = await caseIn(t, 'evaluated');
    const events = await t.runtime.db
      .selectFrom('case_events')
      .innerJoin('cases', 'cases.id', 'case_events.case_id')
      .select(['case_events.type', 'case_events.payload'])
      .where('cases.code', '=', code)
      .orderBy('seq')
      .execute();
    assert.ok(events.length > 10);
    for (const e of events) assert.doesNotThrow(() => readCaseEvent(e.type, e.payload), `event ${e.type}`);
    assert.ok(events.every((e) => CASE_EVENT_TYPES.includes(e.type as never)));
    const jobs = await t.runtime.db.selectFrom('outbox_jobs').select(['kind', 'payload']).execute();
    for (const j of jobs)
      assert.doesNotThrow(() => readJobPayload(j.kind as keyof typeof JOB_PAYLOADS, j.payload), `job ${j.kind}`);
  });
});
