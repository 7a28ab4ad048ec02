import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTION_DATE_FIELDS, dateIssues, datesGiven, type CaseTimeline } from '../../../src/domain/case/date-bounds.ts';
import { timelineOf } from '../../../src/domain/case/case-timeline.ts';
import { CASE_ACTIONS, type CaseAction } from '../../../src/domain/case/action-rules.ts';
import { CASE_ACTION_DEFS } from '../../../src/app/cases/actions/index.ts';

const today = '2026-03-20';
const timeline: CaseTimeline = {
  receivedOn: '2026-03-02',
  partyStageOpenedOn: '2026-03-02',
  openPartyRequestOn: '2026-03-03',
  voteMeetingOn: '2026-03-05',
  decisionOn: '2026-03-06',
  planStartOn: '2026-03-10',
  reportedOn: '2026-03-16',
};

describe('issue item 11: every date of every action is bounded by the case’s timeline and the clock', () => {
  const cases: [string, CaseAction, unknown, { path: string; code: string }[]][] = [
    [
      'Art. 8(1): a decision dated before the meeting that voted',
      'approve',
      { decisionDate: '2026-03-04' },
      [{ path: 'decisionDate', code: 'too_early' }],
    ],
    [
      'Art. 8(1) para. 2: an override dated before the meeting',
      'override_rejection',
      { decisionDate: '2026-03-04' },
      [{ path: 'decisionDate', code: 'too_early' }],
    ],
    [
      'a completion date before the approval',
      'declare_completed',
      { completedOn: '2020-01-02' },
      [{ path: 'completedOn', code: 'too_early' }],
    ],
    [
      'a completion date in the future',
      'declare_completed',
      { completedOn: '2026-03-21' },
      [{ path: 'completedOn', code: 'in_future' }],
    ],
    [
      'a progress period before the plan’s start',
      'report_progress',
      { period: { from: '2026-03-07', to: '2026-03-12' } },
      [{ path: 'period.from', code: 'too_early' }],
    ],
    [
      'a progress period that ends before it starts',
      'report_progress',
      { period: { from: '2026-03-12', to: '2026-03-11' } },
      [{ path: 'period.to', code: 'too_early' }],
    ],
    [
      'Art. 8(1): a meeting before the plan was received',
      'record_vote',
      { meetingOn: '2026-03-01' },
      [{ path: 'meetingOn', code: 'too_early' }],
    ],
    [
      'Art. 4: a Party opinion before it was requested',
      'record_party_opinion',
      { givenOn: '2026-03-02' },
      [{ path: 'givenOn', code: 'too_early' }],
    ],
    [
      'Art. 4: a Party request before the plan was received',
      'request_party_opinion',
      { requestedOn: '2026-02-27' },
      [{ path: 'requestedOn', code: 'too_early' }],
    ],
    [
      'an inspection before the decision to implement',
      'record_inspection',
      { inspectedOn: '2026-03-05' },
      [{ path: 'inspectedOn', code: 'too_early' }],
    ],
    [
      'an evaluation meeting before the report',
      'record_evaluation',
      { meetingOn: '2026-03-13' },
      [{ path: 'meetingOn', code: 'too_early' }],
    ],
    [
      'not a calendar date',
      'declare_completed',
      { completedOn: '2026-02-30' },
      [{ path: 'completedOn', code: 'invalid_date' }],
    ],
  ];
  for (const [name, action, body, expected] of cases) {
    it(`refuses ${name}`, () => {
      assert.deepEqual(
        dateIssues(action, body, timeline, today).map(({ path, code }) => ({ path, code })),
        expected,
      );
    });
  }
  it('accepts dates on the bound and today, and skips optional dates not given', () => {
    assert.deepEqual(dateIssues('approve', { decisionDate: '2026-03-05' }, timeline, today), []);
    assert.deepEqual(dateIssues('declare_completed', { completedOn: today }, timeline, today), []);
    assert.deepEqual(dateIssues('request_party_opinion', {}, timeline, today), []);
    assert.deepEqual(
      dateIssues('report_progress', { period: { from: '2026-03-10', to: '2026-03-10' } }, timeline, today),
      [],
    );
  });
  it('names the bound in the issue, so the message can say “not before …”', () => {
    assert.deepEqual(dateIssues('approve', { decisionDate: '2026-03-01' }, timeline, today)[0]?.params, {
      min: '2026-03-05',
    });
  });
  it('covers every date field of every action’s body schema (none is left unchecked)', () => {
    const dateFieldsOf = (schema: any, prefix = ''): string[] =>
      Object.entries(schema.properties ?? {}).flatMap(([k, v]: [string, any]) =>
        v.pattern === '^\\d{4}-\\d{2}-\\d{2}$'
          ? [`${prefix}${k}`]
          : v.type === 'object'
            ? dateFieldsOf(v, `${prefix}${k}.`)
            : [],
      );
    for (const action of CASE_ACTIONS) {
      // The plan's own dates are forecasts, not events: the plan's rules check them (endOn after startOn, milestones inside).
      const inSchema = dateFieldsOf((CASE_ACTION_DEFS as any)[action].body)
        .filter((p) => !p.startsWith('plan.'))
        .sort();
      const inTable = (ACTION_DATE_FIELDS[action] ?? []).map((f) => f.path).sort();
      assert.deepEqual(inTable, inSchema, action);
    }
  });
});

