import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deadlinesAfter } from '../../../src/domain/case/deadlines.ts';
import { WeekendCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import {
  DECREE_73_PROFILE,
  PROFILE_SETTING_NOTES,
  type ProcedureProfile,
} from '../../../src/domain/profile/procedure-profile.ts';
import { profile, snapshot } from './fixtures.ts';

/**
 * Issue 10, item 10: the time limits the decree leaves open are settings. The superior level's
 * limit for a head's own proposal (Art. 7(4), open question G2) and the report clock after a
 * pilot is terminated (an inference, spec Step 8) are profile settings, separate from Art. 8(1)'s
 * 7 days and Art. 9(1)'s 5 days. Fri 7 June 2024 on a weekend calendar.
 */
const calendar = new WeekendCalendar();
const withLimits = (over: Partial<ProcedureProfile['limits']>) =>
  profile({ limits: { ...DECREE_73_PROFILE.limits, ...over } });
const dueAfter = (action: 'submit' | 'forward_to_superior' | 'terminate', p: ProcedureProfile, toSuperior?: boolean) =>
  deadlinesAfter(action, snapshot({ deadlines: [], profile: p }), { today: '2024-06-07', calendar, toSuperior }).at(-1)
    ?.dueOn;

describe('G2: the superior level’s time limit is a setting', () => {
  it('a head’s own proposal routed to the superior unit runs on superiorConsiderationDays (3 → Wed 12 June)', () => {
    assert.equal(dueAfter('submit', withLimits({ superiorConsiderationDays: 3 }), true), '2024-06-12');
  });
  it('a proposal kept in the unit still runs on Art. 8(1)’s 7 days (→ Tue 18 June)', () => {
    assert.equal(dueAfter('submit', withLimits({ superiorConsiderationDays: 3 }), false), '2024-06-18');
  });
  it('forwarding beyond the unit’s authority starts the superior level’s limit too', () => {
    assert.equal(dueAfter('forward_to_superior', withLimits({ superiorConsiderationDays: 10 })), '2024-06-21');
  });
  it('no limit set → an open step without a due date', () => {
    assert.equal(dueAfter('submit', withLimits({ superiorConsiderationDays: null }), true), null);
  });
});

describe('Step 8 [I]: the report clock after termination is a setting', () => {
  it('terminationReportDays 10 → Fri 21 June, while a completed pilot keeps 5 days', () => {
    assert.equal(dueAfter('terminate', withLimits({ terminationReportDays: 10 })), '2024-06-21');
  });
  it('Decree 73’s defaults: 7 days at the superior level, 5 days after termination', () => {
    assert.equal(DECREE_73_PROFILE.limits.superiorConsiderationDays, 7);
    assert.equal(DECREE_73_PROFILE.limits.terminationReportDays, 5);
  });
});

describe('Each open parameter is marked as a setting, each fixed one as law', () => {
  const kind = (path: string) => PROFILE_SETTING_NOTES.find((n) => n.path === path)?.kind;
  for (const path of [
    'limits.superiorConsiderationDays',
    'limits.terminationReportDays',
    'voteRule.base',
    'voteRule.quorumFraction',
    'voteRule.writtenConsultation',
  ]) {
    it(`${path} is a setting`, () => assert.equal(kind(path), 'setting'));
  }
  for (const path of [
    'limits.considerationMeetingDays',
    'limits.completionReportDays',
    'voteRule.tie',
    'voteRule.moreThanFraction',
  ]) {
    it(`${path} is law`, () => assert.equal(kind(path), 'law'));
  }
});
