import type { AppContext } from '../context.ts';
import { audit } from '../org/admin-scope.ts';
import { mayOnCampaign } from '../../domain/campaigns/campaign-rules.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { campaignFor } from './campaign-access.ts';

/**
 * Closes a campaign: no more proposals link to it and the sweep stops chasing its units; the
 * compliance report stays. A write with a version check (If-Match), audited in its transaction.
 */
export async function closeCampaign(app: AppContext, actor: Actor, id: string, version: number | undefined) {
  await app.db.transaction().execute(async (tx) => {
    const { campaign } = await campaignFor(tx, actor, id);
    if (!mayOnCampaign(actor, 'close', campaign.owner_ancestor_ids))
      throw new DomainError('forbidden', 'not_permitted');
    if (version === undefined) throw new DomainError('precondition', 'if_match_required');
    if (campaign.status === 'closed') throw new DomainError('conflict', 'campaign_closed');
    const updated = await tx
      .updateTable('registration_campaigns')
      .set({ status: 'closed', closed_by: actor.personId, closed_at: app.now(), version: campaign.version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new DomainError('precondition', 'stale_version', [], { current: campaign.version });
    await audit(tx, actor, 'campaign.close', 'registration_campaign', id, { version });
  });
}
