import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';

/** Models to replicate (KL14 §2.5): offered to every signed-in official, with the plan to adapt. */
export async function addModel(
  tx: Tx,
  m: { caseId: string; code: string; title: string; summary: string; planVersion: number; markedOn: string },
  proposerUnitId: string,
): Promise<void> {
  const unit = await tx.selectFrom('units').select('name').where('id', '=', proposerUnitId).executeTakeFirstOrThrow();
  await tx
    .insertInto('case_models')
    .values({
      case_id: m.caseId,
      code: m.code,
      title: m.title,
      unit_name: unit.name,
      summary: m.summary,
      plan_version: m.planVersion,
      marked_on: m.markedOn,
    })
    .execute();
}

export interface ModelRow {
  caseId: string;
  code: string;
  title: string;
  unitName: string;
  summary: string;
  planVersion: number;
  markedOn: string;
  replicationCount: number;
}

const replicationCount = sql<number>`(select count(*)::int from cases c
  where c.replicated_from_case_id = m.case_id and c.state <> 'withdrawn')`;

export async function listModels(db: Db, opts: { after?: { markedOn: string; code: string }; limit: number }) {
  let q = db
    .selectFrom('case_models as m')
    .select(['m.case_id', 'm.code', 'm.title', 'm.unit_name', 'm.summary', 'm.plan_version', 'm.marked_on'])
    .select(replicationCount.as('replication_count'));
  if (opts.after) {
    const a = opts.after;
    q = q.where((eb) =>
      eb.or([
        eb('m.marked_on', '<', a.markedOn),
        eb.and([eb('m.marked_on', '=', a.markedOn), eb('m.code', '<', a.code)]),
      ]),
    );
  }
  const rows = await q.orderBy('m.marked_on', 'desc').orderBy('m.code', 'desc').limit(opts.limit).execute();
  return rows.map(toModel);
}

export async function findModel(db: Db | Tx, code: string): Promise<ModelRow | undefined> {
  const r = await db
    .selectFrom('case_models as m')
    .select(['m.case_id', 'm.code', 'm.title', 'm.unit_name', 'm.summary', 'm.plan_version', 'm.marked_on'])
    .select(replicationCount.as('replication_count'))
    .where('m.code', '=', code)
    .executeTakeFirst();
  return r && toModel(r);
}

function toModel(r: {
  case_id: string;
  code: string;
  title: string;
  unit_name: string;
  summary: string;
  plan_version: number;
  marked_on: string;
  replication_count: number;
}): ModelRow {
  return {
    caseId: r.case_id,
    code: r.code,
    title: r.title,
    unitName: r.unit_name,
    summary: r.summary,
    planVersion: r.plan_version,
    markedOn: r.marked_on,
    replicationCount: r.replication_count,
  };
}

/** The plan version a model offers, to be copied into the adopting unit's new draft. */
export async function modelPlan(db: Db, caseId: string, version: number): Promise<unknown> {
  const r = await db
    .selectFrom('plan_versions')
    .select('plan')
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
  return r?.plan;
}

/** Where a case was replicated, and how each adoption stands (its state; its outcome once evaluated). */
export async function replicationsOf(db: Db, caseId: string) {
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('units as u', 'u.id', 'c.proposer_unit_id')
    .select(['c.code', 'c.title', 'c.state', 'u.name as unit_name'])
    .select(sql<string | null>`c.facts->>'evaluationOutcome'`.as('outcome'))
    .where('c.replicated_from_case_id', '=', caseId)
    .orderBy('c.code')
    .limit(500)
    .execute();
  return rows.map((r) => ({ code: r.code, title: r.title, state: r.state, unitName: r.unit_name, outcome: r.outcome }));
}
