import type { CaseSnapshot, PartyStage } from './case-snapshot.ts';
import type { ClockEffect } from './clock-effects.ts';
import type { Relation } from './relations.ts';
import { BEFORE_DECISION, type CaseState } from './states.ts';

/**
 * The rule table of the procedure: for each action, the states it may be taken in, the
 * relations to the case that may take it, where it leads, and any extra condition on the case.
 * The state machine, the permission check and the UI's list of buttons are all read from here.
 */
export interface ActionRule {
  from: readonly CaseState[];
  who: readonly Relation[];
  /** The state after the action; `same` keeps the state; `by_outcome` is decided by the action's input. */
  to: CaseState | 'same' | 'by_outcome';
  /**
   * A condition on the case beyond its state (input-independent): returns the error code that
   * explains why the action is not open yet, or null when it is.
   */
  when?: (c: CaseSnapshot, personId: string) => string | null;
  /** Legal ground shown with the action. */
  ground?: string;
  /** What the action does to the legal clock (see `clock-effects.ts`); none leaves it as it is. */
  clock?: readonly ClockEffect[];
}

/** The case is closed: no clock runs any more. */
const CLOSE_CLOCKS: readonly ClockEffect[] = [{ op: 'cancel_all' }];

const HEAD_ONLY = ['head'] as const;
const PROPOSERS = ['proposer', 'co_proposer'] as const;
const IMPLEMENTATION: readonly CaseState[] = ['in_implementation', 'suspended'];

const openPartyRequest = (c: CaseSnapshot, stage: PartyStage) =>
  c.partyOpinions.some((p) => p.stage === stage && p.givenOn === null);
const partyStage = (c: CaseSnapshot): PartyStage => (c.state === 'completion_reported' ? 'evaluation' : 'approval');

/** Art. 4: the same-level Party committee's opinion comes before approval and before evaluation, where the profile requires it. */
export function partyOpinionMissing(c: CaseSnapshot, stage: PartyStage): boolean {
  const required = stage === 'approval' ? c.profile.partyOpinionBeforeApproval : c.profile.partyOpinionBeforeEvaluation;
  return required && !c.partyOpinions.some((p) => p.stage === stage && p.givenOn !== null);
}

const appraisalMissing = (c: CaseSnapshot) =>
  c.profile.appraisal === 'required' && (c.appraisers.length === 0 || c.appraisers.some((a) => !a.answered));

