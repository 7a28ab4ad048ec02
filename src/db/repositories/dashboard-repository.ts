import { sql } from 'kysely';
import type { Db } from '../kysely.ts';
import type { CampaignScopeEntry } from '../schema-campaigns.ts';
import type { ComplianceStatus } from '../../domain/campaigns/campaign-rules.ts';

export interface TallyRow {
  figure: string;
  k1: string;
  k2: string;
  n: number;
  seconds: number;
}

/** A campaign reaching into the dashboard's subtree, with its scope's units there counted by status. */
export interface DashboardCampaignRow {
  id: string;
  title: string;
  year: number;
  deadline: string;
  status: 'open' | 'closed';
  minimum_per_unit: number;
  scope: CampaignScopeEntry[];
  owner_ancestor_ids: string[];
  summary: Partial<Record<ComplianceStatus, number>> | null;
}

export interface DashboardRow {
  id: string;
  name: string;
  ancestor_ids: string[];
  years: number[];
  tallies: TallyRow[] | null;
  units: { unitId: string; name: string; count: number }[] | null;
  overdue: number;
  /** Null when there is none, or none was asked for. */
  campaigns: DashboardCampaignRow[] | null;
  /** The ancestry of each unit asked for (the viewer's own and those of their grants). */
  ancestries: { id: string; ancestor_ids: string[] }[] | null;
}

export interface DashboardQuery {
  unitId: string;
  /** Proposals of this year only; every year when null. */
  year: number | null;
  /** Vietnam's date today: a due date before it is overdue. */
  today: string;
  /** The year whose registration campaigns to report on; none when null. */
  campaignYear: number | null;
  /** Units whose ancestries to return with the rest (for the viewer's standing in each campaign). */
  ancestriesOf: string[];
}

/**
 * A dashboard in one statement: the unit (for the caller's authorisation), the years of its
 * subtree, the precomputed tallies (migration 018), its children's counts by year (migration 030),
 * the overdue count, the campaigns of the year reaching into the subtree with the compliance kept
 * for the unit by migration 031, and the viewer's ancestries. One round trip per dashboard: at
 * national load the server's work per statement, not the database's, was what a dashboard cost.
 * No row when the unit does not exist.
 */
export async function readDashboard(db: Db, q: DashboardQuery): Promise<DashboardRow | undefined> {
  const year = q.year;
  const cy = q.campaignYear;
  const { rows } = await sql<DashboardRow>`
select u.id, u.name, u.ancestor_ids,
  array(select distinct year from stat_unit_years where unit_id = u.id and n > 0 order by year desc) as years,
  (select json_agg(json_build_object('figure', figure, 'k1', k1, 'k2', k2, 'n', n, 'seconds', seconds))
     from (select figure, k1, k2, sum(n)::int as n, sum(seconds)::float8 as seconds from stat_tallies
           where unit_id = u.id and figure <> 'due' and (${year}::smallint is null or year = ${year}::smallint)
           group by figure, k1, k2 having sum(n) > 0) t) as tallies,
  (select json_agg(json_build_object('unitId', c.id, 'name', c.name, 'count', t.n))
     from units c
     join lateral (select sum(n)::int as n from stat_unit_years
                   where unit_id = c.id and (${year}::smallint is null or year = ${year}::smallint)) t
       on t.n > 0
     where c.parent_id = u.id) as units,
  (select coalesce(sum(n), 0)::int from stat_tallies
    where unit_id = u.id and figure = 'due' and (${year}::smallint is null or year = ${year}::smallint)
      and k1 < ${q.today}) as overdue,
  (select json_agg(json_build_object(
            'id', c.id, 'title', c.title, 'year', c.year, 'deadline', c.deadline, 'status', c.status,
            'minimum_per_unit', c.minimum_per_unit, 'scope', c.scope, 'owner_ancestor_ids', o.ancestor_ids,
            'summary', (select json_object_agg(a.status, a.n) from campaign_area_status a
                         where a.campaign_id = c.id and a.area_id = u.id))
          order by c.opened_at desc, c.id)
     from (select * from registration_campaigns c
            where ${cy}::smallint is not null and c.year = ${cy}::smallint
              and exists (select 1 from jsonb_array_elements(c.scope) s join units su on su.id = (s->>'unitId')::uuid
                           where su.ancestor_ids @> array[u.id]
                              or ((s->>'includeSubtree')::boolean and su.id = any(u.ancestor_ids)))
            order by c.opened_at desc, c.id limit 100) c
     join units o on o.id = c.owner_unit_id) as campaigns,
  (select json_agg(json_build_object('id', a.id, 'ancestor_ids', a.ancestor_ids))
     from units a where a.id = any(${q.ancestriesOf}::uuid[])) as ancestries
from units u where u.id = ${q.unitId}::uuid`.execute(db);
  return rows[0];
}
