import { hash } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { type Digest, foldPerfect, foldRange, perfectSubtrees } from '../../domain/audit/merkle.mjs';

const scratch = Buffer.alloc(1024);
/**
 * The server's SHA-256 for merkle.mjs's byte functions (the browser passes @noble/hashes to the
 * same functions): node:crypto's one-shot `hash` over the parts copied into one reused buffer,
 * several times faster than a `createHash` object per node (docs/performance.md).
 */
export const digest: Digest = (...parts) => {
  let length = 0;
  for (const p of parts) length += p.length;
  const input = length <= scratch.length ? scratch.subarray(0, length) : Buffer.alloc(length);
  let at = 0;
  for (const p of parts) {
    input.set(p, at);
    at += p.length;
  }
  return hash('sha256', input, 'buffer') as unknown as Buffer;
};

/** Hex through Buffer: merkle.mjs's portable conversions are slow for a million leaves. */
export const toHex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
export const fromHex = (hex: string): Uint8Array => Buffer.from(hex, 'hex');

/** The levels of the tree whose complete subtrees are stored (migration 020): 8, 16, 24… */
export const STORED_EVERY = 8;
const isStored = (level: number) => level > 0 && level % STORED_EVERY === 0;

/** Keeps the subtree a checkpoint completes when its level is one of the stored levels. */
export function collectStored(into: { level: number; index: string; hash: string }[]) {
  return (level: number, index: number, hash: Uint8Array) => {
    if (isStored(level)) into.push({ level, index: String(index), hash: toHex(hash) });
  };
}

/** Contiguous spans covering the indexes, merging those less than a block apart. */
function spans(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i - last[1] < 2 ** STORED_EVERY) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/**
 * The nodes of one stored level (0: the leaves) with these indexes. A node of a stored level that
 * is not in the table is computed from the 256 nodes below it, so a proof holds even where the
 * subtrees were not stored.
 */
async function nodesAt(app: AppContext, level: number, indexes: number[]): Promise<Map<number, Uint8Array>> {
  const found = new Map<number, Uint8Array>();
  for (const [from, to] of spans(indexes)) {
    const rows =
      level === 0
        ? (
            await app.db
              .selectFrom('checkpoint_leaves')
              .select(['leaf_index as index', 'leaf_hash as hash'])
              .where('leaf_index', '>=', String(from))
              .where('leaf_index', '<=', String(to))
              .execute()
          ).map((r) => ({ index: r.index, hash: r.hash }))
        : await app.db
            .selectFrom('checkpoint_subtrees')
            .select(['index', 'hash'])
            .where('level', '=', level)
            .where('index', '>=', String(from))
            .where('index', '<=', String(to))
            .execute();
    for (const r of rows) found.set(Number(r.index), fromHex(r.hash));
  }
  const missing = indexes.filter((i) => !found.has(i));
  if (level > 0 && missing.length) {
    const width = 2 ** STORED_EVERY;
    const below = await nodesAt(
      app,
      level - STORED_EVERY,
      missing.flatMap((i) => Array.from({ length: width }, (_, k) => i * width + k)),
    );
    for (const i of missing) {
      const children = Array.from({ length: width }, (_, k) => below.get(i * width + k));
      if (children.every((c) => c !== undefined)) found.set(i, foldPerfect(digest, children as Uint8Array[]));
    }
  }
  return found;
}

/**
 * MTH of each range of leaves (as RFC 6962's proofs need them), in hex, from the stored subtrees:
 * each perfect subtree of a range is read at the stored level at or below it (at most 128 nodes
 * of it), so a proof costs a few hundred stored hashes whatever the size of the log.
 */
export async function rangeHashes(app: AppContext, ranges: [number, number][]): Promise<string[]> {
  const plan = ranges.map(([start, end]) =>
    perfectSubtrees(start, end).map(({ level, index }) => {
      const stored = level - (level % STORED_EVERY);
      const count = 2 ** (level - stored);
      return { stored, from: index * count, count };
    }),
  );
  const wanted = new Map<number, number[]>();
  for (const part of plan.flat())
    for (let k = 0; k < part.count; k++)
      (wanted.get(part.stored) ?? wanted.set(part.stored, []).get(part.stored)!).push(part.from + k);
  const nodes = new Map<number, Map<number, Uint8Array>>();
  for (const [level, indexes] of wanted) nodes.set(level, await nodesAt(app, level, indexes));
  return plan.map((parts) =>
    toHex(
      foldRange(
        digest,
        parts.map((p) => {
          const at = nodes.get(p.stored)!;
          const children = Array.from({ length: p.count }, (_, k) => at.get(p.from + k));
          if (children.some((c) => c === undefined)) throw new Error('checkpoint log: a leaf of the tree is missing');
          return foldPerfect(digest, children as Uint8Array[]);
        }),
      ),
    ),
  );
}
