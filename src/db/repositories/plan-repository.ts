import { createHash } from 'node:crypto';
import { byKey } from '../by-key.ts';
import type { Db, Tx } from '../kysely.ts';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';
import { diffPlans, type PlanChange, type ProposalPlan } from '../../domain/plan/proposal-plan.ts';

export type PlanVersionKind = 'draft' | 'adjustment_proposed';

export interface PlanVersion {
  version: number;
  kind: string;
  plan: ProposalPlan;
  changes: PlanChange[];
  createdBy: string;
  createdAt: Date;
  /** SHA-256 of the canonical plan: the event that records this version carries it into the chain. */
  sha256: string;
}

export const planHash = (plan: ProposalPlan) => createHash('sha256').update(canonicalJson(plan)).digest('hex');

export async function getPlanVersion(db: Db | Tx, caseId: string, version: number): Promise<PlanVersion | undefined> {
  const r = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .modifyEnd(byKey)
    .executeTakeFirst();
  if (!r) return undefined;
  const plan = r.plan as ProposalPlan;
  return {
    version: r.version,
    kind: r.kind,
    plan,
    changes: r.changes as PlanChange[],
    createdBy: r.created_by,
    createdAt: r.created_at,
    sha256: planHash(plan),
  };
}

export async function listPlanVersions(db: Db | Tx, caseId: string) {
  return db
    .selectFrom('plan_versions')
    .select(['version', 'kind', 'created_by', 'created_at', 'changes'])
    .where('case_id', '=', caseId)
    .orderBy('version')
    .execute();
}

/** Saves a new version with its difference from `previous` and returns its number and hash. */
export async function savePlanVersion(
  tx: Tx,
  caseId: string,
  version: number,
  kind: PlanVersionKind,
  plan: ProposalPlan,
  previous: ProposalPlan | undefined,
  createdBy: string,
  at: Date,
): Promise<{ version: number; sha256: string; changes: PlanChange[] }> {
  const changes = previous ? diffPlans(previous, plan) : [];
  const stored = JSON.parse(JSON.stringify(plan)) as ProposalPlan;
  await tx
    .insertInto('plan_versions')
    .values({
      case_id: caseId,
      version,
      kind,
      plan: JSON.stringify(stored),
      changes: JSON.stringify(changes),
      created_by: createdBy,
      created_at: at,
    })
    .execute();
  return { version, sha256: planHash(stored), changes };
}

export async function latestPlanVersionNumber(tx: Tx, caseId: string): Promise<number> {
  const r = await tx
    .selectFrom('plan_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}
