/**
 * Who may do what in which state, written out from legal-procedure.md §(b), §(c) (steps 1–11)
 * and the suggested state machine — independently of src/domain/case/action-rules.ts, which the
 * tests compare against it.
 */
import type { CaseSnapshot } from '../../../src/domain/case/case-snapshot.ts';
import type { CaseAction } from '../../../src/domain/case/action-rules.ts';
import type { Relation } from '../../../src/domain/case/relations.ts';
import type { CaseState } from '../../../src/domain/case/states.ts';

export interface SpecRule {
  states: CaseState[];
  who: Relation[];
  /** Extra condition on the case: the 409 code explaining why it is not open yet, or null. */
  guard?: (c: CaseSnapshot, me: string) => string | null;
}

const stageOf = (c: CaseSnapshot) => (c.state === 'completion_reported' ? 'evaluation' : 'approval');
const openRequest = (c: CaseSnapshot) => c.partyOpinions.some((o) => o.stage === stageOf(c) && o.givenOn === null);
/** Art. 4: the Party committee's opinion must have been given before approval / evaluation, where the profile says so. */
const opinionLacking = (c: CaseSnapshot, stage: 'approval' | 'evaluation') =>
  (stage === 'approval' ? c.profile.partyOpinionBeforeApproval : c.profile.partyOpinionBeforeEvaluation) &&
  !c.partyOpinions.some((o) => o.stage === stage && o.givenOn !== null);
/** Step 6: a required appraisal needs appraisers, all of whom have answered. */
const appraisalLacking = (c: CaseSnapshot) =>
  c.profile.appraisal === 'required' && (c.appraisers.length === 0 || c.appraisers.some((a) => !a.answered));

const PRE_DECISION: CaseState[] = ['submitted', 'returned_for_completion', 'under_consideration'];
const RUNNING: CaseState[] = ['in_implementation', 'suspended'];

