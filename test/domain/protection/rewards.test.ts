import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BENEFICIARY_KINDS,
  REWARD_FORMS,
  REWARD_FORM_IDS,
  eligibleRewardForms,
  validateRewardProposal,
  type RewardContext,
  type RewardEligibilityInput,
} from '../../../src/domain/protection/index.ts';

const completedInHcmc: RewardContext = { outcome: 'completed', art5Clause1Met: true, localOptionsEnabled: true };
const ids = (input: RewardEligibilityInput) => eligibleRewardForms(input).map((f) => f.id);
const issues = (...args: Parameters<typeof validateRewardProposal>) =>
  validateRewardProposal(...args).map((i) => `${i.path}:${i.code}`);

describe('reward forms as data', () => {
  test('each form is listed once, with labels, a legal basis and beneficiaries', () => {
    assert.deepEqual(
      REWARD_FORMS.map((f) => f.id),
      [...REWARD_FORM_IDS],
    );
    for (const f of REWARD_FORMS) {
      assert.ok(f.label.vi && f.label.en && f.legalBasis, f.id);
      assert.ok(f.beneficiaries.length > 0 && f.beneficiaries.every((b) => BENEFICIARY_KINDS.includes(b)), f.id);
      // Art. 10(1) applies "in the cases in Art. 5(1)".
      assert.equal(f.requires.art5Clause1, true, f.id);
    }
  });
});

describe('eligibleRewardForms', () => {
  test('a proposer of a completed proposal, with the HCMC options on and the HCMC rule set’s support: every form', () => {
    assert.deepEqual(
      ids({ ...completedInHcmc, ruleSetForms: ['training_funding_support'], beneficiaryKind: 'proposer' }),
      [...REWARD_FORM_IDS],
    );
    assert.ok(
      !ids({ ...completedInHcmc, beneficiaryKind: 'proposer' }).includes('training_funding_support'),
      'a support form only where the rule set offers it',
    );
  });

  test('without local options: the Decree 73 forms only', () => {
    assert.deepEqual(ids({ ...completedInHcmc, localOptionsEnabled: false, beneficiaryKind: 'implementer' }), [
      'public_commendation',
      'emulation_reward_regular',
      'early_salary_step',
      'rank_promotion_basis',
      'priority_rating_appointment_planning_rotation',
      'other',
    ]);
  });

  test('partly completed, or not yet evaluated: no form that needs completion', () => {
    const expected = [
      'public_commendation',
      'rank_promotion_basis',
      'priority_rating_appointment_planning_rotation',
      'other',
    ];
    for (const outcome of ['partly_completed', 'not_completed', null] as const) {
      assert.deepEqual(ids({ ...completedInHcmc, outcome, beneficiaryKind: 'head' }), expected);
    }
  });

  test('a unit gets no personal forms', () => {
    assert.deepEqual(ids({ ...completedInHcmc, beneficiaryKind: 'unit' }), [
      'public_commendation',
      'emulation_reward_regular',
      'emulation_reward_beyond_level',
      'other',
    ]);
  });

  test('funded training is for the person whose initiative it was', () => {
    assert.ok(!ids({ ...completedInHcmc, beneficiaryKind: 'implementer' }).includes('funded_training'));
  });

  test('nothing when Art. 5(1) is not met, or an exclusion ground was found against the person', () => {
    assert.deepEqual(ids({ ...completedInHcmc, art5Clause1Met: false, beneficiaryKind: 'proposer' }), []);
    assert.deepEqual(ids({ ...completedInHcmc, exclusionFound: true, beneficiaryKind: 'proposer' }), []);
  });
});

describe('validateRewardProposal', () => {
  test('early salary step: 1 to 12 whole months', () => {
    for (const months of [1, 12]) {
      assert.deepEqual(issues({ form: 'early_salary_step', beneficiaryKind: 'proposer', months }, completedInHcmc), []);
    }
    for (const months of [0, 13, 1.5, -1]) {
      assert.deepEqual(issues({ form: 'early_salary_step', beneficiaryKind: 'proposer', months }, completedInHcmc), [
        'months:out_of_range',
      ]);
    }
    assert.deepEqual(issues({ form: 'early_salary_step', beneficiaryKind: 'proposer' }, completedInHcmc), [
      'months:required',
    ]);
  });

  test('early salary step needs a completed proposal and a person', () => {
    const partly = { ...completedInHcmc, outcome: 'partly_completed' as const };
    assert.deepEqual(issues({ form: 'early_salary_step', beneficiaryKind: 'unit', months: 6 }, partly), [
      'beneficiaryKind:beneficiary_not_eligible',
      'form:requires_completed',
    ]);
  });

  test('beyond-level reward: completed, and only where the local option is on', () => {
    const proposal = { form: 'emulation_reward_beyond_level', beneficiaryKind: 'proposer' as const };
    assert.deepEqual(issues(proposal, completedInHcmc), []);
    assert.deepEqual(issues(proposal, { ...completedInHcmc, outcome: 'not_completed' }), ['form:requires_completed']);
    assert.deepEqual(issues(proposal, { ...completedInHcmc, localOptionsEnabled: false }), [
      'form:local_option_not_enabled',
    ]);
  });

  test('months only on the salary step; "other" must be described; unknown forms refused', () => {
    assert.deepEqual(issues({ form: 'public_commendation', beneficiaryKind: 'unit', months: 3 }, completedInHcmc), [
      'months:not_applicable',
    ]);
    assert.deepEqual(issues({ form: 'other', beneficiaryKind: 'head', description: ' ' }, completedInHcmc), [
      'description:required',
    ]);
    assert.deepEqual(
      issues({ form: 'other', beneficiaryKind: 'head', description: 'Tặng Bằng khen của Bộ trưởng' }, completedInHcmc),
      [],
    );
    assert.deepEqual(issues({ form: 'medal', beneficiaryKind: 'head' }, completedInHcmc), ['form:unknown_form']);
  });

  test('refused when Art. 5(1) is not met or an exclusion ground was found', () => {
    assert.deepEqual(
      issues(
        { form: 'public_commendation', beneficiaryKind: 'proposer' },
        { ...completedInHcmc, art5Clause1Met: false },
      ),
      ['form:art5_clause1_not_met'],
    );
    assert.deepEqual(
      issues(
        { form: 'public_commendation', beneficiaryKind: 'proposer' },
        { ...completedInHcmc, exclusionFound: true },
      ),
      ['beneficiaryKind:excluded_by_finding'],
    );
  });
});
