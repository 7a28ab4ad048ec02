import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';
import type { CampaignScopeEntry } from '../schema-campaigns.ts';
import {
  APPROVED_STATES,
  NOT_COUNTED_STATES,
  UNSUBMITTED_STATES,
  type ComplianceStatus,
} from '../../domain/campaigns/campaign-rules.ts';

export interface CampaignRow {
  id: string;
  owner_unit_id: string;
  owner_name: string;
  owner_ancestor_ids: string[];
  year: number;
  title: string;
  scope: CampaignScopeEntry[];
  minimum_per_unit: number;
  reminder_days_before: number[];
  deadline: string;
  status: 'open' | 'closed';
  opened_by: string;
  opened_by_name: string;
  opened_at: Date;
  closed_at: Date | null;
  version: number;
}

function campaignQuery(db: Db | Tx) {
  return db
    .selectFrom('registration_campaigns as c')
    .innerJoin('units as o', 'o.id', 'c.owner_unit_id')
    .innerJoin('people as p', 'p.id', 'c.opened_by')
    .select([
      'c.id',
      'c.owner_unit_id',
      'o.name as owner_name',
      'o.ancestor_ids as owner_ancestor_ids',
      'c.year',
      'c.title',
      'c.scope',
      'c.minimum_per_unit',
      'c.reminder_days_before',
      'c.deadline',
      'c.status',
      'c.opened_by',
      'p.full_name as opened_by_name',
      'c.opened_at',
      'c.closed_at',
      'c.version',
    ]);
}

export async function findCampaign(db: Db | Tx, id: string): Promise<CampaignRow | undefined> {
  return campaignQuery(db).where('c.id', '=', id).executeTakeFirst();
}

/** Every campaign, newest year first: a few per province and year, so the caller filters them. */
export async function listCampaigns(db: Db | Tx, status?: 'open' | 'closed'): Promise<CampaignRow[]> {
  let q = campaignQuery(db);
  if (status) q = q.where('c.status', '=', status);
  return q.orderBy('c.year', 'desc').orderBy('c.opened_at', 'desc').limit(1000).execute();
}

