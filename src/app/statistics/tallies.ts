import type { DashboardRow } from '../../db/repositories/dashboard-repository.ts';
import { averageDays, normalised, type DashboardFigures } from './figures.ts';

/**
 * The figures of a dashboard's row (`readDashboard`): the precomputed tallies (migration 018) and
 * the children's counts by year (migration 030), grouped as the dashboard shows them. Tests compare
 * them with the naive grouping of `naive.ts`.
 */
export function figuresOf(r: Pick<DashboardRow, 'tallies' | 'units' | 'overdue'>): DashboardFigures {
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
