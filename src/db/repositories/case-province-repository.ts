import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db, Tx } from '../kysely.ts';

/** `cases.province_id` of a case whose units lie in more than one province (migration 029). */
export const SPANS_PROVINCES = '00000000-0000-0000-0000-000000000000';

/**
 * The province every case the actor may see lies in, or null when that is not one province (a
 * national grant, grants or cases in several provinces, a case of the actor's spanning
 * provinces). Lawful because a case is visible only through a unit of its own arrays or as a
 * participant: a grant's unit in province X can be found only in cases whose `province_id` is X
 * or `SPANS_PROVINCES`, and a participant's cases are read here. `visible` is the list's own
 * visibility condition; `grantUnitIds` every unit of a grant that gives visibility.
 */
export async function soleProvinceOf(
  db: Db,
  personId: string,
  grantUnitIds: string[],
  visible: Expression<SqlBool>,
): Promise<string | null> {
  const { rows } = await sql<{ provinces: (string | null)[] | null; spans: boolean }>`
    select array(
      select distinct case_province(array[u]) from unnest(${grantUnitIds}::uuid[]) u
      union
      select distinct province_id from cases where participant_ids && array[${personId}::uuid]
    ) as provinces,
    exists (select 1 from cases where province_id = ${SPANS_PROVINCES}::uuid and ${visible}) as spans`.execute(db);
  const { provinces, spans } = rows[0]!;
  if (spans || !provinces || provinces.length !== 1) return null;
  const only = provinces[0];
  return only && only !== SPANS_PROVINCES ? only : null;
}

/**
 * After a unit is moved or retyped, the provinces of the units of its subtree may have changed:
 * every case holding one of them is given its province again, from the tree as it is now.
 */
export async function recomputeCaseProvinces(tx: Tx, unitId: string): Promise<number> {
  const units = sql`array[cases.proposer_unit_id] || cases.route_unit_ids || cases.route_ancestor_ids || cases.route_party_unit_ids`;
  const r = await sql`
    update cases set province_id = case_province(${units})
    from (select array_agg(id) as ids from units where ancestor_ids @> array[${unitId}::uuid]) moved
    where (cases.proposer_unit_id = any(moved.ids) or cases.route_ancestor_ids && moved.ids
      or cases.route_unit_ids && moved.ids or cases.route_party_unit_ids && moved.ids)
      and cases.province_id is distinct from case_province(${units})`.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}