/** Names of the scope's units, for showing a campaign. */
export async function unitNames(db: Db | Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which units of the campaign's scope to report on: all, or those inside the caller's view. */
export interface UnitFilter {
  subtrees: string[];
  units: string[];
}

export interface ComplianceQuery {
  campaignId: string;
  scope: CampaignScopeEntry[];
  minimum: number;
  visible?: UnitFilter;
  /** Only the units at or below this one (a dashboard's subtree). */
  within?: string | undefined;
  status?: ComplianceStatus;
  limit?: number;
  offset?: number;
}

export interface ComplianceDbRow {
  unit_id: string;
  unit_code: string;
  unit_name: string;
  registered: number;
  submitted: number;
  approved: number;
  status: ComplianceStatus;
  total: number;
}

const uuids = (ids: string[]) => sql`${ids}::uuid[]`;
const texts = (xs: readonly string[]) => sql`${[...xs]}::text[]`;

/**
 * The units of a campaign's scope with their linked cases counted, in one grouped statement:
 * units found through the GIN index on their ancestry, counts summed from the few rows of
 * `campaign_tallies` of each (campaign, unit) — registered cases by state, kept with every link
 * and change of state (migration 030) — rather than from every registered case. The status is
 * `complianceStatus` of the domain, written as SQL so that filtering and paging stay in the
 * database (test/campaigns checks the two agree, and the tallies against the cases).
 */
function complianceCte(q: ComplianceQuery) {
  const direct = q.scope.map((s) => s.unitId);
  const subtrees = q.scope.filter((s) => s.includeSubtree).map((s) => s.unitId);
  const visible = q.visible
    ? sql`and (u.id = any(${uuids(q.visible.units)}) or u.ancestor_ids && ${uuids(q.visible.subtrees)})`
    : sql``;
  const within = q.within ? sql`and u.ancestor_ids @> ${uuids([q.within])}` : sql``;
  return sql`
    with scoped as (
      select u.id, u.code, u.name from units u
       where u.active and (u.id = any(${uuids(direct)}) or u.ancestor_ids && ${uuids(subtrees)}) ${visible} ${within}
    ), counted as (
      select s.id as unit_id, s.code as unit_code, s.name as unit_name,
             coalesce(sum(t.n) filter (where t.state <> all(${texts(NOT_COUNTED_STATES)})), 0)::int as registered,
             coalesce(sum(t.n) filter (where t.state <> all(${texts(NOT_COUNTED_STATES)})
                                         and t.state <> all(${texts(UNSUBMITTED_STATES)})), 0)::int as submitted,
             coalesce(sum(t.n) filter (where t.state = any(${texts(APPROVED_STATES)})), 0)::int as approved
        from scoped s
        left join campaign_tallies t on t.campaign_id = ${q.campaignId} and t.unit_id = s.id
       group by s.id, s.code, s.name
    ), statused as (
      select counted.*,
             case when approved >= ${q.minimum} then 'approved'
                  when submitted >= ${q.minimum} then 'submitted'
                  when registered >= ${q.minimum} then 'registered'
                  else 'none' end as status
        from counted
    )`;
}

export async function complianceRows(db: Db | Tx, q: ComplianceQuery): Promise<ComplianceDbRow[]> {
  const filter = q.status ? sql`where status = ${q.status}` : sql``;
  const { rows } = await sql<ComplianceDbRow>`
    ${complianceCte(q)}
    select statused.*, (count(*) over ())::int as total from statused ${filter}
     order by unit_name collate vi, unit_code
     limit ${q.limit ?? 1000} offset ${q.offset ?? 0}`.execute(db);
  return rows;
}

export async function complianceSummary(db: Db | Tx, q: ComplianceQuery): Promise<Record<ComplianceStatus, number>> {
  return (await complianceSummaries(db, [q]))[0]!;
}

/**
 * The summaries of several campaigns in one round trip (a national dashboard reaches one campaign
 * per province). Inside a subtree, or over the whole scope, they are read from the statuses kept
 * by migration 031 (`campaign_area_status`: at most four rows per campaign); limited to what a
 * viewer may see, each campaign's grouping is a branch of one `union all`.
 */
export async function complianceSummaries(
  db: Db | Tx,
  qs: ComplianceQuery[],
): Promise<Record<ComplianceStatus, number>[]> {
  if (qs.length === 0) return [];
  const branches = qs.map((q, i) => {
    const at = sql.raw(String(i));
    if (q.visible)
      return sql`select ${i}::int as i, status, n from (
        ${complianceCte(q)}
        select status, count(*)::int as n from statused group by status) s${at}`;
    if (q.within)
      return sql`select ${i}::int as i, status, n from campaign_area_status
                  where campaign_id = ${q.campaignId} and area_id = ${q.within}`;
    return sql`select ${i}::int as i, status, count(*)::int as n from campaign_unit_status
                where campaign_id = ${q.campaignId} group by status`;
  });
  const { rows } = await sql<{ i: number; status: ComplianceStatus; n: number }>`${sql.join(
    branches,
    sql` union all `,
  )}`.execute(db);
  const summaries = qs.map(() => ({ none: 0, registered: 0, submitted: 0, approved: 0 }));
  for (const r of rows) summaries[r.i]![r.status] += r.n;
  return summaries;
}

/** Heads of these units, for reminders (one statement for all of them). */
export async function headsOf(db: Db | Tx, unitIds: string[]): Promise<{ unit_id: string; person_id: string }[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('role_grants')
    .innerJoin('people', 'people.id', 'role_grants.person_id')
    .select(['role_grants.unit_id', 'role_grants.person_id'])
    .where('role_grants.role', '=', 'head')
    .where('people.active', '=', true)
    .where('role_grants.unit_id', 'in', unitIds)
    .execute();
}
