import type { Db, Tx } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { inForceFor, type ProcedureProfile } from '../../domain/profile/procedure-profile.ts';

/** The codes of a unit and of every unit above it: what a profile's territory is matched against. */
export async function unitAndAncestorCodes(db: Db | Tx, unitId: string): Promise<string[]> {
  const unit = await db.selectFrom('units').select('ancestor_ids').where('id', '=', unitId).executeTakeFirst();
  if (!unit || unit.ancestor_ids.length === 0) return [];
  const rows = await db.selectFrom('units').select('code').where('id', 'in', unit.ancestor_ids).execute();
  return rows.map((r) => r.code);
}

/**
 * The profile versions a person is shown: administrators, who publish them, see all; everyone
 * else sees the profiles whose latest version is in force for their own unit.
 */
export async function visibleProfiles<T extends { code: string; version: number; definition: ProcedureProfile }>(
  db: Db,
  actor: Actor,
  all: T[],
): Promise<T[]> {
  if (actor.grants.some((g) => g.role === 'administrator')) return all;
  const codes = await unitAndAncestorCodes(db, actor.unitId);
  const latest = new Map<string, ProcedureProfile>();
  for (const p of all) if ((latest.get(p.code)?.version ?? 0) < p.version) latest.set(p.code, p.definition);
  return all.filter((p) => inForceFor(latest.get(p.code)!, codes));
}

/**
 * The profile a new case takes when the proposer names none: a local profile in force for their
 * unit (the locality's own rules), otherwise the Decree's.
 */
export async function defaultProfileCodeFor(
  tx: Tx,
  profiles: { latest(code: string, tx: Tx): Promise<ProcedureProfile> },
  unitId: string,
  fallback: string,
): Promise<string> {
  const codes = (await tx.selectFrom('procedure_profiles').select('code').distinct().orderBy('code').execute()).map(
    (r) => r.code,
  );
  const unitCodes = await unitAndAncestorCodes(tx, unitId);
  for (const code of codes) {
    const p = await profiles.latest(code, tx);
    if (p.territory && inForceFor(p, unitCodes)) return code;
  }
  return fallback;
}
