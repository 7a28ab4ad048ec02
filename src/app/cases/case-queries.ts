import { sql, type Expression, type SqlBool } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import { findCaseByCode, searchQueryOf } from '../../db/repositories/case-repository.ts';
import { soleProvinceOf } from '../../db/repositories/case-province-repository.ts';
import { toSnapshot } from '../../db/case-facts.ts';
import { caseDetailRows } from '../../db/repositories/case-detail-repository.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { canRead, visibilityScope } from '../../domain/case/relations.ts';
import { DomainError } from '../../domain/errors.ts';
import { isIsoDate } from '../../domain/calendar/working-calendar.ts';
import { isUuid } from '../../domain/text/uuid.ts';
import { caseNotFound } from './perform-case-action.ts';
import { matchesAtMost, RARE_WORDS_MATCH_AT_MOST, wordStatistics } from './word-statistics.ts';

/** Loads a case the actor may read; anyone else is told it does not exist (404, not 403). */
export async function loadVisibleCase(
  app: AppContext,
  actor: Actor,
  code: string,
): Promise<{ row: CaseRow; snapshot: CaseSnapshot }> {
  const row = await findCaseByCode(app.db, code);
  if (!row) throw caseNotFound();
  const profile = await app.profiles.get(row.profile_code, row.profile_version);
  const snapshot = toSnapshot(row, profile);
  if (!canRead(actor, snapshot)) throw caseNotFound();
  return { row, snapshot };
}

/** The case page's rows beside the case, with the names of these people and units and of the events' actors. */
export async function caseDetails(app: AppContext, row: CaseRow, named: { people: string[]; units: string[] }) {
  return caseDetailRows(app.db, row.id, row.plan_version, named);
}

/** The SQL form of `canRead`: the case's route and participants meet the actor's scope. */
export function visibleTo(actor: Actor): Expression<SqlBool> {
  const s = visibilityScope(actor);
  const arr = (ids: string[]) => sql`${ids}::uuid[]`;
  return sql<SqlBool>`(
    cases.participant_ids && ${arr([s.personId])}
    or cases.route_unit_ids && ${arr([...s.leaderUnitIds, ...s.scopeUnitIds])}
    or cases.route_party_unit_ids && ${arr(s.partyUnitIds)}
    or cases.route_ancestor_ids && ${arr(s.subtreeUnitIds)}
  )`;
}

export interface CaseListFilter {
  state?: string[];
  unitId?: string;
  domain?: string;
  dueBefore?: string;
  q?: string;
  cursor?: string;
  limit: number;
  /** The lists a dashboard figure opens: proposed in this unit or below it, in a year (Asia/Ho_Chi_Minh). */
  proposerUnitId?: string | undefined;
  year?: number | undefined;
  /** Open cases whose time limit ended before `today`. */
  overdue?: { today: string } | undefined;
  outcome?: string | undefined;
  protection?: 'granted' | 'refused' | 'revoked' | undefined;
  rewardForm?: string | undefined;
}

/**
 * A cursor is only ever one this server made: anything else is refused with 400 naming the
 * field, before it reaches SQL (a non-UUID id used to fail in the database with a 500).
 */
function decodeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id, ...rest] = /^[A-Za-z0-9_-]+$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString().split('|')
    : [];
  const date = new Date(at ?? '');
  if (rest.length || !id || !isUuid(id) || Number.isNaN(date.getTime()) || date.toISOString() !== at) {
    throw new DomainError('bad_request', 'validation_failed', [{ path: 'querystring.cursor', code: 'invalid_cursor' }]);
  }
  return { at: date, id };
}

/** A real calendar date the database can hold (its pattern alone let `0000-00-00` through to a 500). */
function checkedDueBefore(value: string): string {
  if (!isIsoDate(value) || value < '0001-01-01') {
    throw new DomainError('bad_request', 'validation_failed', [
      { path: 'querystring.dueBefore', code: 'invalid_date' },
    ]);
  }
  return value;
}

const encodeCursor = (row: { updated_at: Date; id: string }) =>
  Buffer.from(`${row.updated_at.toISOString()}|${row.id}`).toString('base64url');

/**
 * Every word present, in any order: the GIN index, or a filter while walking the newest changes,
 * whichever the words' statistics make cheaper. (A condition on the words' order would hide
 * those statistics from the planner, which then takes every term for a rare one.)
 */
function searchCondition(text: string): Expression<SqlBool> {
  const query = searchQueryOf(text);
  if (query.kind === 'nothing') return sql<SqlBool>`false`;
  if (query.kind === 'code') return sql<SqlBool>`cases.code like ${`${query.prefix}%`}`;
  return sql<SqlBool>`cases.search_words @> ${query.words}::text[]`;
}

