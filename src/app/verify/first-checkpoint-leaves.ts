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
  // The database copies and hashes the next page while this process folds the current one into
  // the tree: the two run side by side (the server's work on its own connection), so a first
  // checkpoint costs about the slower of the two rather than their sum.
  const copyPage = (after: string | null, start: number, limit: number) =>
    (async (): Promise<LoggedLeaf[]> => {
      // Not timed by the pacer: the wait is the server's, and this process folds meanwhile.
      const r = await sql<LoggedLeaf>`
        with page as (
          select id, event_count, head_hash from cases
          where head_hash is not null ${after === null ? sql`` : sql`and id > ${after}::uuid`}
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
    })();
  let limit = pacer.size;
  let next: Promise<LoggedLeaf[]> | null = copyPage(null, edge.size, limit);
  while (next) {
    const leaves: LoggedLeaf[] = await next;
    if (leaves.length === 0) return;
    leaves.sort((a, b) => Number(a.leaf_index) - Number(b.leaf_index));
    const copied = limit;
    const nextStart = Number(leaves.at(-1)!.leaf_index) + 1;
    limit = pacer.size;
    next = leaves.length < copied ? null : copyPage(leaves.at(-1)!.chain, nextStart, limit);
    // A page that failed while this one is folded is reported by the await above, next turn.
    next?.catch(() => undefined);
    const subtrees: Subtree[] = [];
    await pacer.timed('hash', leaves.length, () => {
      const keep = collectStored(subtrees);
      for (const l of leaves) edge.append(fromHex(l.leaf_hash), keep);
    });
    await writeSubtrees(subtrees);
    await pause();
  }
}
