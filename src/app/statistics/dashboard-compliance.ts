import type { DashboardRow } from '../../db/repositories/dashboard-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { standingOf } from '../campaigns/campaign-access.ts';

export interface DashboardCompliance {
  campaignId: string;
  title: string;
  year: number;
  deadline: string;
  status: 'open' | 'closed';
  minimumPerUnit: number;
  /** Units of the campaign's scope inside the dashboard's subtree, by how far they have gone. */
  summary: { none: number; registered: number; submitted: number; approved: number };
  /** The viewer may open the campaign's compliance list (its organisation officers and administrators). */
  mayOpen: boolean;
}

/**
 * Registration compliance for a dashboard (issue 14, item 3): each campaign of the year that
 * reaches into the unit's subtree, its scope's units inside that subtree counted by status — the
 * counts kept for the unit by migration 031, read with the rest of the dashboard (`readDashboard`),
 * so a national dashboard reads a few rows per province's campaign instead of grouping its units.
 * The counts are figures of the subtree, which every dashboard viewer may see; the list of units
 * opens only for those who may follow the campaign.
 */
export function dashboardCompliance(actor: Actor, row: Pick<DashboardRow, 'campaigns' | 'ancestries'>) {
  const ancestries = new Map((row.ancestries ?? []).map((a) => [a.id, a.ancestor_ids]));
  return (row.campaigns ?? []).map(
    (c): DashboardCompliance => ({
      campaignId: c.id,
      title: c.title,
      year: c.year,
      deadline: c.deadline,
      status: c.status,
      minimumPerUnit: c.minimum_per_unit,
      summary: { none: 0, registered: 0, submitted: 0, approved: 0, ...c.summary },
      mayOpen: standingOf(actor, c, ancestries).mayViewSome,
    }),
  );
}
