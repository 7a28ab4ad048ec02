import type { AppContext } from '../context.ts';
import { listCampaigns, unitNames, type CampaignRow } from '../../db/repositories/campaign-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { actorAncestries, campaignFor, standingOf, type CampaignStanding } from './campaign-access.ts';

/** A campaign with how the caller stands to it and the names of its scope's units. */
export interface CampaignView {
  campaign: CampaignRow;
  standing: CampaignStanding;
  unitNames: Map<string, string>;
}

/** The campaigns the actor's unit is asked to register in, and those they follow. */
export async function campaignsOf(
  app: AppContext,
  actor: Actor,
  filter: { status?: 'open' | 'closed'; mine?: boolean } = {},
): Promise<CampaignView[]> {
  const [rows, ancestries] = await Promise.all([listCampaigns(app.db, filter.status), actorAncestries(app.db, actor)]);
  const visible = rows
    .map((campaign) => ({ campaign, standing: standingOf(actor, campaign, ancestries) }))
    .filter(({ standing: s }) => (filter.mine ? s.myUnitInScope : s.myUnitInScope || s.mayViewSome));
  const names = await unitNames(app.db, [
    ...new Set(visible.flatMap(({ campaign }) => campaign.scope.map((x) => x.unitId))),
  ]);
  return visible.map((v) => ({ ...v, unitNames: names }));
}

export async function campaignView(app: AppContext, actor: Actor, id: string): Promise<CampaignView> {
  const { campaign, standing } = await campaignFor(app.db, actor, id);
  const names = await unitNames(
    app.db,
    campaign.scope.map((s) => s.unitId),
  );
  return { campaign, standing, unitNames: names };
}
