import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';
import { escapeLike } from '../like-pattern.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';

/** The public showcase: only what the deciding head's approval allows, never a case row. */
export interface ShowcaseEntry {
  caseId: string;
  code: string;
  title: string;
  summary: string;
  results: string;
  /** The proposers' names, only when the approval allows them to be shown. */
  proposerNames: string | null;
  publishedOn: string;
}

export async function publishShowcaseItem(tx: Tx, e: ShowcaseEntry, proposerUnitId: string): Promise<void> {
  const unit = await tx.selectFrom('units').select('name').where('id', '=', proposerUnitId).executeTakeFirstOrThrow();
  const row = {
    case_id: e.caseId,
    code: e.code,
    title: e.title,
    unit_name: unit.name,
    summary: e.summary,
    results: e.results,
    proposer_names: e.proposerNames,
    published_on: e.publishedOn,
    search_text: foldForSearch([e.code, e.title, unit.name, e.summary, e.results].join(' ')),
  };
  await tx
    .insertInto('showcase_items')
    .values(row)
    .onConflict((oc) => oc.column('case_id').doUpdateSet(row))
    .execute();
}

export async function withdrawShowcaseItem(tx: Tx, caseId: string): Promise<void> {
  await tx.deleteFrom('showcase_items').where('case_id', '=', caseId).execute();
}

export interface ShowcaseRow {
  code: string;
  title: string;
  unitName: string;
  summary: string;
  results: string;
  proposerNames: string | null;
  publishedOn: string;
  /** The units that adopted this model, with the state and outcome of their cases. */
  replications: { code: string; unitName: string; state: string }[];
}

const SHOWCASE_COLUMNS = [
  's.code',
  's.title',
  's.unit_name',
  's.summary',
  's.results',
  's.proposer_names',
  's.published_on',
] as const;

/**
 * One page of the showcase, newest first, optionally searched without accents: every word must
 * occur (whole words through the words index; the last word typed may be a word's beginning).
 */
export async function listShowcase(
  db: Db,
  opts: { q?: string; code?: string; after?: { publishedOn: string; code: string }; limit: number },
): Promise<ShowcaseRow[]> {
  const words = foldForSearch(opts.q ?? '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 10);
  let q = db.selectFrom('showcase_items as s').select([
    ...SHOWCASE_COLUMNS,
    sql<{ code: string; unitName: string; state: string }[]>`coalesce((
        select json_agg(json_build_object('code', c.code, 'unitName', u.name, 'state', c.state) order by c.code)
        from cases c join units u on u.id = c.proposer_unit_id
        where c.replicated_from_case_id = s.case_id and c.state <> 'withdrawn'), '[]'::json)`.as('replications'),
  ]);
  const whole = words.slice(0, -1);
  const last = words.at(-1);
  if (whole.length) q = q.where(sql<boolean>`s.search_words @> ${sql.val(whole)}::text[]`);
  if (last) q = q.where('s.search_text', 'like', `%${escapeLike(last)}%`);
  if (opts.code) q = q.where('s.code', '=', opts.code);
  if (opts.after) {
    const a = opts.after;
    q = q.where((eb) =>
      eb.or([
        eb('s.published_on', '<', a.publishedOn),
        eb.and([eb('s.published_on', '=', a.publishedOn), eb('s.code', '<', a.code)]),
      ]),
    );
  }
  const rows = await q.orderBy('s.published_on', 'desc').orderBy('s.code', 'desc').limit(opts.limit).execute();
  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    unitName: r.unit_name,
    summary: r.summary,
    results: r.results,
    proposerNames: r.proposer_names,
    publishedOn: r.published_on,
    replications: r.replications,
  }));
}
