import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { canonicalJson } from '../../domain/audit/record-checks.mjs';
import { appendToFrontier, frontierRoot, headLeafBytes, leafHash } from '../../domain/audit/merkle.mjs';
import { checkpointSettings } from './checkpoint-settings.ts';
import { signText } from './signing-key.ts';

export const sha256Bytes = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
const BATCH = 500;
/**
 * Events are numbered by a sequence, and on PostgreSQL a transaction may commit a lower number
 * after a higher one was read: each checkpoint looks this far back again. A chain whose head is
 * already in the log is not appended twice.
 */
const LOOK_BACK = 10_000;
const pause = () => new Promise((resolve) => setImmediate(resolve));

export interface SignedCheckpoint {
  format: 'khien-checkpoint/1';
  id: number;
  treeSize: number;
  rootHash: string;
  timestamp: string;
  keyId: string;
  signature: string;
}

/** The bytes a checkpoint's signature covers: canonical JSON of everything but the signature. */
export const signedText = (c: Omit<SignedCheckpoint, 'signature'>) =>
  canonicalJson({
    format: c.format,
    id: c.id,
    treeSize: c.treeSize,
    rootHash: c.rootHash,
    timestamp: c.timestamp,
    keyId: c.keyId,
  });

export function presentCheckpoint(row: {
  id: number;
  tree_size: string | number;
  root_hash: string;
  created_at: Date;
  key_id: string;
  signature: string;
}): SignedCheckpoint {
  return {
    format: 'khien-checkpoint/1',
    id: row.id,
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash,
    timestamp: row.created_at.toISOString(),
    keyId: row.key_id,
    signature: row.signature,
  };
}

/**
 * Appends a leaf for every chain whose head moved since the last checkpoint and signs the new
 * tree head. Only short statements, with a pause between batches, so that on PGlite's single
 * connection no request waits long behind it. Runs in one process at a time (the periodic claim,
 * or an administrator's request); the leaf numbers' primary key refuses a second writer.
 */
export async function createCheckpoint(app: AppContext): Promise<SignedCheckpoint> {
  const settings = checkpointSettings(app.checkpoints);
  const last = await app.db.selectFrom('checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  let size = Number(last?.tree_size ?? 0);
  let frontier: string[] = last?.frontier ?? [];
  // Leaves written by a checkpoint that did not finish are adopted by this one.
  const orphans = await app.db
    .selectFrom('checkpoint_leaves')
    .select(['leaf_index', 'leaf_hash'])
    .where('leaf_index', '>=', String(size))
    .orderBy('leaf_index')
    .execute();
  for (const o of orphans) frontier = appendToFrontier(sha256Bytes, frontier, size++, o.leaf_hash);
  const id = (last?.id ?? 0) + 1;
  const maxEvent = await app.db
    .selectFrom('case_events')
    .select(sql<string | null>`max(id)`.as('max'))
    .executeTakeFirstOrThrow();
  const upTo = Number(maxEvent.max ?? 0);
  let from = Math.max(0, Number(last?.last_event_id ?? 0) - LOOK_BACK);
  while (from < upTo) {
    const to = Math.min(upTo, from + BATCH * 20);
    const moved = await app.db
      .selectFrom('case_events')
      .select('case_id')
      .distinct()
      .where(sql<string>`id`, '>', String(from))
      .where(sql<string>`id`, '<=', String(to))
      .execute();
    for (let i = 0; i < moved.length; i += BATCH) {
      const chains = moved.slice(i, i + BATCH).map((m) => m.case_id);
      const heads = await app.db
        .selectFrom('cases')
        .select(['id', 'event_count', 'head_hash'])
        .where('id', 'in', chains)
        .orderBy('id')
        .execute();
      const known = await app.db
        .selectFrom('checkpoint_leaves')
        .select(['chain', 'size', 'head'])
        .distinctOn('chain')
        .where('chain', 'in', chains)
        .orderBy('chain')
        .orderBy('leaf_index', 'desc')
        .execute();
      const latest = new Map(known.map((k) => [k.chain, k]));
      const rows = [];
      for (const h of heads) {
        const seen = latest.get(h.id);
        if (!h.head_hash || (seen && seen.size === h.event_count && seen.head === h.head_hash)) continue;
        const leaf = leafHash(sha256Bytes, headLeafBytes({ chain: h.id, size: h.event_count, head: h.head_hash }));
        rows.push({
          leaf_index: String(size),
          chain: h.id,
          size: h.event_count,
          head: h.head_hash,
          leaf_hash: leaf,
          checkpoint_id: id,
        });
        frontier = appendToFrontier(sha256Bytes, frontier, size++, leaf);
      }
      if (rows.length) await app.db.insertInto('checkpoint_leaves').values(rows).execute();
      await pause();
    }
    from = to;
  }
  const unsigned = {
    format: 'khien-checkpoint/1' as const,
    id,
    treeSize: size,
    rootHash: frontierRoot(sha256Bytes, frontier),
    timestamp: app.now().toISOString(),
    keyId: settings.key.keyId,
  };
  const signature = signText(settings.key, signedText(unsigned));
  await app.db
    .insertInto('checkpoints')
    .values({
      id,
      tree_size: String(size),
      root_hash: unsigned.rootHash,
      frontier: JSON.stringify(frontier),
      last_event_id: String(upTo),
      created_at: unsigned.timestamp,
      key_id: unsigned.keyId,
      signature,
    })
    .execute();
  const signed = { ...unsigned, signature };
  if (settings.mirrorFile) appendFileSync(settings.mirrorFile, `${JSON.stringify(signed)}\n`);
  return signed;
}