/**
 * A search for common words matches tens of thousands of cases, and the planner cannot know how
 * often words occur together ("sử dụng đất"), so it would read every match to keep the newest
 * 21. The newest changes are looked at first, walking the `cases_updated` index for a bounded
 * number of rows: a page found among them is the page the whole search gives, since every case
 * outside them changed earlier. Rarer words fall through to the whole search, which their index
 * answers quickly because they are rare.
 *
 * A searcher who can see only one province's cases (`soleProvinceOf`) has both looks made within
 * that province: the first among its latest changes, the whole search with the province and the
 * words intersected in one index (`cases_province_words`), or, for words common in the province,
 * its latest changes walked (`cases_province_updated`), as the planner judges. The condition adds
 * nothing to what visibility already implies, so the pages are the same; a term common in the
 * country but rare in the province no longer reads the country's matches.
 *
 * How many changes the first look walks: a walk reads a row in about 2.5 µs, the whole search
 * about 8 µs for each match (wide rows, mostly from the operating system's cache). A term that does
 * not fill the page from W changes has fewer than 21 / W of cases, so on a million cases its whole
 * search reads at most 21 × 10⁶ / W matches: the worst case, walk and whole together, is least near
 * W = 8,000, and a rare term costs its walk. With 5,000 the benchmark's national mix took 342 ms
 * one request at a time, against 376 ms with 20,000, and was no slower under load
 * (docs/performance.md).
 */
export const RECENT_CHANGES_SEARCHED_FIRST = 5_000;

/**
 * A provincial searcher's first look walks the province's latest changes (`cases_province_updated`),
 * and fewer of them: when they do not fill the page, the whole search within the province is cheap,
 * since the province and the words meet in one index. A word in 1 % of the province's cases fills a
 * page from these; a rarer one is found by the whole search among a few hundred matches.
 */
export const PROVINCE_CHANGES_SEARCHED_FIRST = 2_000;

/** The one province holding every case the actor may see, or null (see `soleProvinceOf`). */
export function searchProvinceOf(db: Db, actor: Actor): Promise<string | null> {
  const s = visibilityScope(actor);
  const units = [...new Set([...s.leaderUnitIds, ...s.partyUnitIds, ...s.scopeUnitIds, ...s.subtreeUnitIds])];
  return soleProvinceOf(db, actor.personId, units, visibleTo(actor));
}

/** How a search is made; the defaults are the server's, the others let tests compare the ways. */
export interface SearchWay {
  /** How many of the latest changes the first look walks. */
  firstLook?: number;
  /** `false`: the whole country even for a provincial searcher (the tests' reference). */
  byProvince?: boolean;
  /** `false`: never made whole at once, whatever the words' statistics say. */
  byStatistics?: boolean;
  /** Words in at most this many cases are searched whole at once. */
  rareAtMost?: number;
}

/**
 * Cases the actor may see, newest change first, paginated by a keyset cursor (stable under inserts).
 * Words that the statistics show to be rare in the whole country (`matchesAtMost`) are searched
 * whole at once, in one statement: neither the first look nor the searcher's province can help.
 */
export async function listCases(db: Db, actor: Actor, f: CaseListFilter, way: SearchWay = {}) {
  const {
    firstLook = RECENT_CHANGES_SEARCHED_FIRST,
    byProvince = true,
    byStatistics = true,
    rareAtMost = RARE_WORDS_MATCH_AT_MOST,
  } = way;
  let rows: Awaited<ReturnType<ReturnType<typeof listCasesQuery>['execute']>> | undefined;
  const query = f.q ? searchQueryOf(f.q) : undefined;
  if (query?.kind === 'words') {
    const atMost = byStatistics ? matchesAtMost(query.words, await wordStatistics(db)) : null;
    if (atMost === null || atMost > rareAtMost) {
      const province = byProvince ? await searchProvinceOf(db, actor) : null;
      const among = province ? Math.min(firstLook, PROVINCE_CHANGES_SEARCHED_FIRST) : firstLook;
      const recent = await listCasesQuery(db, actor, f, among, province).execute();
      rows = recent.length > f.limit ? recent : await listCasesQuery(db, actor, f, undefined, province).execute();
    }
  }
  rows ??= await listCasesQuery(db, actor, f).execute();
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > f.limit && last ? encodeCursor(last) : null };
}

/** What a list shows and filters on: the wide columns (facts, deadlines) are not read. */
const LISTED_COLUMNS = [
  'id',
  'code',
  'title',
  'domain',
  'state',
  'version',
  'urgent',
  'due_on',
  'due_step',
  'updated_at',
  'receiving_unit_id',
  'proposer_id',
  'participant_ids',
  'route_unit_ids',
  'route_party_unit_ids',
  'route_ancestor_ids',
  'search_words',
  'proposer_unit_id',
  'province_id',
  'created_at',
] as const;

