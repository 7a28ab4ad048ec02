import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { checkAttachments, checkPastDate, nfc } from '../cases/checks.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalidField } from '../../domain/errors.ts';
import { chainEvent } from '../protection/case-chain.ts';
import { loadRewardForWrite } from './load-reward.ts';
import type { RewardDecisionBody } from './reward-schemas.ts';

/**
 * Records the competent authority's decision on a reward proposal: granted or refused, by whom
 * (signer and title), its number, date and legal basis. A refusal must give its reasons.
 */
export async function decideReward(
  app: AppContext,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  raw: Static<typeof RewardDecisionBody>,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const { reward, row, snapshot, relation } = await loadRewardForWrite(
      tx,
      app,
      actor,
      id,
      expectedVersion,
      'record_reward_decision',
    );
    const now = app.now();
    const decisionDate = checkPastDate(
      body.decisionDate,
      'decisionDate',
      vietnamDate(now),
      vietnamDate(reward.proposed_at),
    );
    const reasons = body.reasons?.trim() ?? '';
    if (body.decision === 'refused' && reasons.length < snapshot.profile.minReasonLength) {
      throw invalidField('reasons', reasons ? 'too_short' : 'required', { min: snapshot.profile.minReasonLength });
    }
    const attachmentIds = await checkAttachments(tx, row.id, body.attachmentIds, 'attachmentIds');
    const decision = {
      decision: body.decision,
      issuingAuthority: body.issuingAuthority.trim(),
      signer: { name: body.signer.name.trim(), title: body.signer.title.trim() },
      decisionNumber: body.decisionNumber.trim(),
      decisionDate,
      legalBasis: body.legalBasis.trim(),
      attachmentIds,
    };
    await chainEvent(tx, row, {
      type: 'reward_decided',
      actor,
      relation,
      reasons: reasons || null,
      at: now,
      payload: {
        rewardProposalId: reward.id,
        personId: reward.person_id,
        unitId: reward.unit_id,
        form: reward.form,
        months: reward.months,
        ...decision,
      },
    });
    await tx
      .updateTable('reward_proposals')
      .set({
        status: body.decision,
        version: reward.version + 1,
        decision: JSON.stringify({ ...decision, reasons: reasons || null }),
        decided_by: actor.personId,
        decided_at: now,
      })
      .where('id', '=', reward.id)
      .execute();
  });
}
