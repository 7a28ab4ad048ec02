import type { Selectable } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { RewardProposalsTable } from '../../db/schema-protection.ts';
import { toSnapshot } from '../../db/case-facts.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { canRead, type Relation } from '../../domain/case/relations.ts';
import { DomainError } from '../../domain/errors.ts';
import { lockCaseById } from '../protection/case-chain.ts';
import { proposalActions, rewardManagerRelation, type RewardAction } from './reward-access.ts';

export type RewardRow = Selectable<RewardProposalsTable>;

export const rewardNotFound = () => new DomainError('not_found', 'reward_proposal_not_found');

/**
 * Loads a reward proposal for a write: locks its case's row (the event goes into that chain),
 * hides it from anyone who cannot read the case, checks the actor may take the action now and
 * that the version the client saw is current.
 */
export async function loadRewardForWrite(
  tx: Tx,
  app: AppContext,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  action: RewardAction,
): Promise<{ reward: RewardRow; row: CaseRow; snapshot: CaseSnapshot; relation: Relation }> {
  const ref = await tx.selectFrom('reward_proposals').select('case_id').where('id', '=', id).executeTakeFirst();
  if (!ref) throw rewardNotFound();
  const row = await lockCaseById(tx, ref.case_id);
  const reward = await tx.selectFrom('reward_proposals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const snapshot = toSnapshot(row, await app.profiles.get(row.profile_code, row.profile_version, tx));
  if (!canRead(actor, snapshot)) throw rewardNotFound();
  const relation = rewardManagerRelation(actor, snapshot);
  if (!relation) throw new DomainError('forbidden', 'not_permitted', [], { action });
  const allowed = proposalActions(actor, snapshot, reward.status);
  if (!allowed.includes(action)) {
    throw new DomainError('conflict', 'reward_action_not_allowed', [], {
      status: reward.status,
      action,
      allowedActions: allowed,
    });
  }
  if (expectedVersion === undefined) throw new DomainError('precondition', 'if_match_required');
  if (expectedVersion !== reward.version)
    throw new DomainError('precondition', 'stale_version', [], { currentVersion: reward.version });
  return { reward, row, snapshot, relation };
}
