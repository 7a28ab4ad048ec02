import type { AppContext } from '../context.ts';
import { listCampaigns, unitNames, type CampaignRow } from '../../db/repositories/campaign-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { Campaign, CampaignList } from '../../contract/campaigns.ts';
import { actorAncestries, campaignFor, standingOf, type CampaignStanding } from './campaign-access.ts';

export function presentCampaign(c: CampaignRow, standing: CampaignStanding, names: Map<string, string>): Campaign {
  return {
    id: c.id,
    year: c.year,
    title: c.title,
    ownerUnit: { id: c.owner_unit_id, name: c.owner_name },
    scope: c.scope.map((s) => ({
      unitId: s.unitId,
      unitName: names.get(s.unitId) ?? '',
      includeSubtree: s.includeSubtree,
    })),
    minimumPerUnit: c.minimum_per_unit,
    deadline: c.deadline,
    status: c.status,
    openedBy: { id: c.opened_by, name: c.opened_by_name },
    openedAt: c.opened_at.toISOString(),
    closedAt: c.closed_at ? c.closed_at.toISOString() : null,
    version: c.version,
    myUnitInScope: standing.myUnitInScope,
    mayManage: standing.mayManage,
    mayViewCompliance: standing.mayViewSome,
  };
}

/** The campaigns the actor's unit is asked to register in, and those they follow. */
export async function campaignsOf(
  app: AppContext,
  actor: Actor,
  filter: { status?: 'open' | 'closed'; mine?: boolean } = {},
): Promise<CampaignList> {
  const [rows, ancestries] = await Promise.all([listCampaigns(app.db, filter.status), actorAncestries(app.db, actor)]);
  const visible = rows
    .map((c) => ({ c, s: standingOf(actor, c, ancestries) }))
    .filter(({ s }) => (filter.mine ? s.myUnitInScope : s.myUnitInScope || s.mayViewSome));
  const names = await unitNames(app.db, [...new Set(visible.flatMap(({ c }) => c.scope.map((x) => x.unitId)))]);
  return { items: visible.map(({ c, s }) => presentCampaign(c, s, names)) };
}

export async function campaignView(app: AppContext, actor: Actor, id: string): Promise<Campaign> {
  const { campaign, standing } = await campaignFor(app.db, actor, id);
  const names = await unitNames(
    app.db,
    campaign.scope.map((s) => s.unitId),
  );
  return presentCampaign(campaign, standing, names);
}
