import { Type, type Static } from 'typebox';
import type { Deadline } from '../domain/case/case-snapshot.ts';
import type { Plan, PlanChange } from './plan.ts';
import { CASE_STATES, type CaseState } from './case-states.ts';
import type { Role } from './roles.ts';

export type { Deadline };
/** The result the server computes from a meeting's ballots (Art. 8(1)). */
export type { VoteResult } from '../domain/vote/vote-rule.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
// `Unsafe` keeps the static type a `CaseState`; the union of literals is what is validated and documented.
const CaseStateSchema = Type.Unsafe<CaseState>(Type.Union(CASE_STATES.map((s) => Type.Literal(s))));

/** One line of `GET /api/cases`: what a list shows, camelCase, nothing else of the row. */
export const CaseListItemSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  title: Type.String(),
  domain: Type.String(),
  state: CaseStateSchema,
  version: Type.Integer(),
  urgent: Type.Boolean(),
  dueOn: Nullable(Type.String()),
  dueStep: Nullable(Type.String()),
  updatedAt: Type.String(),
  receivingUnit: Nullable(Type.Object({ id: Type.String(), name: Nullable(Type.String()) })),
  proposerName: Type.String(),
});
export type CaseListItem = Static<typeof CaseListItemSchema>;

export const CaseListSchema = Type.Object({
  items: Type.Array(CaseListItemSchema),
  nextCursor: Nullable(Type.String()),
});
export type CaseList = Static<typeof CaseListSchema>;

/** One line of `GET /api/worklist`: a step of the procedure, or a protection determination to work on. */
export const WorkItemSchema = Type.Object({
  code: Type.String(),
  title: Type.String(),
  state: CaseStateSchema,
  urgent: Type.Boolean(),
  version: Type.Integer(),
  task: Type.String(),
  dueOn: Nullable(Type.String()),
  dueStep: Nullable(Type.String()),
  receivingUnitName: Nullable(Type.String()),
  /** Set on a protection task: the protection case it belongs to. */
  protectionCaseId: Nullable(Type.String()),
});
export type WorkItem = Static<typeof WorkItemSchema>;

export const WorklistSchema = Type.Object({ items: Type.Array(WorkItemSchema), today: Type.String() });
export type Worklist = Static<typeof WorklistSchema>;

/** An id with the name behind it (a person or a unit); the name is null when it is not known. */
export interface Ref {
  id: string;
  name: string | null;
}

/** An event of the case's hash chain, as `GET /api/cases/{code}/events` and the case page show it. */
export const CaseEventSchema = Type.Object({
  seq: Type.Integer(),
  type: Type.String(),
  actorId: Nullable(Type.String()),
  actorRole: Nullable(Type.String()),
  actorUnitId: Nullable(Type.String()),
  actorName: Type.Optional(Nullable(Type.String())),
  occurredAt: Type.String(),
  reasons: Nullable(Type.String()),
  /** Kept whole: the hash is computed over it (see `events.ts` for each type's schema). */
  payload: Type.Unsafe<Record<string, unknown>>({ type: 'object', additionalProperties: true }),
  prevHash: Type.String(),
  hash: Type.String(),
});
export type CaseEvent = Static<typeof CaseEventSchema>;

export const CaseEventListSchema = Type.Object({
  caseId: Type.String(),
  code: Type.String(),
  items: Type.Array(CaseEventSchema),
});

/** Who must act next and on what: a person, or whoever holds a role on a unit. */
export type NextActor = { task: string; person: Ref } | { task: string; role: Role; unit: Ref };

export interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  /** The step (action) the file supports. */
  step?: string | null;
}

export interface PartyOpinionFact {
  stage: 'approval' | 'evaluation';
  requestedOn: string;
  givenOn: string | null;
}

/** `GET /api/cases/{code}`: the case as its page shows it, with the caller's `allowedActions`. */
export interface VoteForm {
  decidingBody: string;
  headId: string;
  members: { id: string; name: string | null; head: boolean; excluded: boolean }[];
  votingMemberIds: string[];
  excludedIds: string[];
  writtenConsultation: boolean;
  ballotsCast: { personId: string; name: string | null }[];
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
  plan: Plan | null;
  planSha256: string | null;
  planVersions: { version: number; kind: string; createdBy: string; createdAt: string; changeCount: number }[];
  attachments: Attachment[];
  latestEvents: CaseEvent[];
  nextActors: NextActor[];
  relations: string[];
  allowedActions: string[];
  /** While the collective considers the case: the deciding body as the server computes it (Art. 8(1), G12). */
  vote?: VoteForm | null;
  /** Steps this person may attach a file to now; the upload is offered only for these. */
  attachableSteps: string[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  closedAt: string | null;
}

export interface PlanVersionDetail {
  version: number;
  kind: string;
  plan: Plan;
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
