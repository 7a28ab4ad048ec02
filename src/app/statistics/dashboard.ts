import { sql } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { FINAL_STATES } from '../../domain/case/states.ts';

/** Roles whose holders see a unit's statistics: its leadership and those who oversee it. */
export const DASHBOARD_ROLES: readonly Role[] = ['head', 'deputy', 'org_officer', 'inspector', 'administrator'];

export interface DashboardUnit {
  id: string;
  name: string;
  ancestor_ids: string[];
}

/** A grant on the unit itself, or a subtree grant on one of its ancestors. */
export function maySeeDashboard(actor: Actor, unit: DashboardUnit): boolean {
  return actor.grants.some(
    (g) =>
      DASHBOARD_ROLES.includes(g.role) &&
      (g.unitId === unit.id || (g.includeSubtree && unit.ancestor_ids.includes(g.unitId))),
  );
}

export async function dashboardUnit(db: Db, actor: Actor, unitId: string): Promise<DashboardUnit> {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'name', 'ancestor_ids'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw new DomainError('not_found', 'unit_not_found', [], { id: unitId });
  if (!maySeeDashboard(actor, unit))
    throw new DomainError('forbidden', 'not_permitted', [], { action: 'view_statistics' });
  return unit;
}

export interface StateDomainCount {
  state: string;
  domain: string;
  count: number;
}

export interface StateDuration {
  state: string;
  /** How many times a case left the state (the average is over these). */
  exits: number;
  averageDays: number;
}

export interface DashboardFigures {
  byStateDomain: StateDomainCount[];
  overdue: number;
  timeInState: StateDuration[];
}

export interface Dashboard extends DashboardFigures {
  unit: { id: string; name: string };
  today: string;
  total: number;
  open: number;
  byState: { state: string; count: number }[];
}

const days = (seconds: number, n: number) => (n === 0 ? 0 : Math.round((seconds / n / 86_400) * 100) / 100);

/**
 * The dashboard from the precomputed tables: three index range scans on the unit's rows, in one
 * round trip (on the embedded database every round trip holds its only connection).
 */
export async function precomputedFigures(db: Db, unitId: string, today: string): Promise<DashboardFigures> {
  const { rows } = await sql<{
    counts: StateDomainCount[] | null;
    durations: { state: string; seconds: number; n: number }[] | null;
    overdue: number;
  }>`
select
  (select json_agg(json_build_object('state', state, 'domain', domain, 'count', n) order by state, domain)
     from (select state, domain, sum(n)::int as n from stat_state_counts where unit_id = ${unitId}::uuid
           group by state, domain having sum(n) > 0) c) as counts,
  (select json_agg(json_build_object('state', state, 'seconds', seconds, 'n', n) order by state)
     from (select state, sum(total_seconds) as seconds, sum(n)::int as n from stat_state_durations
           where unit_id = ${unitId}::uuid group by state having sum(n) > 0) d) as durations,
  (select coalesce(sum(n), 0)::int from stat_due_counts where unit_id = ${unitId}::uuid and due_on < ${today}::date) as overdue`.execute(
    db,
  );
  const r = rows[0]!;
  return {
    byStateDomain: r.counts ?? [],
    overdue: r.overdue,
    timeInState: (r.durations ?? []).map((d) => ({ state: d.state, exits: d.n, averageDays: days(d.seconds, d.n) })),
  };
}

export function assembleDashboard(unit: DashboardUnit, today: string, f: DashboardFigures): Dashboard {
  const byState = new Map<string, number>();
  for (const c of f.byStateDomain) byState.set(c.state, (byState.get(c.state) ?? 0) + c.count);
  const total = [...byState.values()].reduce((a, b) => a + b, 0);
  const closed = FINAL_STATES.reduce((a, s) => a + (byState.get(s) ?? 0), 0);
  return {
    unit: { id: unit.id, name: unit.name },
    today,
    total,
    open: total - closed,
    byState: [...byState].map(([state, count]) => ({ state, count })).sort((a, b) => a.state.localeCompare(b.state)),
    ...f,
  };
}
