import type { AppContext } from '../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { consistencyRanges, inclusionRanges } from '../../domain/audit/merkle.mjs';
import { presentCheckpoint } from './create-checkpoint.ts';
import { checkpointSettings } from './checkpoint-settings.ts';
import { rangeHashes } from './checkpoint-tree.ts';

/**
 * Public reads of the checkpoint log: they reveal hashes only. Proofs are computed from the
 * stored subtree hashes (`rangeHashes`): a few hundred hashes read whatever the size of the log.
 */
export async function findCheckpoint(app: AppContext, id?: number) {
  let q = app.db.selectFrom('checkpoints').selectAll();
  q = id === undefined ? q.orderBy('id', 'desc').limit(1) : q.where('id', '=', id);
  const row = await q.executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'checkpoint_not_found');
  return presentCheckpoint(row);
}

/** PATH(index, D[treeSize]) of RFC 6962 §2.1.1, in hex. */
export const inclusionProofAt = (app: AppContext, index: number, treeSize: number) =>
  rangeHashes(app, inclusionRanges(index, treeSize));

export function publicKey(app: AppContext) {
  const { key } = checkpointSettings(app.checkpoints);
  return { algorithm: 'Ed25519', keyId: key.keyId, publicKeyPem: key.publicKeyPem };
}

/** RFC 9162 consistency proof from checkpoint `from` to checkpoint `to`. */
export async function consistencyBetween(app: AppContext, from: number, to: number) {
  const [first, second] = await Promise.all([findCheckpoint(app, from), findCheckpoint(app, to)]);
  if (first.treeSize > second.treeSize)
    throw new DomainError('validation', 'checkpoint_order', [{ path: 'from', code: 'invalid_value' }]);
  return { first, second, proof: await rangeHashes(app, consistencyRanges(first.treeSize, second.treeSize)) };
}

/** Every head of one chain the checkpoint includes, each with its inclusion proof. */
export async function chainInclusion(app: AppContext, chain: string, checkpointId?: number) {
  const checkpoint = await findCheckpoint(app, checkpointId);
  const mine = await app.db
    .selectFrom('checkpoint_leaves')
    .select(['leaf_index', 'size', 'head', 'checkpoint_id'])
    .where('chain', '=', chain)
    .where('leaf_index', '<', String(checkpoint.treeSize))
    .orderBy('leaf_index')
    .execute();
  return {
    checkpoint,
    chain,
    heads: await Promise.all(
      mine.map(async (m) => ({
        leafIndex: Number(m.leaf_index),
        size: m.size,
        head: m.head,
        checkpoint: m.checkpoint_id,
        proof: await inclusionProofAt(app, Number(m.leaf_index), checkpoint.treeSize),
      })),
    ),
  };
}

/** The heads of a chain the log holds, for /verify's check against checkpoints. */
export async function checkpointedHeads(app: AppContext, chain: string) {
  const rows = await app.db
    .selectFrom('checkpoint_leaves')
    .select(['size', 'head', 'checkpoint_id'])
    .where('chain', '=', chain)
    .orderBy('leaf_index')
    .execute();
  return rows.map((r) => ({ size: r.size, head: r.head, checkpoint: r.checkpoint_id }));
}
