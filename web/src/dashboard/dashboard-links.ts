/** The scope of a dashboard: a unit with its subtree, and optionally a year of proposal. */
export interface DashboardScope {
  unitId: string;
  year?: number | undefined;
}

/** The case list of what a figure counts: the same subtree and year, and the figure's own key. */
export function caseListLink(scope: DashboardScope, filter: Record<string, string> = {}): string {
  const p = new URLSearchParams({ proposerUnitId: scope.unitId });
  if (scope.year) p.set('year', String(scope.year));
  for (const [k, v] of Object.entries(filter)) p.set(k, v);
  return `/cases?${p}`;
}

/** The dashboard of another scope (a unit below, another year): shareable as it is. */
export function dashboardLink(scope: DashboardScope): string {
  const p = new URLSearchParams({ unitId: scope.unitId });
  if (scope.year) p.set('year', String(scope.year));
  return `/dashboard?${p}`;
}
