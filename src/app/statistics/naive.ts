import { sql } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import type { DashboardFigures, StateDomainCount } from './dashboard.ts';

/**
 * The same figures computed directly from the cases and their histories with GROUP BY: the
 * reference the precomputed counters are tested against, and the baseline the benchmark shows
 * beside them. Its cost grows with the number of cases under the unit.
 */
export async function naiveFigures(db: Db, unitId: string, today: string): Promise<DashboardFigures> {
  const inUnit = sql`c.proposer_unit_id in (select id from units where ancestor_ids @> array[${unitId}::uuid])`;
  const counts = await sql<StateDomainCount>`
    select c.state, c.domain, count(*)::int as count from cases c where ${inUnit}
    group by c.state, c.domain order by c.state, c.domain`.execute(db);
  const overdue = await sql<{ n: number }>`
    select count(*)::int as n from cases c where ${inUnit} and c.due_on < ${today}::date`.execute(db);
  // A state is entered by the creation event or by an event whose 'from' differs from its 'to';
  // it is left at the next such event of the same case.
  const durations = await sql<{ state: string; seconds: number; n: number }>`
    select state, sum(extract(epoch from left_at - occurred_at))::float8 as seconds, count(*)::int as n
    from (
      select e.payload->>'to' as state, e.occurred_at,
             lead(e.occurred_at) over (partition by e.case_id order by e.seq) as left_at
      from case_events e join cases c on c.id = e.case_id
      where ${inUnit} and e.payload ? 'to' and (e.payload->>'from') is distinct from (e.payload->>'to')
    ) s
    where left_at is not null
    group by state order by state`.execute(db);
  return {
    byStateDomain: counts.rows,
    overdue: overdue.rows[0]!.n,
    timeInState: durations.rows.map((d) => ({
      state: d.state,
      exits: d.n,
      averageDays: d.n === 0 ? 0 : Math.round((d.seconds / d.n / 86_400) * 100) / 100,
    })),
  };
}
