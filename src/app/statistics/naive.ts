import { sql } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import { averageDays, normalised, type DashboardFigures, type FigureFilter, type UnitCount } from './figures.ts';

/**
 * The same figures computed directly from the cases, their histories, protections and rewards
 * with GROUP BY: the reference the precomputed tallies are tested against, and the baseline the
 * benchmark shows beside them. Its cost grows with the number of cases under the unit.
 */
export async function naiveFigures(db: Db, f: FigureFilter): Promise<DashboardFigures> {
  const inUnit = sql`c.proposer_unit_id in (select id from units where ancestor_ids @> array[${f.unitId}::uuid])`;
  const inYear =
    f.year === undefined
      ? sql`true`
      : sql`extract(year from (c.created_at at time zone 'UTC') + interval '7 hours') = ${f.year}`;
  const where = sql`${inUnit} and ${inYear}`;
  const counts = await sql<{ state: string; domain: string; count: number }>`
    select c.state, c.domain, count(*)::int as count from cases c where ${where} group by c.state, c.domain`.execute(
    db,
  );
  const overdue = await sql<{ n: number }>`
    select count(*)::int as n from cases c where ${where} and c.due_on < ${f.today}::date`.execute(db);
  // A state is entered by the creation event or by an event whose 'from' differs from its 'to';
  // it is left at the next such event of the same case.
  const durations = await sql<{ state: string; seconds: number; n: number }>`
    select state, sum(extract(epoch from left_at - occurred_at))::float8 as seconds, count(*)::int as n
    from (
      select e.payload->>'to' as state, e.occurred_at,
             lead(e.occurred_at) over (partition by e.case_id order by e.seq) as left_at
      from case_events e join cases c on c.id = e.case_id
      where ${where} and e.payload ? 'to' and (e.payload->>'from') is distinct from (e.payload->>'to')
    ) s
    where left_at is not null
    group by state`.execute(db);
  const units = await sql<UnitCount>`
    select ch.id as "unitId", ch.name, count(*)::int as count
    from units ch join units u on u.ancestor_ids @> array[ch.id] join cases c on c.proposer_unit_id = u.id
    where ch.parent_id = ${f.unitId}::uuid and ${inYear}
    group by ch.id, ch.name`.execute(db);
  const outcomes = await sql<{ outcome: string; count: number }>`
    select e.payload->>'outcome' as outcome, count(*)::int as count
    from case_events e join cases c on c.id = e.case_id
    where ${where} and e.type = 'evaluated' group by 1`.execute(db);
  const protections = await sql<{ status: string; result: string; count: number }>`
    select case when d.status = 'revoked' then 'revoked' when d.decided_result = 'not_protected' then 'refused'
                else 'granted' end as status,
           d.decided_result as result, count(*)::int as count
    from protection_determinations d join protection_cases pc on pc.id = d.protection_case_id
    join cases c on c.id = pc.case_id
    where ${where} and d.status in ('decided', 'revoked') group by 1, 2`.execute(db);
  const rewards = await sql<{ form: string; status: string; count: number }>`
    select r.form, r.status, count(*)::int as count from reward_proposals r join cases c on c.id = r.case_id
    where ${where} group by 1, 2`.execute(db);
  return normalised({
    byStateDomain: counts.rows,
    overdue: overdue.rows[0]!.n,
    timeInState: durations.rows.map((d) => ({ state: d.state, exits: d.n, averageDays: averageDays(d.seconds, d.n) })),
    byUnit: units.rows,
    outcomes: outcomes.rows,
    protections: protections.rows,
    rewards: rewards.rows,
  });
}