export const ACTION_RULES = {
  update_plan: { from: ['draft', 'returned_for_completion'], who: PROPOSERS, to: 'same', ground: 'Điều 7 khoản 2' },
  set_co_proposers: { from: ['draft'], who: ['proposer'], to: 'same' },
  submit: {
    from: ['draft'],
    who: ['proposer'],
    to: 'submitted',
    ground: 'Điều 7 khoản 3, 4',
    // The superior level's time limit is a setting (G2), not Art. 8(1)'s 7 days.
    clock: [
      {
        op: 'start',
        step: 'consideration',
        days: 'considerationMeetingDays',
        superiorDays: 'superiorConsiderationDays',
      },
    ],
  },
  withdraw: { from: ['draft', ...BEFORE_DECISION], who: ['proposer'], to: 'withdrawn', clock: CLOSE_CLOCKS },
  return_for_completion: {
    from: ['submitted', 'under_consideration'],
    who: HEAD_ONLY,
    to: 'returned_for_completion',
    clock: [{ op: 'hold', step: 'consideration' }],
  },
  resubmit: {
    from: ['returned_for_completion'],
    who: ['proposer'],
    to: 'submitted',
    clock: [{ op: 'release', step: 'consideration', days: 'considerationMeetingDays' }],
  },
  forward_to_superior: {
    from: ['submitted'],
    who: HEAD_ONLY,
    to: 'same',
    ground: 'Điều 4 khoản 2',
    // The superior unit receives the plan today: its own time limit (a setting, G2) starts now.
    clock: [
      { op: 'cancel', step: 'consideration' },
      { op: 'start', step: 'consideration', days: 'superiorConsiderationDays' },
    ],
  },
  accept_for_consideration: {
    from: ['submitted'],
    who: HEAD_ONLY,
    to: 'under_consideration',
    ground: 'Điều 5 khoản 1',
  },
  request_party_opinion: {
    from: ['under_consideration', 'completion_reported'],
    who: ['collective_member'],
    to: 'same',
    ground: 'Điều 4',
    when: (c) => (openPartyRequest(c, partyStage(c)) ? 'party_opinion_already_requested' : null),
    clock: [{ op: 'start', step: 'party_opinion', days: 'partyOpinionDays', onlyWithLimit: true }],
  },
  record_party_opinion: {
    from: ['under_consideration', 'completion_reported'],
    who: ['party_liaison'],
    to: 'same',
    ground: 'Điều 4',
    when: (c) => (openPartyRequest(c, partyStage(c)) ? null : 'party_opinion_not_requested'),
    clock: [{ op: 'end', step: 'party_opinion' }],
  },
  assign_appraisers: {
    from: ['under_consideration'],
    who: HEAD_ONLY,
    to: 'same',
    ground: 'Điều 8 khoản 2',
    when: (c) => (c.profile.appraisal === 'none' ? 'appraisal_not_in_profile' : null),
    clock: [{ op: 'start', step: 'appraisal', days: 'appraisalDays', onlyWithLimit: true }],
  },
  record_appraisal: {
    from: ['under_consideration'],
    who: ['assigned_appraiser'],
    to: 'same',
    when: (c, me) => (c.appraisers.some((a) => a.personId === me && !a.answered) ? null : 'appraisal_already_recorded'),
    clock: [{ op: 'end', step: 'appraisal', onlyWhen: 'last_appraisal' }],
  },
  record_vote: {
    from: ['under_consideration'],
    who: HEAD_ONLY,
    to: 'by_outcome',
    ground: 'Điều 8 khoản 1',
    when: (c) =>
      partyOpinionMissing(c, 'approval') ? 'party_opinion_required' : appraisalMissing(c) ? 'appraisal_required' : null,
    clock: [
      { op: 'end', step: 'consideration' },
      { op: 'end', step: 'party_opinion' },
      { op: 'end', step: 'appraisal' },
    ],
  },
  cast_ballot: {
    from: ['under_consideration'],
    who: ['collective_member'],
    to: 'same',
    ground: 'Điều 8 khoản 1',
    // G12: only where the profile allows a written consultation; one ballot per member, after the
    // Party opinion and appraisal the vote itself would wait for.
    when: (c, me) =>
      !c.profile.voteRule.writtenConsultation
        ? 'written_consultation_not_allowed'
        : partyOpinionMissing(c, 'approval')
          ? 'party_opinion_required'
          : appraisalMissing(c)
            ? 'appraisal_required'
            : (c.writtenBallots ?? []).some((b) => b.personId === me)
              ? 'ballot_already_cast'
              : c.proposerId === me || c.coProposerIds.includes(me)
                ? 'voter_excluded'
                : null,
  },
  approve: { from: ['vote_passed'], who: HEAD_ONLY, to: 'in_implementation', ground: 'Điều 8 khoản 1' },
  override_rejection: {
    from: ['vote_failed'],
    who: HEAD_ONLY,
    to: 'in_implementation',
    ground: 'Điều 8 khoản 1 đoạn 2',
    when: (c) => (c.profile.headOverrideAllowed ? null : 'override_not_allowed'),
  },
  reject: { from: ['vote_failed'], who: HEAD_ONLY, to: 'rejected', ground: 'Điều 8 khoản 1', clock: CLOSE_CLOCKS },
  assign_implementers: { from: IMPLEMENTATION, who: HEAD_ONLY, to: 'same', ground: 'Điều 6 khoản 4' },
  assign_inspectors: { from: IMPLEMENTATION, who: ['head', 'inspector_in_scope'], to: 'same' },
  allocate_resources: { from: ['in_implementation'], who: HEAD_ONLY, to: 'same', ground: 'Điều 10 khoản 2' },
  report_progress: {
    from: ['in_implementation'],
    who: [...PROPOSERS, 'assigned_implementer'],
    to: 'same',
  },
  record_inspection: {
    from: [...IMPLEMENTATION, 'awaiting_completion_report', 'completion_reported'],
    who: ['assigned_inspector', 'inspector_in_scope'],
    to: 'same',
  },
  propose_adjustment: {
    from: ['in_implementation'],
    who: PROPOSERS,
    to: 'same',
    when: (c) => (c.pendingAdjustment ? 'adjustment_pending' : null),
  },
  decide_adjustment: {
    from: ['in_implementation'],
    who: HEAD_ONLY,
    to: 'same',
    when: (c) => (c.pendingAdjustment ? null : 'no_adjustment_pending'),
  },
  direct_continue: { from: ['in_implementation'], who: HEAD_ONLY, to: 'same', ground: 'Điều 6 khoản 4' },
  suspend: { from: ['in_implementation'], who: HEAD_ONLY, to: 'suspended', ground: 'Điều 6 khoản 4' },
  resume: { from: ['suspended'], who: HEAD_ONLY, to: 'in_implementation', ground: 'Điều 6 khoản 4' },
  terminate: {
    from: IMPLEMENTATION,
    who: HEAD_ONLY,
    to: 'terminated',
    ground: 'Điều 6 khoản 4',
    // A terminated pilot still owes a report of what was done; its clock is an inference, a setting.
    clock: [{ op: 'cancel_all' }, { op: 'start', step: 'completion_report', days: 'terminationReportDays' }],
  },
  declare_completed: {
    from: ['in_implementation'],
    who: [...PROPOSERS, 'assigned_implementer'],
    to: 'awaiting_completion_report',
    clock: [{ op: 'start', step: 'completion_report', days: 'completionReportDays', from: 'completed_on' }],
  },
  submit_completion_report: {
    from: ['awaiting_completion_report', 'terminated'],
    who: [...PROPOSERS, 'assigned_implementer'],
    to: 'completion_reported',
    // The evaluation article's number is an inference (open question G5): cited by its subject.
    ground: 'Nghị định 73, điều về đánh giá kết quả (số điều chưa xác minh), khoản 1',
    clock: [
      { op: 'end', step: 'completion_report' },
      { op: 'start', step: 'evaluation', days: 'evaluationMeetingDays' },
    ],
  },
  record_evaluation: {
    from: ['completion_reported'],
    who: HEAD_ONLY,
    to: 'evaluated',
    ground: 'Nghị định 73, điều về đánh giá kết quả (số điều chưa xác minh), khoản 2',
    when: (c) => (partyOpinionMissing(c, 'evaluation') ? 'party_opinion_required' : null),
    clock: [
      { op: 'end', step: 'evaluation' },
      { op: 'end', step: 'party_opinion' },
    ],
  },
  // KL14 §2.5: review, replication of good models, institutionalisation. After the evaluation the
  // deciding head keeps the initiative's record going; none of these changes its state.
  mark_as_model: {
    from: ['evaluated'],
    who: HEAD_ONLY,
    to: 'same',
    ground: 'Kết luận 14-KL/TW mục 2.5',
    when: (c) => {
      const after = c.afterEvaluation;
      if (after?.model) return 'already_a_model';
      return after?.outcome === null || after?.outcome === undefined || after.outcome === 'completed'
        ? null
        : 'model_needs_completed_outcome';
    },
  },
  approve_publication: {
    from: ['evaluated'],
    who: HEAD_ONLY,
    to: 'same',
    ground: 'Kết luận 14-KL/TW mục 2.5',
    when: (c) => (c.afterEvaluation?.published ? 'already_published' : null),
  },
  withdraw_publication: {
    from: ['evaluated'],
    who: HEAD_ONLY,
    to: 'same',
    when: (c) => (c.afterEvaluation?.published ? null : 'not_published'),
  },
  propose_institutionalisation: {
    from: ['evaluated'],
    who: HEAD_ONLY,
    to: 'same',
    ground: 'Kết luận 14-KL/TW mục 2.5',
    when: (c) => (c.afterEvaluation?.institutionalisation ? 'institutionalisation_already_proposed' : null),
  },
  record_regulation_issued: {
    from: ['evaluated'],
    who: HEAD_ONLY,
    to: 'same',
    when: (c) => (c.afterEvaluation?.institutionalisation === 'proposed' ? null : 'no_institutionalisation_pending'),
  },
} as const satisfies Record<string, ActionRule>;

export type CaseAction = keyof typeof ACTION_RULES;
export const CASE_ACTIONS = Object.keys(ACTION_RULES) as CaseAction[];

export function ruleFor(action: CaseAction): ActionRule {
  return ACTION_RULES[action];
}