describe('the case’s timeline read from its events', () => {
  it('takes the latest receipt, the vote’s meeting, the decision’s date and the report day', () => {
    const t = timelineOf(
      [
        { type: 'submitted', occurredOn: '2026-03-02', payload: {} },
        { type: 'resubmitted', occurredOn: '2026-03-04', payload: {} },
        { type: 'vote_recorded', occurredOn: '2026-03-06', payload: { meetingOn: '2026-03-05' } },
        { type: 'approved', occurredOn: '2026-03-09', payload: { decisionDate: '2026-03-06' } },
        { type: 'completion_reported', occurredOn: '2026-03-16', payload: {} },
      ],
      {
        state: 'completion_reported',
        partyOpinions: [{ stage: 'evaluation', requestedOn: '2026-03-17', givenOn: null }],
      },
      '2026-03-10',
    );
    assert.deepEqual(t, {
      receivedOn: '2026-03-04',
      voteMeetingOn: '2026-03-05',
      decisionOn: '2026-03-06',
      reportedOn: '2026-03-16',
      openPartyRequestOn: '2026-03-17',
      partyStageOpenedOn: '2026-03-16',
      planStartOn: '2026-03-10',
    });
  });
});

describe('datesGiven: the timeline is read only when the body gives a date to check', () => {
  const cases: [CaseAction, unknown, boolean][] = [
    ['report_progress', { percentComplete: 50, content: 'x' }, false],
    ['report_progress', { percentComplete: 50, period: { to: '2026-03-12' } }, true],
    ['report_progress', { period: {} }, false],
    ['record_vote', { meetingOn: '2026-03-05' }, true],
    ['record_vote', { meetingOn: null }, true],
    ['submit', { meetingOn: '2026-03-05' }, false],
    ['approve', undefined, false],
  ];
  for (const [action, body, expected] of cases) {
    it(`${action} ${JSON.stringify(body)} → ${expected}`, () => assert.equal(datesGiven(action, body), expected));
  }
  it('for every action and body, no date given means no issue whatever the timeline', () => {
    const empty: CaseTimeline = {};
    for (const action of CASE_ACTIONS) {
      for (const body of [{}, { period: {} }, { reasons: 'x' }]) {
        if (!datesGiven(action, body)) {
          assert.deepEqual(dateIssues(action, body, timeline, today), []);
          assert.deepEqual(dateIssues(action, body, empty, today), []);
        }
      }
    }
  });
});