/** The conditions of the dashboard's figures (app/statistics), each the one its figure counts. */
function dashboardConditions(f: CaseListFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.proposerUnitId)
    all.push(
      sql<SqlBool>`cases.proposer_unit_id in (select id from units where ancestor_ids @> array[${f.proposerUnitId}::uuid])`,
    );
  if (f.year !== undefined)
    all.push(sql<SqlBool>`cases.created_at >= ${`${f.year}-01-01T00:00:00+07:00`}::timestamptz
      and cases.created_at < ${`${f.year + 1}-01-01T00:00:00+07:00`}::timestamptz`);
  if (f.overdue) all.push(sql<SqlBool>`cases.due_on < ${f.overdue.today}::date`);
  if (f.outcome)
    all.push(sql<SqlBool>`cases.state = 'evaluated' and exists (select 1 from case_events e
      where e.case_id = cases.id and e.type = 'evaluated' and e.payload->>'outcome' = ${f.outcome})`);
  if (f.protection) {
    const status = f.protection === 'revoked' ? 'revoked' : 'decided';
    const refused = f.protection === 'refused';
    all.push(sql<SqlBool>`exists (select 1 from protection_cases pc join protection_determinations d
      on d.protection_case_id = pc.id where pc.case_id = cases.id and d.status = ${status}
      and (${status} = 'revoked' or (d.decided_result = 'not_protected') = ${refused}))`);
  }
  if (f.rewardForm)
    all.push(
      sql<SqlBool>`exists (select 1 from reward_proposals r where r.case_id = cases.id and r.form = ${f.rewardForm})`,
    );
  return all.length ? sql<SqlBool>`(${sql.join(all, sql` and `)})` : sql<SqlBool>`true`;
}

/**
 * The statement of one page of `listCases` (one row more than the page, to know if another
 * follows). The page is chosen from `cases` alone and only its rows are joined to the names:
 * joined first, a common search word would look up a unit and a person for every match.
 */
export function listCasesQuery(
  db: Db,
  actor: Actor,
  f: CaseListFilter,
  amongNewest?: number,
  province?: string | null,
) {
  const cursor = decodeCursor(f.cursor);
  // `amongNewest`: only the cases of the latest changes (after the cursor); the subquery's own
  // LIMIT makes the planner walk the index whatever it guesses about the other conditions.
  // `province`: the searcher sees no case outside it (`soleProvinceOf`), so only its cases are read.
  const from = amongNewest
    ? db.selectFrom((eb) => {
        let newest = eb.selectFrom('cases').select(LISTED_COLUMNS);
        if (province) newest = newest.where('cases.province_id', '=', province);
        if (cursor)
          newest = newest.where(sql<SqlBool>`(cases.updated_at, cases.id) < (${cursor.at}, ${cursor.id}::uuid)`);
        return newest.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(amongNewest).as('cases');
      })
    : db.selectFrom('cases');
  let q = from
    .select([
      'cases.id',
      'cases.code',
      'cases.title',
      'cases.domain',
      'cases.state',
      'cases.version',
      'cases.urgent',
      'cases.due_on',
      'cases.due_step',
      'cases.updated_at',
      'cases.receiving_unit_id',
      'cases.proposer_id',
    ])
    .where(visibleTo(actor));
  if (f.state?.length) q = q.where('cases.state', 'in', f.state);
  if (f.domain) q = q.where('cases.domain', '=', f.domain);
  if (f.unitId) q = q.where(sql<SqlBool>`cases.route_ancestor_ids && ${[f.unitId]}::uuid[]`);
  if (f.dueBefore) q = q.where('cases.due_on', '<=', checkedDueBefore(f.dueBefore));
  if (f.q) q = q.where(searchCondition(f.q));
  if (province) q = q.where('cases.province_id', '=', province);
  q = q.where(dashboardConditions(f));
  if (cursor) {
    q = q.where(sql<SqlBool>`(cases.updated_at, cases.id) < (${cursor.at}, ${cursor.id}::uuid)`);
  }
  // The whole search for words (after a first look that did not fill the page, or instead of it)
  // takes every match from the words' index and then the newest: behind `offset 0` PostgreSQL
  // cannot walk `cases_updated` instead, which it would for words it takes for common ones
  // (it counts words as if independent: for "an thinh" the walk took 70 ms, its 1,944 matches
  // read from the index 18 ms).
  const wholeWords = !amongNewest && f.q !== undefined && searchQueryOf(f.q).kind === 'words';
  const matches = wholeWords ? db.selectFrom(q.offset(0).as('cases')).selectAll() : q;
  const page = matches
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(f.limit + 1);
  return db
    .selectFrom(page.as('c'))
    .leftJoin('units', 'units.id', 'c.receiving_unit_id')
    .innerJoin('people', 'people.id', 'c.proposer_id')
    .select([
      'c.id',
      'c.code',
      'c.title',
      'c.domain',
      'c.state',
      'c.version',
      'c.urgent',
      'c.due_on',
      'c.due_step',
      'c.updated_at',
      'c.receiving_unit_id',
      'units.name as receiving_unit_name',
      'people.full_name as proposer_name',
    ])
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id', 'desc');
}
