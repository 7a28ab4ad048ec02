import type { IsoDate } from '../calendar/working-calendar.ts';
import type { ProcedureProfile } from '../profile/procedure-profile.ts';
import type { CaseState } from './states.ts';

export const ROLES = [
  'proposer',
  'head',
  'deputy',
  'party_liaison',
  'appraiser',
  'implementer',
  'inspector',
  'org_officer',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  unitId: string;
  role: Role;
  /** The grant reaches every unit below `unitId` too. */
  includeSubtree: boolean;
}

export interface Actor {
  personId: string;
  unitId: string;
  grants: RoleGrant[];
}

export type DeadlineStep = 'consideration' | 'party_opinion' | 'appraisal' | 'completion_report' | 'evaluation';

export interface Deadline {
  step: DeadlineStep;
  startedOn: IsoDate;
  dueOn: IsoDate | null;
  status: 'open' | 'paused' | 'met' | 'cancelled';
  /** Working days left when the clock was paused. */
  remainingDays: number | null;
}

export type PartyStage = 'approval' | 'evaluation';

/** What the domain needs to know about a case to decide who may do what. */
export interface CaseSnapshot {
  id: string;
  state: CaseState;
  version: number;
  proposerId: string;
  coProposerIds: string[];
  proposerUnitId: string;
  /** The unit whose head receives and decides the case (null while a draft). */
  receivingUnitId: string | null;
  /** The same-level Party committee of the receiving unit. */
  receivingPartyUnitId: string | null;
  /** Every unit the case has been routed to, in order; and all their ancestors. */
  routeUnitIds: string[];
  routeAncestorIds: string[];
  /** The Party committees of the route's units, in the same order. */
  routePartyUnitIds: string[];
  appraisers: { personId: string; answered: boolean }[];
  implementerIds: string[];
  inspectorIds: string[];
  partyOpinions: { stage: PartyStage; requestedOn: IsoDate; givenOn: IsoDate | null }[];
  pendingAdjustment: boolean;
  /** Ballots members cast in the application on the current plan (written consultation, G12). */
  writtenBallots?: { personId: string; vote: 'for' | 'against' | 'abstain' }[];
  deadlines: Deadline[];
  profile: ProcedureProfile;
  /** After the evaluation (KL14 §2.5): its outcome, and what became of the initiative since. */
  afterEvaluation?: AfterEvaluation;
}

/** The initiative after its evaluation: a model to replicate, published, proposed for a regulation. */
export interface AfterEvaluation {
  /** Unknown for a case evaluated before the outcome was kept with the case. */
  outcome: string | null;
  model: boolean;
  published: boolean;
  institutionalisation: 'proposed' | 'issued' | null;
}