export const SPEC: Record<CaseAction, SpecRule> = {
  // Step 1: the proposer (with co-proposers) drafts the Art. 7(2) plan; only the proposer files it.
  update_plan: { states: ['draft', 'returned_for_completion'], who: ['proposer', 'co_proposer'] },
  set_co_proposers: { states: ['draft'], who: ['proposer'] },
  submit: { states: ['draft'], who: ['proposer'] },
  withdraw: { states: ['draft', ...PRE_DECISION], who: ['proposer'] },
  // Step 2–4: the head of the receiving unit handles intake.
  return_for_completion: { states: ['submitted', 'under_consideration'], who: ['head'] },
  resubmit: { states: ['returned_for_completion'], who: ['proposer'] },
  forward_to_superior: { states: ['submitted'], who: ['head'] },
  accept_for_consideration: { states: ['submitted'], who: ['head'] },
  // Steps 3 and 10: the leadership asks the same-level Party committee, whose liaison answers.
  request_party_opinion: {
    states: ['under_consideration', 'completion_reported'],
    who: ['collective_member'],
    guard: (c) => (openRequest(c) ? 'party_opinion_already_requested' : null),
  },
  record_party_opinion: {
    states: ['under_consideration', 'completion_reported'],
    who: ['party_liaison'],
    guard: (c) => (openRequest(c) ? null : 'party_opinion_not_requested'),
  },
  // Step 6: optional appraisal body for wide-scope proposals.
  assign_appraisers: {
    states: ['under_consideration'],
    who: ['head'],
    guard: (c) => (c.profile.appraisal === 'none' ? 'appraisal_not_in_profile' : null),
  },
  record_appraisal: {
    states: ['under_consideration'],
    who: ['assigned_appraiser'],
    guard: (c, me) =>
      c.appraisers.some((a) => a.personId === me && !a.answered) ? null : 'appraisal_already_recorded',
  },
  // Step 4–5: the head chairs and records the vote, then approves, overrides or rejects.
  record_vote: {
    states: ['under_consideration'],
    who: ['head'],
    guard: (c) =>
      opinionLacking(c, 'approval') ? 'party_opinion_required' : appraisalLacking(c) ? 'appraisal_required' : null,
  },
  // G12: where the profile allows a written consultation, each member casts one ballot in the application.
  cast_ballot: {
    states: ['under_consideration'],
    who: ['collective_member'],
    guard: (c, me) =>
      !c.profile.voteRule.writtenConsultation
        ? 'written_consultation_not_allowed'
        : opinionLacking(c, 'approval')
          ? 'party_opinion_required'
          : appraisalLacking(c)
            ? 'appraisal_required'
            : (c.writtenBallots ?? []).some((b) => b.personId === me)
              ? 'ballot_already_cast'
              : c.proposerId === me || c.coProposerIds.includes(me)
                ? 'voter_excluded'
                : null,
  },
  approve: { states: ['vote_passed'], who: ['head'] },
  override_rejection: {
    states: ['vote_failed'],
    who: ['head'],
    guard: (c) => (c.profile.headOverrideAllowed ? null : 'override_not_allowed'),
  },
  reject: { states: ['vote_failed'], who: ['head'] },
  // Step 8: implementation, directives to continue / suspend / stop.
  assign_implementers: { states: RUNNING, who: ['head'] },
  assign_inspectors: { states: RUNNING, who: ['head', 'inspector_in_scope'] },
  allocate_resources: { states: ['in_implementation'], who: ['head'] },
  report_progress: { states: ['in_implementation'], who: ['proposer', 'co_proposer', 'assigned_implementer'] },
  record_inspection: {
    states: [...RUNNING, 'awaiting_completion_report', 'completion_reported'],
    who: ['assigned_inspector', 'inspector_in_scope'],
  },
  propose_adjustment: {
    states: ['in_implementation'],
    who: ['proposer', 'co_proposer'],
    guard: (c) => (c.pendingAdjustment ? 'adjustment_pending' : null),
  },
  decide_adjustment: {
    states: ['in_implementation'],
    who: ['head'],
    guard: (c) => (c.pendingAdjustment ? null : 'no_adjustment_pending'),
  },
  direct_continue: { states: ['in_implementation'], who: ['head'] },
  suspend: { states: ['in_implementation'], who: ['head'] },
  resume: { states: ['suspended'], who: ['head'] },
  terminate: { states: RUNNING, who: ['head'] },
  declare_completed: { states: ['in_implementation'], who: ['proposer', 'co_proposer', 'assigned_implementer'] },
  // Step 9 and §(f): "Actor: proposer / implementers" — the implementers report too.
  submit_completion_report: {
    states: ['awaiting_completion_report', 'terminated'],
    who: ['proposer', 'co_proposer', 'assigned_implementer'],
  },
  // Steps 10–11: after the Party's opinion, the head chairs the evaluation meeting.
  record_evaluation: {
    states: ['completion_reported'],
    who: ['head'],
    guard: (c) => (opinionLacking(c, 'evaluation') ? 'party_opinion_required' : null),
  },
  // KL14 §2.5 after the evaluation: the deciding head marks a completed initiative as a model,
  // approves (or withdraws) its publication, and proposes to institutionalise it.
  mark_as_model: {
    states: ['evaluated'],
    who: ['head'],
    guard: (c) =>
      c.afterEvaluation?.model
        ? 'already_a_model'
        : c.afterEvaluation?.outcome && c.afterEvaluation.outcome !== 'completed'
          ? 'model_needs_completed_outcome'
          : null,
  },
  approve_publication: {
    states: ['evaluated'],
    who: ['head'],
    guard: (c) => (c.afterEvaluation?.published ? 'already_published' : null),
  },
  withdraw_publication: {
    states: ['evaluated'],
    who: ['head'],
    guard: (c) => (c.afterEvaluation?.published ? null : 'not_published'),
  },
  propose_institutionalisation: {
    states: ['evaluated'],
    who: ['head'],
    guard: (c) => (c.afterEvaluation?.institutionalisation ? 'institutionalisation_already_proposed' : null),
  },
  record_regulation_issued: {
    states: ['evaluated'],
    who: ['head'],
    guard: (c) => (c.afterEvaluation?.institutionalisation === 'proposed' ? null : 'no_institutionalisation_pending'),
  },
};

export const ACTIONS = Object.keys(SPEC) as CaseAction[];

/** Whether the spec lets someone holding `relations` take `action` on `c` now. */
export function specAllows(action: CaseAction, c: CaseSnapshot, me: string, relations: readonly Relation[]): boolean {
  const rule = SPEC[action];
  return (
    rule.states.includes(c.state) &&
    rule.who.some((w) => relations.includes(w)) &&
    (rule.guard?.(c, me) ?? null) === null
  );
}
