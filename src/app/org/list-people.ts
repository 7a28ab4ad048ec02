import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import type { Role } from '../../domain/case/case-snapshot.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';

export interface PeopleFilter {
  unitId?: string;
  /** Part of the name, without accents or with them. */
  q?: string;
  /** Only people holding this role on some unit. */
  role?: Role;
  limit: number;
  offset: number;
}

/** The directory of active officials, sorted the Vietnamese way. */
export async function listPeople(app: AppContext, filter: PeopleFilter) {
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
    .where('people.active', '=', true);
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
  // The order of the index people_directory (migration 034): a page walks it, and namesakes keep one order.
  return q
    .orderBy(sql`people.full_name collate vi`)
    .orderBy('people.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}
