import { sql, type SqlBool } from 'kysely';
import type { AppContext } from '../context.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import { isUuid } from '../../domain/text/uuid.ts';
import { unitListedFor, unitScopeOf } from './unit-visibility.ts';

export interface UnitListFilter {
  /** `root` for the top of the tree, a unit's id for its children; absent: any level. */
  parentId?: string;
  /** Part of the name, without accents or with them. */
  q?: string;
  /** Where the previous page ended (`nextCursor` of its answer). */
  cursor?: string;
  limit: number;
}

/**
 * The unit tree one level at a time, within what the person needs to see, with each unit's number
 * of visible children and the name of its parent (itself visible: inside the scope or on the path
 * above it); a page at a time in the order of names (`vi`), then of ids, so that two units of one
 * name keep their order across pages.
 */
export async function listUnits(app: AppContext, actor: Actor, filter: UnitListFilter) {
  const after = decodeUnitCursor(filter.cursor);
  const scope = await unitScopeOf(app.db, actor);
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
      eb.selectFrom('units as up').select('up.name').whereRef('up.id', '=', 'units.parent_id').as('parent_name'),
      eb
        .selectFrom('units as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.parent_id', '=', 'units.id')
        // Only the children the person will be shown: the rest of the country is not counted either.
        .where(unitListedFor(scope, 'c'))
        .as('child_count'),
    ])
    .where(unitListedFor(scope));
  if (filter.parentId === 'root') q = q.where('units.parent_id', 'is', null);
  else if (filter.parentId) q = q.where('units.parent_id', '=', filter.parentId);
  if (filter.q) q = q.where('units.search_name', 'like', containsPattern(foldForSearch(filter.q)));
  if (after)
    q = q.where(sql<SqlBool>`(units.name collate vi, units.id) > (${after.name} collate vi, ${after.id}::uuid)`);
  const rows = await q
    .orderBy(sql`units.name collate vi`)
    .orderBy('units.id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit).map((u) => ({ ...u, child_count: Number(u.child_count) }));
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > filter.limit && last ? encodeUnitCursor(last) : null };
}

const encodeUnitCursor = (u: { name: string; id: string }) =>
  Buffer.from(JSON.stringify([u.name, u.id])).toString('base64url');

/** Only a cursor this server made is accepted: a unit's name and id, nothing else. */
function decodeUnitCursor(cursor: string | undefined): { name: string; id: string } | undefined {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor)
      ? JSON.parse(Buffer.from(cursor, 'base64url').toString())
      : undefined;
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    parsed[0].length <= 300 &&
    !/[\u0000-\u001f]/.test(parsed[0]) &&
    typeof parsed[1] === 'string' &&
    isUuid(parsed[1])
  )
    return { name: parsed[0], id: parsed[1] };
  throw new DomainError('bad_request', 'validation_failed', [{ path: 'querystring.cursor', code: 'invalid_cursor' }]);
}
