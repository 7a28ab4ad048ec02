import {
  listCases,
  listCasesQuery,
  RECENT_CHANGES_SEARCHED_FIRST,
  searchProvinceOf,
} from '../src/app/cases/case-queries.ts';
import { matchesAtMost, RARE_WORDS_MATCH_AT_MOST, wordStatistics } from '../src/app/cases/word-statistics.ts';
import { searchQueryOf } from '../src/db/repositories/case-repository.ts';
import { loadActor } from '../src/db/repositories/org-repository.ts';
import type { Actor } from '../src/domain/case/case-snapshot.ts';
import { SCALES } from './gen/scales.ts';
import { openBenchRuntime, parseArgs } from './support/databases.ts';
import { selectTargets } from './support/targets.ts';

/**
 * The search workload's requests one by one through `listCases`: for each term and person, the
 * best of three timings, the rows on the first page, and the plan's access paths (`EXPLAIN
 * ANALYZE` of the same statement), so that a slow term shows which way the planner went.
 * `npx tsx bench/search-probe.ts --scale national`
 */
const args = parseArgs(process.argv.slice(2));
const scale = SCALES[args.scale ?? 'national']!;
const { runtime } = await openBenchRuntime(args.db ?? 'postgres', scale.name);
const targets = (await selectTargets(runtime.database.pool)).reads.search!;
const ids = await runtime.database.pool.query('select username, id from people where username = any($1)', [
  [...new Set(targets.map((t) => t.user))],
]);
const people = new Map(ids.rows.map((r) => [r.username as string, r.id as string]));
const requests = await Promise.all(
  targets.map(async (t) => ({
    user: t.user,
    actor: (await loadActor(runtime.db, people.get(t.user)!)) as Actor,
    q: new URLSearchParams(t.path.split('?')[1]).get('q')!,
  })),
);

const searchWords = (q: string) => {
  const query = searchQueryOf(q);
  return query.kind === 'words' ? query.words : [];
};

function accessPaths(node: Record<string, unknown>): string[] {
  const type = String(node['Node Type']);
  const here = /Scan/.test(type)
    ? [
        `${type}${node['Index Name'] ? ` ${node['Index Name']}` : ''} (${node['Actual Rows']} rows × ${node['Actual Loops']})`,
      ]
    : [];
  return [...here, ...((node.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(accessPaths)];
}

const rows: { user: string; q: string; ms: number; found: number; plan: string }[] = [];
for (const r of requests) {
  let best = Infinity;
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    found = (await listCases(runtime.db, r.actor, { q: r.q, limit: 20 })).items.length;
    best = Math.min(best, performance.now() - t0);
  }
  // The plans of the statements the request ran: the first look, and when it did not fill the
  // page, the whole search, within the searcher's province when they have one.
  const explain = async (among?: number, province?: string | null) => {
    const { sql, parameters } = listCasesQuery(runtime.db, r.actor, { q: r.q, limit: 20 }, among, province).compile();
    const out = await runtime.database.pool.query(`explain (analyze, format json) ${sql}`, [...parameters]);
    const plan = out.rows[0]['QUERY PLAN'][0].Plan;
    return { rows: Number(plan['Actual Rows']), paths: accessPaths(plan).join(' + ') };
  };
  const atMost = matchesAtMost(searchWords(r.q), await wordStatistics(runtime.db));
  if (atMost !== null && atMost <= RARE_WORDS_MATCH_AT_MOST) {
    const whole = await explain();
    rows.push({
      user: r.user,
      q: r.q,
      ms: Math.round(best * 10) / 10,
      found,
      plan: `whole at once (≤ ${atMost} by the statistics): ${whole.paths}`,
    });
    continue;
  }
  const first = await explain(RECENT_CHANGES_SEARCHED_FIRST);
  const province = first.rows > 20 ? undefined : await searchProvinceOf(runtime.db, r.actor);
  const plan =
    first.rows > 20
      ? `first look: ${first.paths}`
      : `first look: ${first.paths}; whole, ${province ? 'province' : 'country'}: ${(await explain(undefined, province)).paths}`;
  rows.push({
    user: r.user,
    q: r.q,
    ms: Math.round(best * 10) / 10,
    found,
    plan: `${province ? 'province' : 'country'}; ${plan}`,
  });
}
const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
const p = (x: number) => ms[Math.ceil((x / 100) * ms.length) - 1];
rows.sort((a, b) => b.ms - a.ms);
console.log(
  JSON.stringify(
    {
      scale: scale.name,
      requests: ms.length,
      p50: p(50),
      p95: p(95),
      max: p(100),
      slowest: rows.slice(0, Number(args.show ?? 12)),
    },
    null,
    2,
  ),
);
await runtime.close();
