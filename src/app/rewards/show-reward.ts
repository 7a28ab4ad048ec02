import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { rewardsOfCase } from './reward-queries.ts';

/** A reward as the caller now sees it, through its case; not found for anyone who cannot read the case. */
export async function showReward(app: AppContext, actor: Actor, id: string) {
  const notFound = () => new DomainError('not_found', 'reward_proposal_not_found');
  const ref = await app.db
    .selectFrom('reward_proposals')
    .innerJoin('cases', 'cases.id', 'reward_proposals.case_id')
    .select('cases.code')
    .where('reward_proposals.id', '=', id)
    .executeTakeFirst();
  if (!ref) throw notFound();
  const view = await rewardsOfCase(app, actor, ref.code).catch((e: unknown) => {
    throw e instanceof DomainError && e.code === 'case_not_found' ? notFound() : e;
  });
  const item = view.items.find((r) => r.id === id)!;
  return { ...item, case: view.case };
}
