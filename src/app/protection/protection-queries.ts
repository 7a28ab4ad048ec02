import { sql, type SqlBool } from 'kysely';
import type { AppContext } from '../context.ts';
import { visibleTo } from '../cases/case-queries.ts';
import { caseNotFound } from '../cases/perform-case-action.ts';
import type { CaseRow } from '../../db/schema.ts';
import { findCaseByCode } from '../../db/repositories/case-repository.ts';
import { toSnapshot } from '../../db/case-facts.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { canRead } from '../../domain/case/relations.ts';
import type { DeterminationRow, ProtectionCaseRow } from './load-protection-case.ts';
import { determinationActions, openerRelation, readScope } from './protection-access.ts';

/** One line per protection case: what a list or a worklist shows. */
function summary(
  actor: Actor,
  pc: ProtectionCaseRow,
  row: Pick<CaseRow, 'code' | 'title'>,
  dets: DeterminationRow[],
  scope: 'all' | 'own',
) {
  const visible = dets.filter((d) => scope === 'all' || d.person_id === actor.personId);
  const counts = { pending: 0, facts_recorded: 0, decided: 0, revoked: 0 };
  for (const d of visible) counts[d.status] += 1;
  return {
    id: pc.id,
    case: { code: row.code, title: row.title },
    seq: pc.seq,
    status: pc.status,
    version: pc.version,
    openedReason: pc.opened_reason,
    openedAt: pc.opened_at,
    closedAt: pc.closed_at,
    ruleSet: { id: pc.rule_set_id, version: pc.rule_set_version },
    counts,
    awaitingMe: visible.filter((d) => determinationActions(actor, d, dets).some((a) => a !== 'revoke')).length,
    visibility: scope,
  };
}

async function withScopes(app: AppContext, actor: Actor, pcs: ProtectionCaseRow[], rows: Map<string, CaseRow>) {
  const dets = pcs.length
    ? await app.db
        .selectFrom('protection_determinations')
        .selectAll()
        .where(
          'protection_case_id',
          'in',
          pcs.map((p) => p.id),
        )
        .execute()
    : [];
  const out = [];
  for (const pc of pcs) {
    const row = rows.get(pc.case_id)!;
    const snapshot = toSnapshot(row, await app.profiles.get(row.profile_code, row.profile_version));
    const mine = dets.filter((d) => d.protection_case_id === pc.id);
    const scope = readScope(actor, snapshot, mine);
    if (scope) out.push({ pc, row, snapshot, dets: mine, scope });
  }
  return out;
}

/** The protection cases of one proposal, and whether the caller may open another now. */
export async function protectionCasesOfCase(app: AppContext, actor: Actor, code: string) {
  const row = await findCaseByCode(app.db, code);
  if (!row) throw caseNotFound();
  const pcs = await app.db
    .selectFrom('protection_cases')
    .selectAll()
    .where('case_id', '=', row.id)
    .orderBy('seq')
    .execute();
  const scoped = await withScopes(app, actor, pcs, new Map([[row.id, row]]));
  const snapshot = toSnapshot(row, await app.profiles.get(row.profile_code, row.profile_version));
  if (!canRead(actor, snapshot) && scoped.length === 0) throw caseNotFound();
  const mayOpen =
    row.state === 'evaluated' && openerRelation(actor, snapshot) !== null && !pcs.some((p) => p.status === 'open');
  return {
    case: { code: row.code, title: row.title, state: row.state },
    items: scoped.map((s) => summary(actor, s.pc, s.row, s.dets, s.scope)),
    allowedActions: mayOpen ? ['open_protection_case'] : [],
  };
}

/**
 * Protection cases the caller can see, newest first: through the proposal (deciding unit,
 * inspectors, organisation officers), as the head or deputy of a unit deciding a determination
 * (the superior of a head who overrode), or as a person concerned.
 */
export async function listProtectionCases(
  app: AppContext,
  actor: Actor,
  f: { status?: 'open' | 'decided'; limit: number },
) {
  const leaderUnits = actor.grants.filter((g) => g.role === 'head' || g.role === 'deputy').map((g) => g.unitId);
  let q = app.db
    .selectFrom('protection_cases')
    .innerJoin('cases', 'cases.id', 'protection_cases.case_id')
    .selectAll('protection_cases')
    .where((eb) =>
      eb.or([
        visibleTo(actor),
        eb.exists(
          eb
            .selectFrom('protection_determinations as d')
            .select('d.id')
            .whereRef('d.protection_case_id', '=', 'protection_cases.id')
            .where(sql<SqlBool>`(d.person_id = ${actor.personId} or d.deciding_unit_id = any(${leaderUnits}::uuid[]))`),
        ),
      ]),
    );
  if (f.status) q = q.where('protection_cases.status', '=', f.status);
  const pcs = await q.orderBy('protection_cases.updated_at', 'desc').limit(f.limit).execute();
  const caseRows = pcs.length
    ? await app.db
        .selectFrom('cases')
        .selectAll()
        .where(
          'id',
          'in',
          pcs.map((p) => p.case_id),
        )
        .execute()
    : [];
  const scoped = await withScopes(app, actor, pcs, new Map(caseRows.map((r) => [r.id, r])));
  return { items: scoped.map((s) => summary(actor, s.pc, s.row, s.dets, s.scope)) };
}
