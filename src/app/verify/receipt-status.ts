import type { AppContext } from '../context.ts';
import type { CaseRow } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { findCheckpoint, inclusionProofAt } from './checkpoint-proofs.ts';

/**
 * A receipt `{seq, hash}` completed with the first checkpoint that included a head at or after
 * it, and the inclusion proof of that head in that checkpoint (issue 12, item 4): "included in
 * checkpoint #N of dd/mm/yyyy". Pending until a checkpoint has been made since the action.
 */
export async function receiptStatus(app: AppContext, row: CaseRow, seq: number) {
  const event = await app.db
    .selectFrom('case_events')
    .select(['seq', 'type', 'hash'])
    .where('case_id', '=', row.id)
    .where('seq', '=', seq)
    .executeTakeFirst();
  if (!event) throw new DomainError('not_found', 'not_found');
  const leaf = await app.db
    .selectFrom('checkpoint_leaves')
    .innerJoin('checkpoints', 'checkpoints.id', 'checkpoint_leaves.checkpoint_id')
    .select([
      'checkpoint_leaves.leaf_index',
      'checkpoint_leaves.size',
      'checkpoint_leaves.head',
      'checkpoint_leaves.checkpoint_id',
    ])
    .where('checkpoint_leaves.chain', '=', row.id)
    .where('checkpoint_leaves.size', '>=', seq)
    .orderBy('checkpoint_leaves.leaf_index')
    .limit(1)
    .executeTakeFirst();
  const receipt = { seq: event.seq, type: event.type, hash: event.hash };
  if (!leaf) return { receipt, status: 'pending' as const };
  const checkpoint = await findCheckpoint(app, leaf.checkpoint_id);
  const index = Number(leaf.leaf_index);
  return {
    receipt,
    status: 'included' as const,
    checkpoint,
    head: {
      chain: row.id,
      size: leaf.size,
      head: leaf.head,
      leafIndex: index,
      proof: await inclusionProofAt(app, index, checkpoint.treeSize),
    },
  };
}
