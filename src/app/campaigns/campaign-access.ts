import type { Db, Tx } from '../../db/kysely.ts';
import { findCampaign, type CampaignRow } from '../../db/repositories/campaign-repository.ts';
import { CAMPAIGN_PERMISSIONS, complianceViewScope, mayOnCampaign } from '../../domain/campaigns/campaign-rules.ts';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

/** The units whose ancestries decide the actor's standing in a campaign: their own and their grants'. */
export const standingUnits = (actor: Actor) => [...new Set([actor.unitId, ...actor.grants.map((g) => g.unitId)])];

/** The ancestry (root to unit) of the actor's own unit and of every unit they hold a grant on. */
export async function actorAncestries(db: Db | Tx, actor: Actor): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'ancestor_ids'])
    .where('id', 'in', standingUnits(actor))
    .execute();
  return new Map(rows.map((r) => [r.id, r.ancestor_ids]));
}

export interface CampaignStanding {
  /** The actor's own unit is in the campaign's scope. */
  myUnitInScope: boolean;
  /** May close it and see the compliance of its whole scope. */
  mayManage: boolean;
  /** Holds a grant allowed to see compliance on some unit of the scope (an officer of one department). */
  mayViewSome: boolean;
}

/** What of a campaign decides how someone stands to it. */
type CampaignReach = Pick<CampaignRow, 'scope' | 'owner_ancestor_ids'>;

const inScope = (c: CampaignReach, ancestry: readonly string[] | undefined) =>
  !!ancestry &&
  c.scope.some((s) => s.unitId === ancestry[ancestry.length - 1] || (s.includeSubtree && ancestry.includes(s.unitId)));

/** How the actor stands to a campaign, from the ancestries of their units (no query per campaign). */
export function standingOf(actor: Actor, c: CampaignReach, ancestries: Map<string, string[]>): CampaignStanding {
  const viewRoles: readonly Role[] = CAMPAIGN_PERMISSIONS.view_compliance;
  const mayManage = mayOnCampaign(actor, 'close', c.owner_ancestor_ids);
  const mayViewSome =
    mayManage ||
    actor.grants.some(
      (g) =>
        viewRoles.includes(g.role) &&
        (inScope(c, ancestries.get(g.unitId)) ||
          ((g.includeSubtree || g.role === 'administrator') && c.owner_ancestor_ids.includes(g.unitId))),
    );
  return { myUnitInScope: inScope(c, ancestries.get(actor.unitId)), mayManage, mayViewSome };
}

/** A campaign the actor may see (its unit is asked to register, or they follow it); 404 otherwise. */
export async function campaignFor(
  db: Db | Tx,
  actor: Actor,
  id: string,
): Promise<{ campaign: CampaignRow; standing: CampaignStanding }> {
  const campaign = await findCampaign(db, id);
  if (!campaign) throw new DomainError('not_found', 'campaign_not_found');
  const standing = standingOf(actor, campaign, await actorAncestries(db, actor));
  if (!standing.myUnitInScope && !standing.mayViewSome) throw new DomainError('not_found', 'campaign_not_found');
  return { campaign, standing };
}

/** The units whose compliance the actor sees: the whole scope for a manager, their own part otherwise. */
export function complianceFilterFor(actor: Actor, standing: CampaignStanding) {
  if (!standing.mayViewSome) throw new DomainError('forbidden', 'not_permitted');
  return standing.mayManage ? undefined : complianceViewScope(actor);
}
