import { sql } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import { averageDays, normalised, type DashboardFigures, type FigureFilter } from './figures.ts';

interface TallyRow {
  figure: string;
  k1: string;
  k2: string;
  n: number;
  seconds: number;
}

/**
 * The dashboard from the precomputed tallies (migration 018): index-only range scans on the unit's
 * rows, and its children's counts from their roll-up by year (migration 030), in one round trip (on the embedded database every round trip holds its only
 * connection). Without a year, the years are summed.
 */
export async function precomputedFigures(db: Db, f: FigureFilter): Promise<DashboardFigures> {
  const year = f.year ?? null;
  const { rows } = await sql<{ tallies: TallyRow[] | null; units: DashboardFigures['byUnit'] | null; overdue: number }>`
select
  (select json_agg(json_build_object('figure', figure, 'k1', k1, 'k2', k2, 'n', n, 'seconds', seconds))
     from (select figure, k1, k2, sum(n)::int as n, sum(seconds)::float8 as seconds from stat_tallies
           where unit_id = ${f.unitId}::uuid and figure <> 'due' and (${year}::smallint is null or year = ${year}::smallint)
           group by figure, k1, k2 having sum(n) > 0) t) as tallies,
  (select json_agg(json_build_object('unitId', u.id, 'name', u.name, 'count', t.n))
     from units u
     join lateral (select sum(n)::int as n from stat_unit_years
                   where unit_id = u.id and (${year}::smallint is null or year = ${year}::smallint)) t
       on t.n > 0
     where u.parent_id = ${f.unitId}::uuid) as units,
  (select coalesce(sum(n), 0)::int from stat_tallies
    where unit_id = ${f.unitId}::uuid and figure = 'due' and (${year}::smallint is null or year = ${year}::smallint)
      and k1 < ${f.today}) as overdue`.execute(db);
  const r = rows[0]!;
  const tallies = r.tallies ?? [];
  const of = (figure: string) => tallies.filter((t) => t.figure === figure);
  return normalised({
    byStateDomain: of('state').map((t) => ({ state: t.k1, domain: t.k2, count: t.n })),
    overdue: r.overdue,
    timeInState: of('duration').map((t) => ({ state: t.k1, exits: t.n, averageDays: averageDays(t.seconds, t.n) })),
    byUnit: r.units ?? [],
    outcomes: of('outcome').map((t) => ({ outcome: t.k1, count: t.n })),
    protections: of('protection').map((t) => ({ status: t.k1, result: t.k2, count: t.n })),
    rewards: of('reward').map((t) => ({ form: t.k1, status: t.k2, count: t.n })),
  });
}

/** The years in which the unit's subtree made proposals, newest first: the choices of the year filter. */
export async function dashboardYears(db: Db, unitId: string): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    select distinct year from stat_unit_years where unit_id = ${unitId}::uuid and n > 0
    order by year desc`.execute(db);
  return rows.map((r) => r.year);
}
