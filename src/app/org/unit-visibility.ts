import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { visibleTo } from '../cases/case-queries.ts';

/**
 * What of the unit tree a person needs: their own province (the level below the national root,
 * where their unit and their roles lie), the subtrees they administer, and the path above them
 * (to browse down from the root); leaders only inside that scope or on the route of a case the
 * person may read (the superiors it was sent to). The rest of the country's leadership is not a
 * directory for every official, and neither are its people (`list-people.ts` lists the officials
 * inside the scope).
 */
export interface UnitScope {
  /** Units whose whole subtree is visible. */
  roots: string[];
  /** Units above the roots: visible as names on the way down, without their other branches. */
  above: string[];
  /**
   * The roots again, by level: whether one is the national root (the whole country), those that
   * are areas (the level below it, `people.area_id`), and those deeper (an administered subtree).
   */
  national: boolean;
  areas: string[];
  subtrees: string[];
}

export async function unitScopeOf(db: Db, actor: Actor): Promise<UnitScope> {
  const unitIds = [...new Set([actor.unitId, ...actor.grants.map((g) => g.unitId)])];
  const units = await db.selectFrom('units').select(['id', 'ancestor_ids']).where('id', 'in', unitIds).execute();
  const administered = new Set(actor.grants.filter((g) => g.role === 'administrator').map((g) => g.unitId));
  const roots = new Set<string>();
  const above = new Set<string>();
  const levels = [new Set<string>(), new Set<string>(), new Set<string>()];
  for (const u of units) {
    // ancestor_ids runs from the national root to the unit itself.
    const root = administered.has(u.id) ? u.id : (u.ancestor_ids[1] ?? u.ancestor_ids[0] ?? u.id);
    // A unit whose path does not hold its root (never written so) counts as a subtree of its own,
    // never as the whole country.
    const at = u.ancestor_ids.indexOf(root);
    roots.add(root);
    levels[at < 0 ? 2 : Math.min(at, 2)]!.add(root);
    for (const id of u.ancestor_ids.slice(0, Math.max(at, 0))) above.add(id);
  }
  const [national, areas, subtrees] = levels.map((l) => [...l]) as [string[], string[], string[]];
  return { roots: [...roots], above: [...above], national: national.length > 0, areas, subtrees };
}

/**
 * The scope widened by the areas of some units (`people.area_id` of the people in them): the
 * areas a case has passed through, whose officials may be chosen for it.
 */
export async function withAreasOf(db: Db, scope: UnitScope, unitIds: string[]): Promise<UnitScope> {
  if (scope.national || !unitIds.length) return scope;
  const units = await db.selectFrom('units').select(['id', 'ancestor_ids']).where('id', 'in', unitIds).execute();
  const areas = new Set([...scope.areas, ...units.map((u) => u.ancestor_ids[1] ?? u.id)]);
  return { ...scope, areas: [...areas] };
}

const uuids = (ids: string[]) => sql`${ids}::uuid[]`;

/** The SQL form for listing: inside a visible subtree, or on the path above one (`table`: the units' alias). */
export function unitListedFor(scope: UnitScope, table = 'units'): Expression<SqlBool> {
  const [ancestors, id] = [sql.ref(`${table}.ancestor_ids`), sql.ref(`${table}.id`)];
  return sql<SqlBool>`(${ancestors} && ${uuids(scope.roots)} or ${id} = any(${uuids(scope.above)}))`;
}

/** The SQL form for a unit (`units`) inside a visible subtree (the path above excluded). */
export function withinUnitScope(scope: UnitScope): Expression<SqlBool> {
  return sql<SqlBool>`units.ancestor_ids && ${uuids(scope.roots)}`;
}

/**
 * The same for a person (`people`): by the area of their unit where the scope is made of areas, so
 * that a directory page walks one area's order (migration 035), and by their unit for a subtree.
 */
export function personWithinUnitScope(scope: UnitScope): Expression<SqlBool> {
  if (scope.national) return sql<SqlBool>`true`;
  const inAreas =
    scope.areas.length === 1
      ? sql<SqlBool>`people.area_id = ${scope.areas[0]}::uuid`
      : sql<SqlBool>`people.area_id = any(${uuids(scope.areas)})`;
  // A subtree's units first, then their people by unit: walking the country's order and looking
  // up each person's unit would read the whole directory for an administrator of one department.
  const inSubtrees = sql<SqlBool>`people.unit_id = any(array(select s.id from units s where s.ancestor_ids && ${uuids(scope.subtrees)}))`;
  if (!scope.subtrees.length) return inAreas;
  if (!scope.areas.length) return inSubtrees;
  return sql<SqlBool>`(${inAreas} or ${inSubtrees})`;
}

/** Whether a unit's details and leaders may be shown: inside the scope, or on a readable case's route. */
export async function unitDetailsVisible(db: Db, actor: Actor, scope: UnitScope, unitId: string): Promise<boolean> {
  const inScope = await db
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .where(withinUnitScope(scope))
    .executeTakeFirst();
  if (inScope) return true;
  const routed = await db
    .selectFrom('cases')
    .select('cases.id')
    .where(sql<SqlBool>`cases.route_unit_ids @> ${uuids([unitId])}`)
    .where(visibleTo(actor))
    .limit(1)
    .executeTakeFirst();
  return !!routed;
}
