import type { CaseRow } from './schema.ts';
import type { AfterEvaluation, CaseSnapshot, Deadline, PartyStage } from '../domain/case/case-snapshot.ts';
import type { CaseState } from '../domain/case/states.ts';
import type { ProcedureProfile } from '../domain/profile/procedure-profile.ts';
import type { VoteChoice } from '../domain/vote/vote-rule.ts';

/** The parts of a case's state that live in its `facts` column. */
export interface CaseFacts {
  coProposerIds: string[];
  appraisers: { personId: string; answered: boolean }[];
  implementerIds: string[];
  inspectorIds: string[];
  partyOpinions: { stage: PartyStage; requestedOn: string; givenOn: string | null }[];
  /** Ballots cast in a written consultation (G12), each on the plan version it was cast on. */
  writtenBallots?: { personId: string; vote: VoteChoice; planVersion: number }[];
  /** The evaluation's outcome, and what became of the initiative after it (KL14 §2.5). */
  evaluationOutcome?: string;
  model?: { markedOn: string };
  publication?: { approvedOn: string } | null;
  institutionalisation?: { status: 'proposed' | 'issued'; addressedTo: string };
}

export const EMPTY_FACTS: CaseFacts = {
  coProposerIds: [],
  appraisers: [],
  implementerIds: [],
  inspectorIds: [],
  partyOpinions: [],
};

export function factsOf(row: CaseRow): CaseFacts {
  return { ...EMPTY_FACTS, ...(row.facts as Partial<CaseFacts>) };
}

export function toSnapshot(row: CaseRow, profile: ProcedureProfile): CaseSnapshot {
  const facts = factsOf(row);
  return {
    id: row.id,
    state: row.state as CaseState,
    version: row.version,
    proposerId: row.proposer_id,
    coProposerIds: facts.coProposerIds,
    proposerUnitId: row.proposer_unit_id,
    receivingUnitId: row.receiving_unit_id,
    receivingPartyUnitId: row.route_party_unit_ids.at(-1) ?? null,
    routeUnitIds: row.route_unit_ids,
    routeAncestorIds: row.route_ancestor_ids,
    routePartyUnitIds: row.route_party_unit_ids,
    appraisers: facts.appraisers,
    implementerIds: facts.implementerIds,
    inspectorIds: facts.inspectorIds,
    partyOpinions: facts.partyOpinions,
    // A ballot counts only on the plan it was cast on: a plan returned and resubmitted is voted afresh.
    writtenBallots: (facts.writtenBallots ?? [])
      .filter((b) => b.planVersion === row.plan_version)
      .map(({ personId, vote }) => ({ personId, vote })),
    pendingAdjustment: row.pending_adjustment_version !== null,
    deadlines: row.deadlines as Deadline[],
    profile,
    afterEvaluation: afterEvaluationOf(facts),
  };
}

/** What became of the initiative after its evaluation (KL14 §2.5), from the case's facts. */
export function afterEvaluationOf(facts: CaseFacts): AfterEvaluation {
  return {
    outcome: facts.evaluationOutcome ?? null,
    model: facts.model !== undefined,
    published: !!facts.publication,
    institutionalisation: facts.institutionalisation?.status ?? null,
  };
}

/** Everyone named on the case: proposer, co-proposers and assigned people. */
