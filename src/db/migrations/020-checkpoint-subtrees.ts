import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * Stored subtree hashes of the checkpoint log (issue 12, at national scale): the hash of every
 * complete perfect subtree whose level is a multiple of 8 (256, 65,536, … leaves), so that an
 * inclusion or consistency proof reads a few hundred stored hashes instead of the whole log.
 * Append-only like the log. The subtrees of a log made before are computed here from its leaves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table checkpoint_subtrees (
  level smallint not null,
  index bigint not null,
  hash text not null,
  primary key (level, index)
);
create trigger checkpoint_subtrees_append_only before update or delete on checkpoint_subtrees
  for each row execute function checkpoints_append_only();
`.execute(db);
  await storeSubtreesOfLog(db);
}

/** The subtrees of the leaves already in the log (a log made before they were kept). */
export async function storeSubtreesOfLog(db: Kysely<unknown>): Promise<void> {
  // The same RFC 6962 node hash as src/domain/audit/merkle.mjs, written out so that this migration
  // keeps doing what it did whatever that module becomes.
  const node = (l: Buffer, r: Buffer) => createHash('sha256').update(Buffer.of(1)).update(l).update(r).digest();
  const edge: { level: number; hash: Buffer }[] = [];
  let size = 0;
  let after = -1;
  for (;;) {
    const leaves = await sql<{ leaf_index: string; leaf_hash: string }>`
      select leaf_index, leaf_hash from checkpoint_leaves where leaf_index > ${after} order by leaf_index limit 5000`.execute(
      db,
    );
    if (leaves.rows.length === 0) break;
    const completed: { level: number; index: number; hash: string }[] = [];
    for (const leaf of leaves.rows) {
      let carry = { level: 0, hash: Buffer.from(leaf.leaf_hash, 'hex') };
      while (edge.length && edge.at(-1)!.level === carry.level) {
        carry = { level: carry.level + 1, hash: node(edge.pop()!.hash, carry.hash) };
        if (carry.level % 8 === 0)
          completed.push({
            level: carry.level,
            index: (size + 1) / 2 ** carry.level - 1,
            hash: carry.hash.toString('hex'),
          });
      }
      edge.push(carry);
      size++;
    }
    for (const s of completed)
      await sql`insert into checkpoint_subtrees (level, index, hash) values (${s.level}, ${s.index}, ${s.hash})`.execute(
        db,
      );
    after = Number(leaves.rows.at(-1)!.leaf_index);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table checkpoint_subtrees;`.execute(db);
}
