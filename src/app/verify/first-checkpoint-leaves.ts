import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { TreeEdge } from '../../domain/audit/merkle.mjs';
import { collectStored, fromHex } from './checkpoint-tree.ts';
import type { Pacer } from './checkpoint-heads.ts';

type Subtree = { level: number; index: string; hash: string };
type LoggedLeaf = { leaf_index: string; chain: string; leaf_hash: string };
const pause = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The leaves of a first checkpoint (an empty log): every chain's head, in key order, copied into the
 * log by the database itself, one keyset page per statement, with its RFC 6962 leaf hash
 * `SHA-256(0x00 || {"chain":…,"head":…,"size":…})` computed there too — the bytes are exactly
 * merkle.mjs's `headLeafBytes` (a uuid's text form and a hex head need no JSON escaping). Nothing
 * of the heads travels to this process and back: only each leaf's hash returns, to grow the tree
 * and its stored subtrees. Over a million chains this is most of a first checkpoint's cost
 * (docs/performance.md). The proofs and the offline verifier recompute every leaf from
 * chain, size and head, so a leaf hashed differently here could not pass unnoticed.
 */
export async function appendEveryHead(
  app: AppContext,
  edge: TreeEdge,
  checkpointId: number,
  pacer: Pacer,
  writeSubtrees: (subtrees: Subtree[]) => Promise<void>,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const limit = pacer.size;
    const start = edge.size;
    const from: string | null = after;
    const leaves: LoggedLeaf[] = await pacer.timed('copy', limit, async (): Promise<LoggedLeaf[]> => {
      const r = await sql<LoggedLeaf>`
        with page as (
          select id, event_count, head_hash from cases
          where head_hash is not null ${from === null ? sql`` : sql`and id > ${from}::uuid`}
          order by id limit ${limit}
        )
        insert into checkpoint_leaves (leaf_index, chain, size, head, leaf_hash, checkpoint_id)
        select ${start}::bigint + row_number() over (order by id) - 1, id, event_count, head_hash,
          encode(sha256(decode('00', 'hex') || convert_to(
            '{"chain":"' || id::text || '","head":"' || head_hash || '","size":' || event_count::text || '}', 'UTF8')), 'hex'),
          ${checkpointId}::int
        from page
        returning leaf_index, chain, leaf_hash`.execute(app.db);
      return r.rows;
    });
    if (leaves.length === 0) return;
    leaves.sort((a, b) => Number(a.leaf_index) - Number(b.leaf_index));
    const subtrees: Subtree[] = [];
    await pacer.timed('hash', leaves.length, () => {
      const keep = collectStored(subtrees);
      for (const l of leaves) edge.append(fromHex(l.leaf_hash), keep);
    });
    await writeSubtrees(subtrees);
    if (leaves.length < limit) return;
    after = leaves.at(-1)!.chain;
    await pause();
  }
}
