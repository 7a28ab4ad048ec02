import type { Db } from '../../db/kysely.ts';
import { campaignsReaching, complianceSummaries } from '../../db/repositories/campaign-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { actorAncestries, standingOf } from '../campaigns/campaign-access.ts';
import type { DashboardUnit } from './dashboard.ts';

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
 * counts kept for the unit by migration 031, so a national dashboard reads a few rows per
 * province's campaign instead of grouping its units. The counts are figures of the subtree, which
 * every dashboard viewer may see; the list of units opens only for those who may follow the
 * campaign.
 */
export async function dashboardCompliance(
  db: Db,
  actor: Actor,
  unit: DashboardUnit,
  year: number,
): Promise<DashboardCompliance[]> {
  const campaigns = await campaignsReaching(db, unit.id, unit.ancestor_ids, year);
  if (campaigns.length === 0) return [];
  const [ancestries, summaries] = await Promise.all([
    actorAncestries(db, actor),
    // One statement for every campaign: a national dashboard reaches one per province.
    complianceSummaries(
      db,
      campaigns.map((c) => ({ campaignId: c.id, scope: c.scope, minimum: c.minimum_per_unit, within: unit.id })),
    ),
  ]);
  return campaigns.map((c, i) => ({
    campaignId: c.id,
    title: c.title,
    year: c.year,
    deadline: c.deadline,
    status: c.status,
    minimumPerUnit: c.minimum_per_unit,
    summary: summaries[i]!,
    mayOpen: standingOf(actor, c, ancestries).mayViewSome,
  }));
}
