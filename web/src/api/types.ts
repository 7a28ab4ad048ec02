// The server's contract (src/contract): the web app imports its types and lists from there only.
export { CASE_STATES, type CaseState } from '@contract/case-states';
export { ROLES, type Role } from '@contract/roles';
export type {
  Attachment,
  CaseDetail,
  CaseEvent,
  CaseListItem,
  Deadline,
  NextActor,
  PartyOpinionFact,
  PlanVersionDetail,
  RecordProblem,
  Ref,
  VerifyResult,
  VoteForm,
  WorkItem,
} from '@contract/case-views';
export type { CodeName, Grant, Me, Person, Position, ProfileVersion, Unit, UnitDetail } from '@contract/org-views';
export type { PlanChange } from '@contract/plan';
