import type { Db, Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import { getPlanVersion } from '../../db/repositories/plan-repository.ts';
import type { EvaluationOutcome } from '../../domain/protection/index.ts';
import type { RiskEntry } from '../../domain/plan/proposal-plan.ts';
import { readEventPayload } from '../../contract/events.ts';

/**
 * What protection and rewards read from a proposal's history: the evaluation, the approved plan's
 * risk register, who signed an override, and whether the head found Art. 5(1) met at intake.
 * Everything comes from recorded events and plan versions, never from editable fields.
 */
export interface EvaluationRecord {
  seq: number;
  outcome: EvaluationOutcome;
  damage: { occurred: boolean; estimateVnd?: number };
  causes: { objective: string; subjective: string };
  meetingOn: string;
  conclusion: string;
}

export async function latestEvaluation(db: Db | Tx, caseId: string): Promise<EvaluationRecord | null> {
  const row = await db
    .selectFrom('case_events')
    .select(['seq', 'payload'])
    .where('case_id', '=', caseId)
    .where('type', '=', 'evaluated')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const p = readEventPayload('evaluated', row.payload);
  return {
    seq: row.seq,
    outcome: p.outcome,
    damage: p.damage,
    causes: p.causes,
    meetingOn: p.meetingOn,
    conclusion: p.conclusion,
  };
}

/** The risk register of the plan version that was approved (or approved by override). */
export async function approvedRisks(db: Db | Tx, row: CaseRow): Promise<RiskEntry[]> {
  if (row.approved_plan_version === null) return [];
  const version = await getPlanVersion(db, row.id, row.approved_plan_version);
  return version?.plan.risks ?? [];
}

/** Heads who decided to implement in writing after the collective rejected (Art. 8(1), second paragraph). */
export async function overrideSigners(db: Db | Tx, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('case_events')
    .select('actor_id')
    .where('case_id', '=', caseId)
    .where('type', '=', 'rejection_overridden')
    .orderBy('seq')
    .execute();
  return [...new Set(rows.map((r) => r.actor_id).filter((id): id is string => id !== null))];
}

/** Intake refuses a proposal unless every Art. 5(1) condition is found, so acceptance records that they were met. */
export async function art5Clause1Met(db: Db | Tx, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_events')
    .select('payload')
    .where('case_id', '=', caseId)
    .where('type', '=', 'accepted_for_consideration')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return false;
  const c = readEventPayload('accepted_for_consideration', row.payload).conditions;
  return !!(c.removesBottleneck && c.commonGood && c.urgentPracticalNeed && c.noAdverseEffect);
}
