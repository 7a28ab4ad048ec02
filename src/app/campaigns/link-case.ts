import type { Tx } from '../../db/kysely.ts';
import { findCampaign } from '../../db/repositories/campaign-repository.ts';
import { appendEvent } from '../../db/repositories/event-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalidField } from '../../domain/errors.ts';

/**
 * Registers a new proposal in a campaign, in the transaction that creates it: the campaign must
 * be open and the proposer's unit in its scope. The link is an event of the case's chain, so the
 * record shows which campaign the proposal answered.
 */
export async function linkCaseToCampaign(
  tx: Tx,
  actor: Actor,
  caseId: string,
  campaignId: string,
  now: Date,
): Promise<void> {
  // Held until commit, so a campaign cannot close between this check and the link.
  const locked = await tx
    .selectFrom('registration_campaigns')
    .select('id')
    .where('id', '=', campaignId)
    .forShare()
    .executeTakeFirst();
  const campaign = locked && (await findCampaign(tx, campaignId));
  if (!campaign) throw invalidField('campaignId', 'unknown_campaign');
  if (campaign.status !== 'open') throw invalidField('campaignId', 'campaign_closed');
  const unit = await tx
    .selectFrom('units')
    .select('ancestor_ids')
    .where('id', '=', actor.unitId)
    .executeTakeFirstOrThrow();
  const inScope = campaign.scope.some(
    (s) => s.unitId === actor.unitId || (s.includeSubtree && unit.ancestor_ids.includes(s.unitId)),
  );
  if (!inScope) throw invalidField('campaignId', 'unit_not_in_campaign_scope');
  await tx
    .insertInto('campaign_cases')
    .values({ case_id: caseId, campaign_id: campaignId, unit_id: actor.unitId, linked_at: now })
    .execute();
  await appendEvent(tx, {
    caseId,
    type: 'campaign_linked',
    actorId: actor.personId,
    actorRole: 'proposer',
    actorUnitId: actor.unitId,
    occurredAt: now,
    reasons: null,
    payload: { campaignId, year: campaign.year, title: campaign.title, unitId: actor.unitId },
  });
}
