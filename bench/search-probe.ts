import { listCases, visibleTo, type CaseListFilter } from '../src/app/cases/case-queries.ts';
import type { Db } from '../src/db/kysely.ts';
import { loadActor } from '../src/db/repositories/org-repository.ts';
import { foldForSearch } from '../src/db/repositories/case-repository.ts';
import type { Actor } from '../src/domain/case/case-snapshot.ts';
import { SCALES } from './gen/scales.ts';
import { openBenchRuntime, parseArgs } from './support/databases.ts';
import { selectTargets } from './support/targets.ts';

/**
 * The search workload's requests, timed one by one through today's `listCases` and through the
 * two-phase version recommended in docs/performance.md (the first page of a term is looked for
 * among the most recent cases before the trigram index is asked for every match).
 * `tsx bench/search-probe.ts --scale national`
 */
const SEARCH_WINDOW = 3000;

async function pageOfCases(db: Db, actor: Actor, f: CaseListFilter, recentOnly = false) {
  // The window is a subquery with its own LIMIT, so that the planner walks the updated_at index
  // for it whatever it guesses about how many rows the term matches.
  const from = recentOnly
    ? db.selectFrom((eb) => eb.selectFrom('cases').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(SEARCH_WINDOW).as('cases'))
    : db.selectFrom('cases');
  let q = from
    .leftJoin('units', 'units.id', 'cases.receiving_unit_id')
    .innerJoin('people', 'people.id', 'cases.proposer_id')
    .select(['cases.id', 'cases.code', 'cases.title', 'cases.domain', 'cases.state', 'cases.version', 'cases.urgent', 'cases.due_on', 'cases.due_step', 'cases.updated_at', 'cases.receiving_unit_id', 'units.name as receiving_unit_name', 'people.full_name as proposer_name'])
    .where(visibleTo(actor));
  if (f.q) q = q.where('cases.search_text', 'like', `%${foldForSearch(f.q).replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  const rows = await q.orderBy('cases.updated_at', 'desc').orderBy('cases.id', 'desc').limit(f.limit + 1).execute();
  return { items: rows.slice(0, f.limit), more: rows.length > f.limit };
}

export async function listCasesTwoPhase(db: Db, actor: Actor, f: CaseListFilter) {
  if (f.q && !f.cursor) {
    const recent = await pageOfCases(db, actor, f, true);
    if (recent.more) return recent;
  }
  return pageOfCases(db, actor, f);
}

const args = parseArgs(process.argv.slice(2));
const scale = SCALES[args.scale ?? 'national']!;
const { runtime } = await openBenchRuntime(args.db ?? 'postgres', scale.name);
const targets = (await selectTargets(runtime.database.pool)).reads.search!;
const people = new Map((await runtime.database.pool.query('select username, id from people where username = any($1)', [[...new Set(targets.map((t) => t.user))]])).rows.map((r) => [r.username, r.id]));
const cases = await Promise.all(targets.map(async (t) => ({ actor: (await loadActor(runtime.db, people.get(t.user)))!, q: new URLSearchParams(t.path.split('?')[1]).get('q')! })));
const time = async (f: (a: Actor, q: string) => Promise<{ items: { id: string }[] }>) => {
  const ms: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      await f(c.actor, c.q);
      ms.push(performance.now() - t0);
    }
  }
  ms.sort((a, b) => a - b);
  const p = (x: number) => Math.round(ms[Math.ceil((x / 100) * ms.length) - 1]! * 10) / 10;
  return { requests: ms.length, mean: Math.round((ms.reduce((a, b) => a + b, 0) / ms.length) * 10) / 10, p50: p(50), p95: p(95), p99: p(99), max: p(100) };
};
// Same answers first: the two-phase search must not change what a user sees.
for (const c of cases) {
  const a = (await listCases(runtime.db, c.actor, { q: c.q, limit: 20 })).items.map((i) => i.id);
  const b = (await listCasesTwoPhase(runtime.db, c.actor, { q: c.q, limit: 20 })).items.map((i) => i.id);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`different first page for ${c.q}`);
}
console.log(JSON.stringify({
  scale: scale.name,
  current: await time((a, q) => listCases(runtime.db, a, { q, limit: 20 })),
  twoPhase: await time((a, q) => listCasesTwoPhase(runtime.db, a, { q, limit: 20 })),
}, null, 2));
await runtime.close();
