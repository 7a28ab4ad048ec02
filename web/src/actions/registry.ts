import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ActionFormProps } from './types';

type Form = LazyExoticComponent<ComponentType<ActionFormProps>>;

const decision = lazy(() => import('./DecisionForm'));
const directive = lazy(() => import('./DirectiveForm'));

const FORMS: Record<string, Form> = {
  set_co_proposers: lazy(() => import('./SetCoProposersForm')),
  submit: lazy(() => import('./SubmitForm')),
  withdraw: lazy(() => import('./WithdrawForm')),
  return_for_completion: lazy(() => import('./ReturnForCompletionForm')),
  resubmit: lazy(() => import('./ResubmitForm')),
  forward_to_superior: lazy(() => import('./ForwardToSuperiorForm')),
  accept_for_consideration: lazy(() => import('./AcceptForConsiderationForm')),
  request_party_opinion: lazy(() => import('./RequestPartyOpinionForm')),
  record_party_opinion: lazy(() => import('./RecordPartyOpinionForm')),
  assign_appraisers: lazy(() => import('./AssignAppraisersForm')),
  record_appraisal: lazy(() => import('./RecordAppraisalForm')),
  cast_ballot: lazy(() => import('./CastBallotForm')),
  record_vote: lazy(() => import('./RecordVoteForm')),
  approve: decision,
  override_rejection: decision,
  reject: lazy(() => import('./RejectForm')),
  assign_implementers: lazy(() => import('./AssignPeopleForm')),
  assign_inspectors: lazy(() => import('./AssignPeopleForm')),
  allocate_resources: lazy(() => import('./AllocateResourcesForm')),
  report_progress: lazy(() => import('./ReportProgressForm')),
  record_inspection: lazy(() => import('./RecordInspectionForm')),
  decide_adjustment: lazy(() => import('./DecideAdjustmentForm')),
  direct_continue: directive,
  suspend: directive,
  resume: directive,
  terminate: directive,
  declare_completed: lazy(() => import('./DeclareCompletedForm')),
  submit_completion_report: lazy(() => import('./CompletionReportForm')),
  record_evaluation: lazy(() => import('./RecordEvaluationForm')),
  mark_as_model: lazy(() => import('./MarkAsModelForm')),
  approve_publication: lazy(() => import('./ApprovePublicationForm')),
  withdraw_publication: lazy(() => import('./RejectForm')),
  propose_institutionalisation: lazy(() => import('./ProposeInstitutionalisationForm')),
  record_regulation_issued: lazy(() => import('./RecordRegulationIssuedForm')),
};

export function formFor(action: string): Form {
  const form = FORMS[action];
  if (!form) throw new Error(`no form for ${action}`);
  return form;
}
