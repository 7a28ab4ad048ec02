import type { AppContext } from '../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { consistencyProof, inclusionProof } from '../../domain/audit/merkle.mjs';
import { presentCheckpoint, sha256Bytes } from './create-checkpoint.ts';
import { checkpointSettings } from './checkpoint-settings.ts';

/**
 * Public reads of the checkpoint log: they reveal hashes only. Proofs are computed from the
 * stored leaf hashes of the tree asked about (docs/performance.md: their cost grows with the log).
 */
export async function findCheckpoint(app: AppContext, id?: number) {
  let q = app.db.selectFrom('checkpoints').selectAll();
  q = id === undefined ? q.orderBy('id', 'desc').limit(1) : q.where('id', '=', id);
  const row = await q.executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'checkpoint_not_found');
  return presentCheckpoint(row);
}

async function leafHashes(app: AppContext, treeSize: number): Promise<string[]> {
  const rows = await app.db
    .selectFrom('checkpoint_leaves')
    .select('leaf_hash')
    .where('leaf_index', '<', String(treeSize))
    .orderBy('leaf_index')
    .execute();
  return rows.map((r) => r.leaf_hash);
}

export function publicKey(app: AppContext) {
  const { key } = checkpointSettings(app.checkpoints);
  return { algorithm: 'Ed25519', keyId: key.keyId, publicKeyPem: key.publicKeyPem };
}

/** RFC 9162 consistency proof from checkpoint `from` to checkpoint `to`. */
export async function consistencyBetween(app: AppContext, from: number, to: number) {
  const [first, second] = await Promise.all([findCheckpoint(app, from), findCheckpoint(app, to)]);
  if (first.treeSize > second.treeSize)
    throw new DomainError('validation', 'checkpoint_order', [{ path: 'from', code: 'invalid_value' }]);
  const leaves = await leafHashes(app, second.treeSize);
  return { first, second, proof: consistencyProof(sha256Bytes, first.treeSize, leaves) };
}

/** Every head of one chain the checkpoint includes, each with its inclusion proof. */
export async function chainInclusion(app: AppContext, chain: string, checkpointId?: number) {
  const checkpoint = await findCheckpoint(app, checkpointId);
  const leaves = await leafHashes(app, checkpoint.treeSize);
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
    heads: mine.map((m) => ({
      leafIndex: Number(m.leaf_index),
      size: m.size,
      head: m.head,
      checkpoint: m.checkpoint_id,
      proof: inclusionProof(sha256Bytes, Number(m.leaf_index), leaves),
    })),
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
