import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { FINAL_STATES } from '../../domain/case/states.ts';
import type { DashboardFigures, FigureFilter, StateDomainCount } from './figures.ts';
import type { DashboardView } from '../../contract/statistics.ts';

type DashboardCompliance = DashboardView['compliance'][number];

/** Roles whose holders see a unit's statistics: its leadership and those who oversee it. */
export const DASHBOARD_ROLES: readonly Role[] = ['head', 'deputy', 'org_officer', 'inspector', 'administrator'];

export interface DashboardUnit {
  id: string;
  name: string;
  ancestor_ids: string[];
}

/** A grant on the unit itself, or a subtree grant on one of its ancestors. */
export function maySeeDashboard(actor: Actor, unit: DashboardUnit, roles: readonly Role[] = DASHBOARD_ROLES): boolean {
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) && (g.unitId === unit.id || (g.includeSubtree && unit.ancestor_ids.includes(g.unitId))),
  );
}

/**
 * Whether the dashboard's figures open lists of cases for this viewer. An administrator manages
 * accounts and sees no case by that role (the cases' visibility rules), so to an administrator
 * alone the figures are numbers, not links to lists that would always be empty.
 */
export const dashboardListsOpen = (actor: Actor, unit: DashboardUnit) =>
  maySeeDashboard(
    actor,
    unit,
    DASHBOARD_ROLES.filter((r) => r !== 'administrator'),
  );

/** The unit read for a dashboard, if the actor may see it: 404 when there is none, 403 when not theirs. */
export function dashboardUnitFor<U extends DashboardUnit>(actor: Actor, unitId: string, unit: U | undefined): U {
  if (!unit) throw new DomainError('not_found', 'unit_not_found', [], { id: unitId });
  if (!maySeeDashboard(actor, unit))
    throw new DomainError('forbidden', 'not_permitted', [], { action: 'view_statistics' });
  return unit;
}

export interface Dashboard extends DashboardFigures {
  compliance: DashboardCompliance[];
  listsOpen: boolean;
  unit: { id: string; name: string };
  today: string;
  year: number | null;
  /** The years with proposals in the subtree, newest first. */
  years: number[];
  total: number;
  open: number;
  byState: { state: string; count: number }[];
  byDomain: { domain: string; count: number }[];
}

const summed = <K extends string>(rows: StateDomainCount[], key: (r: StateDomainCount) => string, name: K) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.count);
  return [...m]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, count]) => ({ [name]: k, count }) as Record<K, string> & { count: number });
};

export function assembleDashboard(
  unit: DashboardUnit,
  f: FigureFilter,
  years: number[],
  figures: DashboardFigures,
  programme: { compliance: DashboardCompliance[]; listsOpen: boolean } = { compliance: [], listsOpen: true },
): Dashboard {
  const byState = summed(figures.byStateDomain, (r) => r.state, 'state');
  const total = byState.reduce((a, b) => a + b.count, 0);
  const closed = byState
    .filter((s) => (FINAL_STATES as readonly string[]).includes(s.state))
    .reduce((a, b) => a + b.count, 0);
  return {
    unit: { id: unit.id, name: unit.name },
    today: f.today,
    year: f.year ?? null,
    years,
    total,
    open: total - closed,
    byState,
    byDomain: summed(figures.byStateDomain, (r) => r.domain, 'domain'),
    ...figures,
    ...programme,
  };
}
