import type { Db } from '../../db/kysely.ts';
import { readDashboard } from '../../db/repositories/dashboard-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { standingUnits } from '../campaigns/campaign-access.ts';
import { assembleDashboard, dashboardListsOpen, dashboardUnitFor, type Dashboard } from './dashboard.ts';
import { dashboardCompliance } from './dashboard-compliance.ts';
import { figuresOf } from './tallies.ts';

export interface DashboardRequest {
  unitId: string;
  /** Proposals of this year only; every year when absent. */
  year?: number | undefined;
  /** Vietnam's date today. */
  today: string;
}

/**
 * A unit's dashboard for a viewer, read in one statement (`readDashboard`) and shown only to those
 * who may see it: the unit's leadership and those who oversee it (`maySeeDashboard`). Registration
 * compliance is that of the filtered year's campaigns, or this year's when no year is chosen.
 */
export async function loadDashboard(db: Db, actor: Actor, r: DashboardRequest): Promise<Dashboard> {
  const row = dashboardUnitFor(
    actor,
    r.unitId,
    await readDashboard(db, {
      unitId: r.unitId,
      year: r.year ?? null,
      today: r.today,
      campaignYear: r.year ?? Number(r.today.slice(0, 4)),
      ancestriesOf: standingUnits(actor),
    }),
  );
  const filter = { unitId: row.id, today: r.today, year: r.year };
  return assembleDashboard(row, filter, row.years, figuresOf(row), {
    compliance: dashboardCompliance(actor, row),
    listsOpen: dashboardListsOpen(actor, row),
  });
}
