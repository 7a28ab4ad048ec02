import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseAction } from '../../../src/domain/case/action-rules.ts';
import type { Deadline } from '../../../src/domain/case/case-snapshot.ts';
import { currentDue, deadlinesAfter, type DeadlineContext } from '../../../src/domain/case/deadlines.ts';
import { WeekendCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import type { ProcedureProfile } from '../../../src/domain/profile/procedure-profile.ts';
import { profile, snapshot } from './fixtures.ts';

/**
 * Requirement 2 (clock half): the legal clock through `deadlinesAfter`, counted on a plain
 * weekend calendar. June 2024: Mon 3, Fri 7, Sat 8 / Sun 9, Mon 10 … Fri 14, Sat 15 / Sun 16,
 * Mon 17 … Fri 21, Sat 22 / Sun 23, Mon 24 … Fri 28; July: Mon 1 … Fri 5, Mon 8 … Fri 12,
 * Mon 15 … Fri 19, Mon 22. The trigger day never counts (Civil Code Art. 147).
 */
const calendar = new WeekendCalendar();

function after(
  action: CaseAction,
  deadlines: Deadline[],
  today: string,
  over: Partial<ProcedureProfile> = {},
  extra: Partial<DeadlineContext> = {},
) {
  const before = structuredClone(deadlines);
  const result = deadlinesAfter(action, snapshot({ deadlines, profile: profile(over) }), { today, calendar, ...extra });
  assert.deepEqual(deadlines, before, `${action} must not mutate the list it was given`);
  return result;
}

const open = (step: Deadline['step'], startedOn: string, dueOn: string | null): Deadline => ({
  step,
  startedOn,
  dueOn,
  status: 'open',
  remainingDays: null,
});

describe('submit: 7 working days for the consideration meeting (Art. 8(1))', () => {
  const rows: [today: string, due: string, why: string][] = [
    ['2024-06-03', '2024-06-12', 'Mon → Wed of the next week'],
    ['2024-06-07', '2024-06-18', 'Fri: Mon 10 … Fri 14 (5), Mon 17 (6), Tue 18 (7)'],
    ['2024-06-08', '2024-06-18', 'Sat: counting starts on Mon 10'],
    ['2024-06-09', '2024-06-18', 'Sun: same as Sat'],
    ['2024-06-05', '2024-06-14', 'Wed → Fri of the next week'],
  ];
  for (const [today, due, why] of rows) {
    it(`submitted ${today} → due ${due} (${why})`, () => {
      assert.deepEqual(after('submit', [], today), [open('consideration', today, due)]);
    });
  }
  it('no time limit in the profile → an open deadline without a due date', () => {
    assert.deepEqual(
      after('submit', [], '2024-06-07', { limits: { considerationMeetingDays: null } as ProcedureProfile['limits'] }),
      [open('consideration', '2024-06-07', null)],
    );
  });
});

describe('return_for_completion then resubmit, by clockOnReturn', () => {
  const submitted = [open('consideration', '2024-06-07', '2024-06-18')];

  it('pause: returned Wed 12 after 3 working days used → 4 left, due kept for the record', () => {
    assert.deepEqual(after('return_for_completion', submitted, '2024-06-12'), [
      { step: 'consideration', startedOn: '2024-06-07', dueOn: '2024-06-18', status: 'paused', remainingDays: 4 },
    ]);
  });
  it('pause: resubmitted Fri 21 → the 4 days left run Mon 24 … Thu 27', () => {
    const paused = after('return_for_completion', submitted, '2024-06-12');
    assert.deepEqual(after('resubmit', paused, '2024-06-21'), [open('consideration', '2024-06-07', '2024-06-27')]);
  });
  it('pause: resubmitted on Sat 22 → still Thu 27', () => {
    const paused = after('return_for_completion', submitted, '2024-06-12');
    assert.deepEqual(after('resubmit', paused, '2024-06-22'), [open('consideration', '2024-06-07', '2024-06-27')]);
  });
  it('pause: returned on Sat 15 → Mon 10 … Fri 14 used, 2 left (Mon 17, Tue 18)', () => {
    assert.equal(after('return_for_completion', submitted, '2024-06-15')[0]!.remainingDays, 2);
  });
  it('pause: returned the day it was submitted → all 7 left', () => {
    assert.equal(after('return_for_completion', submitted, '2024-06-07')[0]!.remainingDays, 7);
  });
  it('pause: returned after the due date → 0 left; resubmitted on Sat 22 → due the next working day, Mon 24', () => {
    const paused = after('return_for_completion', submitted, '2024-06-20');
    assert.equal(paused[0]!.remainingDays, 0);
    assert.equal(after('resubmit', paused, '2024-06-22')[0]!.dueOn, '2024-06-24');
  });
  it('pause: the used and remaining days add up to the limit for every return day of the window', () => {
    for (const day of ['2024-06-10', '2024-06-11', '2024-06-12', '2024-06-13', '2024-06-14', '2024-06-17']) {
      const left = after('return_for_completion', submitted, day)[0]!.remainingDays!;
      assert.equal(calendar.workingDaysBetween('2024-06-07', day) + left, 7, day);
    }
  });
  it('pause with no time limit: nothing to count', () => {
    const p = { limits: { considerationMeetingDays: null } as ProcedureProfile['limits'] };
    const paused = after('return_for_completion', [open('consideration', '2024-06-07', null)], '2024-06-12', p);
    assert.deepEqual(paused[0], {
      step: 'consideration',
      startedOn: '2024-06-07',
      dueOn: null,
      status: 'paused',
      remainingDays: null,
    });
    assert.deepEqual(after('resubmit', paused, '2024-06-21', p), [open('consideration', '2024-06-07', null)]);
  });

  it('restart: the return cancels the clock', () => {
    assert.deepEqual(after('return_for_completion', submitted, '2024-06-12', { clockOnReturn: 'restart' }), [
      { step: 'consideration', startedOn: '2024-06-07', dueOn: '2024-06-18', status: 'cancelled', remainingDays: null },
    ]);
  });
  it('restart: the resubmission starts 7 fresh working days (Fri 21 → Tue 2 July)', () => {
    const cancelled = after('return_for_completion', submitted, '2024-06-12', { clockOnReturn: 'restart' });
    const restarted = after('resubmit', cancelled, '2024-06-21', { clockOnReturn: 'restart' });
    assert.deepEqual(restarted, [cancelled[0], open('consideration', '2024-06-21', '2024-07-02')]);
    assert.deepEqual(currentDue(restarted), { dueOn: '2024-07-02', step: 'consideration' });
  });

  it('continue: the return and the resubmission leave the clock running to Tue 18', () => {
    const returned = after('return_for_completion', submitted, '2024-06-12', { clockOnReturn: 'continue' });
    assert.deepEqual(returned, submitted);
    assert.deepEqual(after('resubmit', returned, '2024-06-21', { clockOnReturn: 'continue' }), submitted);
  });

  it('only the consideration clock pauses; an open Party-opinion clock keeps running', () => {
    const list = [...submitted, open('party_opinion', '2024-06-10', '2024-06-13')];
    const paused = after('return_for_completion', list, '2024-06-12');
    assert.equal(paused[0]!.status, 'paused');
    assert.deepEqual(paused[1], list[1]);
  });
});

describe('forward_to_superior: the superior unit gets its own 7 working days', () => {
  it('forwarded Tue 11 → old clock cancelled, new one due Thu 20', () => {
    assert.deepEqual(after('forward_to_superior', [open('consideration', '2024-06-07', '2024-06-18')], '2024-06-11'), [
      { step: 'consideration', startedOn: '2024-06-07', dueOn: '2024-06-18', status: 'cancelled', remainingDays: null },
      open('consideration', '2024-06-11', '2024-06-20'),
    ]);
  });
  it('forwarded on Fri 14 → due Tue 25', () => {
    const list = after('forward_to_superior', [open('consideration', '2024-06-07', '2024-06-18')], '2024-06-14');
    assert.deepEqual(currentDue(list), { dueOn: '2024-06-25', step: 'consideration' });
  });
});

describe('the clocks of the Party opinion and the appraisal', () => {
  const base = [open('consideration', '2024-06-07', '2024-06-18')];
  it('no Party-opinion limit in the Decree 73 profile → no clock', () => {
    assert.deepEqual(after('request_party_opinion', base, '2024-06-10'), base);
  });
  it('a local limit of 3 working days: asked Thu 13 → due Tue 18', () => {
    const list = after('request_party_opinion', base, '2024-06-13', {
      limits: { partyOpinionDays: 3 } as ProcedureProfile['limits'],
    });
    assert.deepEqual(list[1], open('party_opinion', '2024-06-13', '2024-06-18'));
    assert.equal(after('record_party_opinion', list, '2024-06-14')[1]!.status, 'met');
  });
  it('appraisal: 10 working days from assignment Mon 10 → Mon 24; met only with the last opinion', () => {
    const list = after('assign_appraisers', base, '2024-06-10', {
      limits: { appraisalDays: 10 } as ProcedureProfile['limits'],
    });
    assert.deepEqual(list[1], open('appraisal', '2024-06-10', '2024-06-24'));
    assert.deepEqual(after('record_appraisal', list, '2024-06-12', {}, { lastAppraisal: false }), list);
    assert.equal(after('record_appraisal', list, '2024-06-12', {}, { lastAppraisal: true })[1]!.status, 'met');
    assert.deepEqual(after('assign_appraisers', base, '2024-06-10'), base, 'no appraisal limit → no clock');
  });
  it('record_vote meets the consideration, Party-opinion and appraisal clocks', () => {
    const list = [
      ...base,
      open('party_opinion', '2024-06-10', '2024-06-13'),
      open('appraisal', '2024-06-10', '2024-06-24'),
    ];
    assert.deepEqual(
      after('record_vote', list, '2024-06-17').map((d) => d.status),
      ['met', 'met', 'met'],
    );
  });
  it('withdraw and reject cancel what is open or paused and keep what was met', () => {
    const paused: Deadline = {
      ...open('consideration', '2024-06-07', '2024-06-18'),
      status: 'paused',
      remainingDays: 4,
    };
    const met: Deadline = { ...open('party_opinion', '2024-06-10', '2024-06-13'), status: 'met' };
    for (const action of ['withdraw', 'reject'] as const) {
      const list = after(action, [paused, met, open('appraisal', '2024-06-10', '2024-06-24')], '2024-06-17');
      assert.deepEqual(
        list.map((d) => [d.status, d.remainingDays]),
        [
          ['cancelled', null],
          ['met', null],
          ['cancelled', null],
        ],
        action,
      );
      assert.equal(currentDue(list), null, action);
    }
  });
});

describe('implementation, completion report and evaluation', () => {
  it('terminate (Fri 28 June) cancels what is open and starts 5 working days for the report → Fri 5 July', () => {
    const list = after('terminate', [open('appraisal', '2024-06-10', '2024-06-24')], '2024-06-28');
    assert.deepEqual(list, [
      { step: 'appraisal', startedOn: '2024-06-10', dueOn: '2024-06-24', status: 'cancelled', remainingDays: null },
      open('completion_report', '2024-06-28', '2024-07-05'),
    ]);
  });
  it('declare_completed counts 5 working days from the completion date, not from today', () => {
    assert.deepEqual(after('declare_completed', [], '2024-07-10', {}, { completedOn: '2024-07-05' }), [
      open('completion_report', '2024-07-05', '2024-07-12'),
    ]);
  });
  it('declare_completed on a Saturday completion → Mon 8 … Fri 12', () => {
    assert.deepEqual(after('declare_completed', [], '2024-07-10', {}, { completedOn: '2024-07-06' }), [
      open('completion_report', '2024-07-06', '2024-07-12'),
    ]);
  });
  it('declare_completed without a completion date counts from today (Wed 10 → Wed 17)', () => {
    assert.deepEqual(after('declare_completed', [], '2024-07-10'), [
      open('completion_report', '2024-07-10', '2024-07-17'),
    ]);
  });
  it('submit_completion_report meets the report clock and starts 7 working days for the evaluation (Thu 11 → Mon 22)', () => {
    const list = after(
      'submit_completion_report',
      [open('completion_report', '2024-07-05', '2024-07-12')],
      '2024-07-11',
    );
    assert.deepEqual(list, [
      { step: 'completion_report', startedOn: '2024-07-05', dueOn: '2024-07-12', status: 'met', remainingDays: null },
      open('evaluation', '2024-07-11', '2024-07-22'),
    ]);
  });
  it('a report from a terminated pilot also opens the 7-day evaluation clock', () => {
    const terminated = after('terminate', [], '2024-06-28');
    const reported = after('submit_completion_report', terminated, '2024-07-03');
    assert.deepEqual(currentDue(reported), { dueOn: '2024-07-12', step: 'evaluation' });
  });
  it('record_evaluation meets the evaluation and Party-opinion clocks', () => {
    const list = [open('evaluation', '2024-07-11', '2024-07-22'), open('party_opinion', '2024-07-12', '2024-07-17')];
    assert.deepEqual(
      after('record_evaluation', list, '2024-07-18').map((d) => d.status),
      ['met', 'met'],
    );
  });
  it('actions without a clock leave the list as it was', () => {
    const list = [open('consideration', '2024-06-07', '2024-06-18')];
    for (const action of [
      'accept_for_consideration',
      'approve',
      'override_rejection',
      'suspend',
      'resume',
      'report_progress',
    ] as const) {
      assert.deepEqual(after(action, list, '2024-06-12'), list, action);
    }
  });
});

describe('a whole case on the Decree 73 profile', () => {
  it('submit → return → resubmit → vote → declare completed → report → evaluate', () => {
    let list = after('submit', [], '2024-06-07');
    list = after('return_for_completion', list, '2024-06-12');
    assert.equal(currentDue(list), null, 'a paused clock is not due');
    list = after('resubmit', list, '2024-06-21');
    assert.deepEqual(currentDue(list), { dueOn: '2024-06-27', step: 'consideration' });
    list = after('record_vote', list, '2024-06-26');
    assert.equal(currentDue(list), null);
    list = after('declare_completed', list, '2024-07-10', {}, { completedOn: '2024-07-05' });
    assert.deepEqual(currentDue(list), { dueOn: '2024-07-12', step: 'completion_report' });
    list = after('submit_completion_report', list, '2024-07-11');
    assert.deepEqual(currentDue(list), { dueOn: '2024-07-22', step: 'evaluation' });
    list = after('record_evaluation', list, '2024-07-19');
    assert.equal(currentDue(list), null);
    assert.deepEqual(
      list.map((d) => `${d.step}:${d.status}`),
      ['consideration:met', 'completion_report:met', 'evaluation:met'],
    );
  });
});

describe('currentDue', () => {
  const d = (step: Deadline['step'], dueOn: string | null, status: Deadline['status']): Deadline => ({
    step,
    startedOn: '2024-06-03',
    dueOn,
    status,
    remainingDays: null,
  });
  const rows: [string, Deadline[], ReturnType<typeof currentDue>][] = [
    ['empty list', [], null],
    [
      'the soonest open one',
      [d('evaluation', '2024-07-22', 'open'), d('party_opinion', '2024-07-17', 'open')],
      { dueOn: '2024-07-17', step: 'party_opinion' },
    ],
    [
      'paused, met and cancelled ones are skipped',
      [
        d('consideration', '2024-06-01', 'paused'),
        d('appraisal', '2024-06-02', 'met'),
        d('party_opinion', '2024-06-03', 'cancelled'),
        d('evaluation', '2024-09-01', 'open'),
      ],
      { dueOn: '2024-09-01', step: 'evaluation' },
    ],
    [
      'an open one without a due date is skipped',
      [d('party_opinion', null, 'open'), d('evaluation', '2024-09-01', 'open')],
      { dueOn: '2024-09-01', step: 'evaluation' },
    ],
    ['only undated ones → null', [d('party_opinion', null, 'open')], null],
    [
      'dates compare across months and years',
      [d('evaluation', '2025-01-02', 'open'), d('appraisal', '2024-12-31', 'open')],
      { dueOn: '2024-12-31', step: 'appraisal' },
    ],
  ];
  for (const [name, list, expected] of rows) it(name, () => assert.deepEqual(currentDue(list), expected));
});
