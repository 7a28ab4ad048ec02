import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { checkDate, nfc } from '../cases/checks.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalidField } from '../../domain/errors.ts';
import { chainEvent } from '../protection/case-chain.ts';
import { loadRewardForWrite } from './load-reward.ts';
import type { RewardOutcomeBody } from './reward-schemas.ts';

/**
 * Tracks a granted reward to its outcome: the commendation was presented, the salary step took
 * effect on a date, the training was funded — or it was not carried out, and why.
 */
export async function recordRewardOutcome(
  app: AppContext,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  raw: Static<typeof RewardOutcomeBody>,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const { reward, row, relation } = await loadRewardForWrite(
      tx,
      app,
      actor,
      id,
      expectedVersion,
      'record_reward_outcome',
    );
    const effectiveOn = checkDate(body.effectiveOn, 'effectiveOn');
    const decisionDate = (reward.decision as { decisionDate: string }).decisionDate;
    if (effectiveOn < decisionDate) throw invalidField('effectiveOn', 'too_early', { min: decisionDate });
    const note = body.note?.trim() || null;
    if (body.outcome === 'not_implemented' && !note) throw invalidField('note', 'required');
    const now = app.now();
    const outcome = { outcome: body.outcome, effectiveOn, note };
    await chainEvent(tx, row, {
      type: 'reward_outcome_recorded',
      actor,
      relation,
      at: now,
      payload: {
        rewardProposalId: reward.id,
        personId: reward.person_id,
        unitId: reward.unit_id,
        form: reward.form,
        ...outcome,
      },
    });
    await tx
      .updateTable('reward_proposals')
      .set({
        status: body.outcome,
        version: reward.version + 1,
        outcome: JSON.stringify(outcome),
        outcome_recorded_by: actor.personId,
        outcome_recorded_at: now,
      })
      .where('id', '=', reward.id)
      .execute();
  });
}
