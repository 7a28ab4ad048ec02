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

/**
 * The hash of a plan as read from the database. A saved version never changes, and the case page
 * shows its current version's hash at every view: the canonical form (keys sorted at every level)
 * and its SHA-256 took about 30 µs a page, against 8 µs for the plain JSON text that finds an
 * earlier answer here. A hash is reused only for the very same text, so a row changed behind the
 * application's back still shows the hash of what is stored now.
 */
const hashesByText = new Map<string, string>();
const MAX_REMEMBERED_PLANS = 1000;

export function storedPlanHash(plan: ProposalPlan): string {
  const text = JSON.stringify(plan);
  const known = hashesByText.get(text);
  if (known !== undefined) return known;
  const sha256 = planHash(plan);
  if (hashesByText.size >= MAX_REMEMBERED_PLANS) hashesByText.delete(hashesByText.keys().next().value!);
  hashesByText.set(text, sha256);
  return sha256;
}

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
    sha256: storedPlanHash(plan),
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

/** What a new plan version is: the case, its number and kind, the plan, the one before it, who and when. */
type NewPlanVersionArgs = [
  caseId: string,
  version: number,
  kind: PlanVersionKind,
  plan: ProposalPlan,
  previous: ProposalPlan | undefined,
  createdBy: string,
  at: Date,
];

/** Saves a new version with its difference from `previous` and returns its number and hash. */
export async function savePlanVersion(
  tx: Tx,
  ...args: NewPlanVersionArgs
): Promise<{ version: number; sha256: string; changes: PlanChange[] }> {
  const { row, ...saved } = planVersionRow(...args);
  await tx.insertInto('plan_versions').values(row).execute();
  return saved;
}

/** A plan version as its `plan_versions` row, with its hash and its changes from the previous one. */
export function planVersionRow(...[caseId, version, kind, plan, previous, createdBy, at]: NewPlanVersionArgs) {
  const changes = previous ? diffPlans(previous, plan) : [];
  const stored = JSON.parse(JSON.stringify(plan)) as ProposalPlan;
  const row = {
    case_id: caseId,
    version,
    kind,
    plan: JSON.stringify(stored),
    changes: JSON.stringify(changes),
    created_by: createdBy,
    created_at: at,
  };
  return { row, version, sha256: planHash(stored), changes };
}

export async function latestPlanVersionNumber(tx: Db, caseId: string): Promise<number> {
  const r = await tx
    .selectFrom('plan_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}
