import type { CaseAction } from '../../../domain/case/action-rules.ts';
import type { CaseActionDef } from '../case-action.ts';
import { acceptForConsideration } from './accept-for-consideration.ts';
import { allocateResources } from './allocate-resources.ts';
import { approveProposal } from './approve.ts';
import { assignAppraisers } from './assign-appraisers.ts';
import { assignImplementers } from './assign-implementers.ts';
import { assignInspectors } from './assign-inspectors.ts';
import { castBallot } from './cast-ballot.ts';
import { decideAdjustment } from './decide-adjustment.ts';
import { declareCompleted } from './declare-completed.ts';
import { directContinue, resumeImplementation, suspendImplementation, terminateImplementation } from './directives.ts';
import { forwardToSuperior } from './forward-to-superior.ts';
import { proposeInstitutionalisation, recordRegulationIssued } from './institutionalisation.ts';
import { markAsModel } from './mark-as-model.ts';
import { approvePublication, withdrawPublication } from './publication.ts';
import { overrideRejection } from './override-rejection.ts';
import { proposeAdjustment } from './propose-adjustment.ts';
import { recordAppraisal } from './record-appraisal.ts';
import { recordEvaluation } from './record-evaluation.ts';
import { recordInspection } from './record-inspection.ts';
import { recordPartyOpinion } from './record-party-opinion.ts';
import { recordVote } from './record-vote.ts';
import { rejectProposal } from './reject.ts';
import { reportProgress } from './report-progress.ts';
import { requestPartyOpinion } from './request-party-opinion.ts';
import { resubmitProposal } from './resubmit.ts';
import { returnForCompletion } from './return-for-completion.ts';
import { setCoProposers } from './set-co-proposers.ts';
import { submitCompletionReport } from './submit-completion-report.ts';
import { submitProposal } from './submit.ts';
import { updatePlan } from './update-plan.ts';
import { withdrawProposal } from './withdraw.ts';

/**
 * Every use case of the procedure, by action name: the HTTP layer registers one route for each.
 * `satisfies` makes `tsc` refuse a registry that misses an action of the rule table, or files a
 * use case under another action's name.
 */
export const CASE_ACTION_DEFS = {
  update_plan: updatePlan,
  set_co_proposers: setCoProposers,
  submit: submitProposal,
  withdraw: withdrawProposal,
  return_for_completion: returnForCompletion,
  resubmit: resubmitProposal,
  forward_to_superior: forwardToSuperior,
  accept_for_consideration: acceptForConsideration,
  request_party_opinion: requestPartyOpinion,
  record_party_opinion: recordPartyOpinion,
  assign_appraisers: assignAppraisers,
  record_appraisal: recordAppraisal,
  cast_ballot: castBallot,
  record_vote: recordVote,
  approve: approveProposal,
  override_rejection: overrideRejection,
  reject: rejectProposal,
  assign_implementers: assignImplementers,
  assign_inspectors: assignInspectors,
  allocate_resources: allocateResources,
  report_progress: reportProgress,
  record_inspection: recordInspection,
  propose_adjustment: proposeAdjustment,
  decide_adjustment: decideAdjustment,
  direct_continue: directContinue,
  suspend: suspendImplementation,
  resume: resumeImplementation,
  terminate: terminateImplementation,
  declare_completed: declareCompleted,
  submit_completion_report: submitCompletionReport,
  record_evaluation: recordEvaluation,
  mark_as_model: markAsModel,
  approve_publication: approvePublication,
  withdraw_publication: withdrawPublication,
  propose_institutionalisation: proposeInstitutionalisation,
  record_regulation_issued: recordRegulationIssued,
} satisfies { [A in CaseAction]: CaseActionDef & { action: A } } as Record<CaseAction, CaseActionDef>;
