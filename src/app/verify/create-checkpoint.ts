import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { canonicalJson } from '../../domain/audit/record-checks.mjs';
import { headLeafBytes, leafDigest, treeEdge, type TreeEdge } from '../../domain/audit/merkle.mjs';
import { checkpointSettings } from './checkpoint-settings.ts';
import { signText } from './signing-key.ts';
import { collectStored, digest, fromHex, toHex } from './checkpoint-tree.ts';
import { type ChainHead, everyHead, latestLogged, movedHeads, Pacer } from './checkpoint-heads.ts';
import { appendEveryHead } from './first-checkpoint-leaves.ts';

export const sha256Bytes = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
/**
 * Events are numbered by a sequence, and on PostgreSQL a transaction may commit a lower number
 * after a higher one was read: each checkpoint looks this far back again. A chain whose head is
 * already in the log is not appended twice.
 */
const LOOK_BACK = 10_000;
const pause = () => new Promise((resolve) => setImmediate(resolve));
type Subtree = { level: number; index: string; hash: string };

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
 * Appends a leaf for every chain whose head moved since the last checkpoint (every chain, for the
 * first one) and signs the new tree head. The work goes in steps — one short statement, or one
 * chunk of hashing — with a turn of the event loop between them, so that a request waits at most
 * one step (`stepMs`: 20 ms, 5 ms on PGlite's single connection; docs/performance.md).
 * Runs in one process at a time (the periodic claim, or an administrator's request); the leaf
 * numbers' primary key refuses a second writer.
 */
export async function createCheckpoint(app: AppContext, opts: { stepMs?: number } = {}): Promise<SignedCheckpoint> {
  const settings = checkpointSettings(app.checkpoints);
  // On PGlite a step's statement holds the one connection every request needs, and its time per
  // row varies several-fold from one batch to the next (the embedded database's own writes), so
  // steps are paced by their wall time and aim lower there.
  const pacer =
    app.dbKind === 'pglite' ? new Pacer(opts.stepMs ?? 5, 'connection') : new Pacer(opts.stepMs ?? 20, 'event-loop');
  const last = await app.db.selectFrom('checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  const id = (last?.id ?? 0) + 1;
  const edge = treeEdge(digest, (last?.frontier ?? []).map(fromHex), Number(last?.tree_size ?? 0));
  await adoptOrphans(app, edge, pacer);
  // Each chain comes once from the pages of a first checkpoint, so against an empty log there is
  // nothing to look up; chains moved since a checkpoint may come again in a later range of events.
  const lookUp = last !== undefined || edge.size > 0;
  const maxEvent = await app.db
    .selectFrom('case_events')
    .select(sql<string | null>`max(id)`.as('max'))
    .executeTakeFirstOrThrow();
  const upTo = Number(maxEvent.max ?? 0);
  if (!lookUp && app.dbKind === 'postgres') {
    // Against an empty log a database server copies every head into it and hashes the leaves
    // itself; embedded PGlite hashes in WebAssembly more slowly than node:crypto, holding its one
    // connection, so there this process reads, hashes and writes as for any later checkpoint
    // (docs/performance.md).
    await appendEveryHead(app, edge, id, pacer, (subtrees) => writeSubtrees(app.db, subtrees));
  } else {
    // Later checkpoints read only the chains with events numbered since the last one; a log left
    // by an unfinished first checkpoint is completed from every head, each looked up.
    const batches = last
      ? movedHeads(app, Math.max(0, Number(last.last_event_id) - LOOK_BACK), upTo, pacer)
      : everyHead(app, pacer);
    for await (const heads of batches) {
      await appendHeads(app, edge, id, heads, lookUp, pacer);
      await pause();
    }
  }
  const unsigned = {
    format: 'khien-checkpoint/1' as const,
    id,
    treeSize: edge.size,
    rootHash: toHex(edge.root()),
    timestamp: app.now().toISOString(),
    keyId: settings.key.keyId,
  };
  const signature = signText(settings.key, signedText(unsigned));
  await app.db
    .insertInto('checkpoints')
    .values({
      id,
      tree_size: String(edge.size),
      root_hash: unsigned.rootHash,
      frontier: JSON.stringify(edge.frontier.map(toHex)),
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

/** Leaves written by a checkpoint that did not finish are adopted by this one, with their subtrees. */
async function adoptOrphans(app: AppContext, edge: TreeEdge, pacer: Pacer) {
  for (;;) {
    const limit = pacer.size;
    const orphans = await pacer.timed('orphans', limit, () =>
      app.db
        .selectFrom('checkpoint_leaves')
        .select(['leaf_index', 'leaf_hash'])
        .where('leaf_index', '>=', String(edge.size))
        .orderBy('leaf_index')
        .limit(limit)
        .execute(),
    );
    if (orphans.length === 0) return;
    const subtrees: Subtree[] = [];
    for (const o of orphans) edge.append(fromHex(o.leaf_hash), collectStored(subtrees));
    await writeSubtrees(app.db, subtrees);
    await pause();
  }
}

/**
 * One step: the leaves of the heads that moved, hashed and appended to the tree, written with the
 * stored subtrees they complete in one short transaction.
 */
async function appendHeads(
  app: AppContext,
  edge: TreeEdge,
  checkpointId: number,
  heads: ChainHead[],
  lookUp: boolean,
  pacer: Pacer,
) {
  const latest = lookUp
    ? await pacer.timed('look up', heads.length, () =>
        latestLogged(
          app,
          heads.map((h) => h.id),
        ),
      )
    : new Map();
  const moved = heads.filter((h) => {
    const seen = latest.get(h.id);
    return h.head_hash && !(seen && seen.size === h.event_count && seen.head === h.head_hash);
  });
  if (moved.length === 0) return;
  const rows = {
    index: [] as string[],
    chain: [] as string[],
    size: [] as number[],
    head: [] as string[],
    hash: [] as string[],
  };
  const subtrees: Subtree[] = [];
  await pacer.timed('hash', moved.length, () => {
    const keep = collectStored(subtrees);
    for (const h of moved) {
      const leaf = leafDigest(digest, headLeafBytes({ chain: h.id, size: h.event_count, head: h.head_hash! }));
      rows.index.push(String(edge.size));
      rows.chain.push(h.id);
      rows.size.push(h.event_count);
      rows.head.push(h.head_hash!);
      rows.hash.push(toHex(leaf));
      edge.append(leaf, keep);
    }
  });
  await pause();
  await pacer.timed('write', moved.length, () =>
    app.db.transaction().execute(async (trx) => {
      await sql`insert into checkpoint_leaves (leaf_index, chain, size, head, leaf_hash, checkpoint_id)
        select i, c, s, h, l, ${checkpointId}::int
        from unnest(${literal(rows.index)}::bigint[], ${literal(rows.chain)}::uuid[], ${literal(rows.size)}::int[],
          ${literal(rows.head)}::text[], ${literal(rows.hash)}::text[]) as u(i, c, s, h, l)`.execute(trx);
      await writeSubtrees(trx, subtrees);
    }),
  );
}

/**
 * An array parameter written out: numbers, uuids and hex need no quoting, and the driver's own
 * escaping of a million values is a large part of a first checkpoint's time.
 */
const literal = (values: (string | number)[]) => `{${values.join(',')}}`;

async function writeSubtrees(db: AppContext['db'], subtrees: Subtree[]) {
  if (subtrees.length === 0) return;
  await db
    .insertInto('checkpoint_subtrees')
    .values(subtrees)
    .onConflict((oc) => oc.columns(['level', 'index']).doNothing())
    .execute();
}
