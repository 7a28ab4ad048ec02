import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import { unitListedFor, unitScopeOf } from './unit-visibility.ts';

export interface UnitListFilter {
  /** `root` for the top of the tree, a unit's id for its children; absent: any level. */
  parentId?: string;
  /** Part of the name, without accents or with them. */
  q?: string;
}

/** The unit tree one level at a time, within what the person needs to see, with each unit's number of children. */
export async function listUnits(app: AppContext, actor: Actor, filter: UnitListFilter) {
  let q = app.db
    .selectFrom('units')
    .select((eb) => [
      'units.id',
      'units.code',
      'units.name',
      'units.type_code',
      'units.parent_id',
      'units.party_committee_unit_id',
      'units.active',
      eb
        .selectFrom('units as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.parent_id', '=', 'units.id')
        .as('child_count'),
    ])
    .where(unitListedFor(await unitScopeOf(app.db, actor)));
  if (filter.parentId === 'root') q = q.where('units.parent_id', 'is', null);
  else if (filter.parentId) q = q.where('units.parent_id', '=', filter.parentId);
  if (filter.q) q = q.where('units.search_name', 'like', containsPattern(foldForSearch(filter.q)));
  const rows = await q.orderBy(sql`units.name collate vi`).limit(500).execute();
  return rows.map((u) => ({ ...u, child_count: Number(u.child_count) }));
}
