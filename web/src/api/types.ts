export type Role = 'proposer' | 'head' | 'deputy' | 'party_liaison' | 'appraiser' | 'implementer' | 'inspector' | 'org_officer' | 'administrator';
export const ROLES: Role[] = ['proposer', 'head', 'deputy', 'party_liaison', 'appraiser', 'implementer', 'inspector', 'org_officer', 'administrator'];

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

export interface Grant {
  id: string;
  unitId: string;
  unitName: string;
  role: Role;
  includeSubtree: boolean;
}

export interface Me {
  id: string;
  fullName: string;
  username: string | null;
  email: string | null;
  unit: { id: string; name: string };
  position: { code: string; vi: string; en: string } | null;
  grants: Grant[];
}

export interface Ref {
  id: string;
  name: string | null;
}

export interface Deadline {
  step: string;
  startedOn: string;
  dueOn: string | null;
  status: 'open' | 'paused' | 'met' | 'cancelled';
  remainingDays: number | null;
}

export interface CaseEvent {
  seq: number;
  type: string;
  actorId: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  actorName?: string | null;
  occurredAt: string;
  reasons: string | null;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Who must act next and on what: a person, or whoever holds a role on a unit. */
export type NextActor = { task: string; person: Ref } | { task: string; role: Role; unit: Ref };

export interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface PartyOpinionFact {
  stage: 'approval' | 'evaluation';
  requestedOn: string;
  givenOn: string | null;
}

export interface CaseDetail {
  id: string;
  code: string;
  title: string;
  domain: string;
  state: CaseState;
  version: number;
  urgent: boolean;
  profile: { code: string; version: number };
  proposer: Ref;
  coProposers: Ref[];
  proposerUnit: Ref;
  receivingUnit: Ref | null;
  route: Ref[];
  appraisers: (Ref & { answered: boolean })[];
  implementers: Ref[];
  inspectors: Ref[];
  partyOpinions: PartyOpinionFact[];
  dueOn: string | null;
  dueStep: string | null;
  deadlines: Deadline[];
  planVersion: number;
  approvedPlanVersion: number | null;
  pendingAdjustmentVersion: number | null;
  plan: import('./plan').Plan | null;
  planSha256: string | null;
  planVersions: { version: number; kind: string; createdBy: string; createdAt: string; changeCount: number }[];
  attachments: Attachment[];
  latestEvents: CaseEvent[];
  nextActors: NextActor[];
  relations: string[];
  allowedActions: string[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  closedAt: string | null;
}

export interface CaseListItem {
  id: string;
  code: string;
  title: string;
  domain: string;
  state: CaseState;
  version: number;
  urgent: boolean;
  due_on: string | null;
  due_step: string | null;
  updated_at: string;
  receiving_unit_id: string | null;
  receiving_unit_name: string | null;
  proposer_name: string;
}

export interface WorkItem {
  code: string;
  title: string;
  state: CaseState;
  urgent: boolean;
  version: number;
  task: string;
  due_on: string | null;
  due_step: string | null;
  receiving_unit_name: string | null;
  /** Set on a protection task: the protection case it belongs to. */
  protection_case_id: string | null;
}

export interface PlanChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface PlanVersionDetail {
  version: number;
  kind: string;
  plan: import('./plan').Plan;
  changes: PlanChange[];
  createdBy: string;
  createdAt: string;
  sha256: string;
}

/** One finding of the record checks (src/domain/audit/record-checks.mjs): which detector, which part, which event. */
export interface RecordProblem {
  detector: string;
  subject: string;
  message: string;
  seq?: number;
  field?: string;
}

export type VerifyResult =
  | { ok: true; events: number; headHash: string; problems: RecordProblem[]; unchecked: string[]; checkedAt: string }
  | {
      ok: false;
      events: number;
      headHash: string;
      /** Null when the fault is not in an event: the case row, a protection case, a reward. */
      brokenAtSeq: number | null;
      problem: string;
      problems: RecordProblem[];
      unchecked: string[];
      checkedAt: string;
    };

export interface Unit {
  id: string;
  code: string;
  name: string;
  type_code: string;
  parent_id: string | null;
  party_committee_unit_id: string | null;
  active: boolean;
  child_count: number;
}

export interface UnitDetail extends Omit<Unit, 'child_count'> {
  ancestor_ids: string[];
  leaders: { id: string; full_name: string; role: Role }[];
}

export interface Person {
  id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  position_code: string | null;
  active: boolean;
}

export interface CodeName {
  code: string;
  name_vi: string;
  name_en: string;
}

export interface Position extends CodeName {
  covered_by_decree: boolean;
}

export interface ProfileVersion {
  code: string;
  version: number;
  publishedAt: string;
  definition: Record<string, unknown> & { name: { vi: string; en: string }; legalBasis: string };
}
