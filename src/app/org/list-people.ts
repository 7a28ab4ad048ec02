import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { personWithinUnitScope, unitScopeOf, withAreasOf } from './unit-visibility.ts';

export interface PeopleFilter {
  unitId?: string;
  /** Part of the name, without accents or with them. */
  q?: string;
  /** Only people holding this role on some unit. */
  role?: Role;
  /**
   * Choosing people for this case (co-proposers, appraisers, implementers, inspectors): the
   * directory also lists the areas of its proposer's unit and of the units it was sent to, once
   * the case is found readable (otherwise answered as a case that does not exist).
   */
  caseCode?: string;
  limit: number;
  offset: number;
}

/**
 * The directory of active officials, sorted the Vietnamese way: those of the units the person may
 * browse (their area and the subtrees they administer, as the unit tree), and when choosing people
 * for a case, those of the areas the case involves; not the country's.
 */
export async function listPeople(app: AppContext, actor: Actor, filter: PeopleFilter) {
  let scope = await unitScopeOf(app.db, actor);
  if (filter.caseCode) {
    const { row } = await loadVisibleCase(app, actor, filter.caseCode);
    scope = await withAreasOf(app.db, scope, [row.proposer_unit_id, ...row.route_unit_ids]);
  }
  let q = app.db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select([
      'people.id',
      'people.full_name',
      'people.unit_id',
      'units.name as unit_name',
      'people.position_code',
      'people.active',
    ])
    .where('people.active', '=', true)
    .where(personWithinUnitScope(scope));
  if (filter.unitId) q = q.where('people.unit_id', '=', filter.unitId);
  const role = filter.role;
  if (role)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grants')
          .select('role_grants.id')
          .whereRef('role_grants.person_id', '=', 'people.id')
          .where('role_grants.role', '=', role),
      ),
    );
  if (filter.q) q = q.where('people.search_name', 'like', containsPattern(foldForSearch(filter.q)));
  // The order of the indexes people_directory (migration 034) and people_area_directory (035): a
  // page walks one of them, and namesakes keep one order.
  return q
    .orderBy(sql`people.full_name collate vi`)
    .orderBy('people.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}
