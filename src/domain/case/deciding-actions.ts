import type { CaseAction } from './action-rules.ts';

/**
 * The deciding actions: each needs a second factor given within the last 15 minutes (the step-up,
 * `KHIEN_STEP_UP_MINUTES`) from a person who has one or whose role requires one. The case actions
 * come from the rule table (`action-rules.ts`); the others are decisions outside a case's states.
 * Adding an entry here protects it and puts it under test (test/auth/step-up.test.ts).
 */
export const DECIDING_CASE_ACTIONS = {
  record_vote: 'Điều 8 khoản 1: the collective’s vote',
  cast_ballot: 'Điều 8 khoản 1: a member’s written ballot',
  approve: 'Điều 8 khoản 1: the decision to pilot',
  reject: 'Điều 8 khoản 1: the decision not to pilot',
  override_rejection: 'Điều 8 khoản 1 đoạn 2: the head decides against the vote',
  decide_adjustment: 'an adjustment of the approved plan',
  direct_continue: 'Điều 6 khoản 4: continue despite a problem',
  suspend: 'Điều 6 khoản 4: suspend the pilot',
  resume: 'Điều 6 khoản 4: resume the pilot',
  terminate: 'Điều 6 khoản 4: end the pilot',
  record_evaluation: 'the evaluation of the results, the ground of protection',
  mark_as_model: 'KL 14 §2.5: a model to replicate',
  approve_publication: 'KL 14 §2.5: publication on the public showcase',
} as const satisfies Partial<Record<CaseAction, string>>;

export type DecidingCaseAction = keyof typeof DECIDING_CASE_ACTIONS;

/** Deciding actions outside the case's rule table. */
export const DECIDING_OPERATIONS = {
  protection_decision: 'Điều 11: the decision to protect a person',
  protection_revocation: 'Điều 11: revoking a protection',
  reward_decision: 'Điều 12: the reward decision',
  calendar_edit: 'the working-day calendar every legal deadline is counted in',
  role_grant: 'who may decide: granting a role',
  role_revocation: 'who may decide: revoking a role',
  second_factor_reset: 'removing a person’s second factor (a lost phone)',
} as const;

export type DecidingOperation = keyof typeof DECIDING_OPERATIONS;

export const isDecidingCaseAction = (action: string): action is DecidingCaseAction => action in DECIDING_CASE_ACTIONS;
