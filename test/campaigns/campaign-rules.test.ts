import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  campaignReminderDue,
  complianceStatus,
  complianceViewScope,
  countsOf,
  escalationDue,
  mayOnCampaign,
  registrationMinimumOf,
  type ComplianceStatus,
} from '../../src/domain/campaigns/campaign-rules.ts';
import { defaultLegalCalendar } from '../../src/domain/calendar/index.ts';
import type { Actor } from '../../src/domain/case/case-snapshot.ts';
import type { CaseState } from '../../src/domain/case/states.ts';
import { DECREE_73_PROFILE, HCMC_PROFILE } from '../../src/domain/profile/procedure-profile.ts';

const cal = defaultLegalCalendar();

describe('registration campaigns: compliance of a unit from its linked cases (issue 14, item 1)', () => {
  const cases: [CaseState[], number, ComplianceStatus][] = [
    [[], 1, 'none'],
    [['withdrawn'], 1, 'none'],
    [['draft'], 1, 'registered'],
    [['draft', 'withdrawn'], 1, 'registered'],
    [['submitted'], 1, 'submitted'],
    [['returned_for_completion'], 1, 'submitted'],
    [['rejected'], 1, 'submitted'],
    [['vote_passed'], 1, 'submitted'],
    [['in_implementation'], 1, 'approved'],
    [['evaluated'], 1, 'approved'],
    [['terminated', 'draft'], 1, 'approved'],
    // A minimum of two: the status is the highest level two cases reached.
    [['in_implementation'], 2, 'none'],
    [['in_implementation', 'draft'], 2, 'registered'],
    [['in_implementation', 'submitted'], 2, 'submitted'],
    [['in_implementation', 'suspended'], 2, 'approved'],
    [['draft', 'withdrawn'], 2, 'none'],
  ];
  for (const [states, minimum, expected] of cases) {
    it(`[${states.join(', ')}] with a minimum of ${minimum} → ${expected}`, () => {
      assert.equal(complianceStatus(countsOf(states), minimum), expected);
    });
  }
});

describe('registration campaigns: the minimum per unit is a profile setting, 1 by default (HCMC plan)', () => {
  it('takes 1 where the profile says nothing, the setting where it does', () => {
    assert.equal(registrationMinimumOf(DECREE_73_PROFILE), 1);
    assert.equal(registrationMinimumOf(HCMC_PROFILE), 1);
    assert.equal(registrationMinimumOf({ ...HCMC_PROFILE, registrationMinimumPerUnit: 3 }), 3);
  });
});

describe('registration campaigns: reminders in working days before the deadline, escalation after it', () => {
  // Friday 2026-05-15; five working days before is Friday 2026-05-08, one is Thursday 2026-05-14.
  const deadline = '2026-05-15';
  const table: [string, number | undefined, boolean][] = [
    ['2026-05-01', undefined, false],
    ['2026-05-07', undefined, false],
    ['2026-05-08', -5, false],
    ['2026-05-10', -5, false], // a Sunday: still the five-day reminder, not a new one
    ['2026-05-14', -1, false],
    ['2026-05-15', -1, false], // the deadline itself: the last reminder still holds
    ['2026-05-16', undefined, true],
    ['2026-06-30', undefined, true],
  ];
  for (const [today, reminder, escalate] of table) {
    it(`on ${today}: reminder ${reminder ?? 'none'}, escalation ${escalate}`, () => {
      assert.equal(campaignReminderDue(deadline, today, cal), reminder);
      assert.equal(escalationDue(deadline, today), escalate);
    });
  }

  it('skips the days off of the legal calendar (30 April and 1 May 2026)', () => {
    // Five working days before Thursday 2026-05-07: 6, 5, 4, (1, 30/4 off, 2, 3 weekend), 29, 28.
    assert.equal(campaignReminderDue('2026-05-07', '2026-04-27', cal), undefined);
    assert.equal(campaignReminderDue('2026-05-07', '2026-04-28', cal), -5);
  });
});

describe('registration campaigns: who may open, close and follow them (rule table)', () => {
  const root = 'root';
  const hcm = 'hcm';
  const dept = 'dept';
  const actor = (grants: Actor['grants']): Actor => ({ personId: 'p', unitId: dept, grants });
  const g = (role: Actor['grants'][number]['role'], unitId: string, includeSubtree = false) => ({
    role,
    unitId,
    includeSubtree,
  });
  const table: [string, Actor, boolean][] = [
    ['an organisation officer of the city (subtree)', actor([g('org_officer', hcm, true)]), true],
    ['an organisation officer of the city (unit alone)', actor([g('org_officer', hcm)]), true],
    ['a national administrator', actor([g('administrator', root)]), true],
    ['an organisation officer of a department below', actor([g('org_officer', dept, true)]), false],
    ['the head of the city', actor([g('head', hcm)]), false],
    ['a proposer', actor([g('proposer', dept)]), false],
    ['an organisation officer above without the subtree', actor([g('org_officer', root)]), false],
  ];
  for (const [who, a, allowed] of table) {
    it(`${who}: ${allowed ? 'may' : 'may not'} open or close a city campaign`, () => {
      assert.equal(mayOnCampaign(a, 'open', [root, hcm]), allowed);
      assert.equal(mayOnCampaign(a, 'close', [root, hcm]), allowed);
    });
  }
  it('an officer sees compliance below their grants only', () => {
    assert.deepEqual(complianceViewScope(actor([g('org_officer', dept, true), g('head', hcm)])), {
      subtrees: [dept],
      units: [],
    });
    assert.deepEqual(complianceViewScope(actor([g('org_officer', dept)])), { subtrees: [], units: [dept] });
  });
});
