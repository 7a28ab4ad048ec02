/** Every state a proposal case can be in. */
export const CASE_STATES = [
  'draft',
  'submitted',
  'returned_for_completion',
  'under_consideration',
  'vote_passed',
  'vote_failed',
  'in_implementation',
  'suspended',
  'awaiting_completion_report',
  'terminated',
  'completion_reported',
  'evaluated',
  'rejected',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States from which nothing further happens in the approval and implementation procedure. */
export const FINAL_STATES: readonly CaseState[] = ['evaluated', 'rejected', 'withdrawn'];

/** States before the head's decision: the proposer may still withdraw. */
export const BEFORE_DECISION: readonly CaseState[] = ['submitted', 'returned_for_completion', 'under_consideration'];

export const WITHDRAWAL_REASONS = [
  'no_longer_needed',
  'resolved_otherwise',
  'insufficient_resources',
  'beyond_authority',
  'personal_reasons',
  'other',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const DOMAINS = [
  'economy',
  'culture',
  'society',
  'defence_security',
  'party_building',
  'government_building',
  'mass_mobilisation',
] as const;
