import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import {
  consistencyProof,
  consistencyRanges,
  foldRange,
  headLeafBytes,
  inclusionProof,
  inclusionRanges,
  leafDigest,
  leafHash,
  merkleRoot,
  perfectSubtrees,
  toHex,
  treeEdge,
  verifyConsistency,
  verifyInclusion,
  type Digest,
} from '../../src/domain/audit/merkle.mjs';
import { createCheckpoint, sha256Bytes } from '../../src/app/verify/create-checkpoint.ts';
import { consistencyBetween, chainInclusion } from '../../src/app/verify/checkpoint-proofs.ts';
import { onPostgres, startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
import { cloneCases } from './clone-cases.ts';
import { storeSubtreesOfLog } from '../../src/db/migrations/020-checkpoint-subtrees.ts';

/**
 * Issue 12, checkpoints at national scale: the tree is built from bytes (node:crypto on the server,
 * @noble/hashes in the browser give the same hashes), proofs are read from stored subtrees and equal
 * RFC 6962's over the whole tree, and a large checkpoint lets requests through while it runs.
 */
const hexSha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
const nodeDigest: Digest = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const nobleDigest: Digest = (...parts) => {
  const h = sha256.create();
  for (const p of parts) h.update(p);
  return h.digest();
};
const leafBytes = (i: number) =>
  headLeafBytes({ chain: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, size: 3, head: 'ab'.repeat(32) });

describe('Merkle trees from bytes (issue 12, RFC 6962 §2.1)', () => {
  it('builds the same root and subtrees from bytes, with either SHA-256, as the hex functions', () => {
    const n = 600;
    const hexLeaves = Array.from({ length: n }, (_, i) => leafHash(hexSha, leafBytes(i)));
    for (const digest of [nodeDigest, nobleDigest]) {
      const edge = treeEdge(digest, [], 0);
      const completed: { level: number; index: number; hash: string }[] = [];
      for (let i = 0; i < n; i++) {
        const leaf = leafDigest(digest, leafBytes(i));
        assert.equal(toHex(leaf), hexLeaves[i]);
        edge.append(leaf, (level, index, hash) => completed.push({ level, index, hash: toHex(hash) }));
        if (i === 0 || i === 255 || i === 256 || i === n - 1)
          assert.equal(toHex(edge.root()), merkleRoot(hexSha, hexLeaves.slice(0, i + 1)), `root of ${i + 1} leaves`);
      }
      const level8 = completed.filter((c) => c.level === 8);
      assert.deepEqual(
        level8.map((c) => c.hash),
        [0, 1].map((b) => merkleRoot(hexSha, hexLeaves.slice(b * 256, b * 256 + 256))),
        'each complete subtree of 256 leaves is reported once, with its root',
      );
    }
  });

  it('names the subtrees of every inclusion and consistency proof, whose roots make the RFC proof', () => {
    const all = Array.from({ length: 300 }, (_, i) => leafHash(hexSha, leafBytes(i)));
    const mth = ([start, end]: [number, number]) =>
      toHex(
        foldRange(
          nodeDigest,
          perfectSubtrees(start, end).map(({ level, index }) =>
            Buffer.from(merkleRoot(hexSha, all.slice(index * 2 ** level, (index + 1) * 2 ** level)), 'hex'),
          ),
        ),
      );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (n, a, b) => {
        const leaves = all.slice(0, n);
        const m = a % n;
        assert.deepEqual(inclusionRanges(m, n).map(mth), inclusionProof(hexSha, m, leaves));
        const size1 = b % (n + 1);
        assert.deepEqual(consistencyRanges(size1, n).map(mth), consistencyProof(hexSha, size1, leaves));
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkpoints over many chains (issue 12, national scale)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('serves a request started during a large checkpoint before the checkpoint ends; proofs from stored subtrees verify', async () => {
    const code = await caseIn(t, 'submitted', 'Mẫu để nhân bản');
    const template = await t.runtime.app.db
      .selectFrom('cases')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    // Copies have no events: only a first checkpoint, which reads every case, includes them.
    await cloneCases(t.runtime.database.pool, template.id, 3_000);

    let checkpointDone = false;
    // Steps of 2 ms: 3,000 heads make many steps, as a million would with the default 20 ms.
    const checkpoint = createCheckpoint(t.runtime.app, { stepMs: 2 }).finally(() => {
      checkpointDone = true;
    });
    // Wait until the checkpoint has written leaves, then ask for something from the database.
    const pool = t.runtime.database.pool;
    const leavesNow = async () => Number((await pool.query('select count(*) as n from checkpoint_leaves')).rows[0].n);
    while (!checkpointDone && (await leavesNow()) === 0) await new Promise((r) => setTimeout(r, 5));
    const answered = await t.anonymous().get('/api/checkpoints/999');
    assert.equal(answered.status, 404, 'the request reached the database');
    // On PGlite's one connection the checkpoint must make way; PostgreSQL has a connection for each.
    if (!onPostgres)
      assert.equal(checkpointDone, false, 'the request was answered while the checkpoint was still being made');
    const small = await checkpoint;
    assert.equal(small.treeSize, 3_001);
    await (await t.login('truongphong.stc')).must(code, 'withdraw', { reason: 'no_longer_needed' });
    const big = await createCheckpoint(t.runtime.app);
    assert.equal(big.treeSize, 3_002, 'the moved chain appended');

    const stored = await t.runtime.app.db
      .selectFrom('checkpoint_subtrees')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('level', '=', 8)
      .executeTakeFirstOrThrow();
    assert.equal(Number(stored.n), Math.floor(big.treeSize / 256), 'every complete subtree of 256 leaves is stored');

    const consistency = await consistencyBetween(t.runtime.app, small.id, big.id);
    assert.ok(
      verifyConsistency(sha256Bytes, small.treeSize, big.treeSize, small.rootHash, big.rootHash, consistency.proof),
    );
    const heads = (
      await pool.query('select chain, leaf_index from checkpoint_leaves where leaf_index = any($1::bigint[])', [
        [0, 255, 256, 2_345, big.treeSize - 1],
      ])
    ).rows;
    const proofs: string[][] = [];
    for (const h of heads) {
      const { heads: mine } = await chainInclusion(t.runtime.app, h.chain, big.id);
      const head = mine.at(-1)!;
      const leaf = leafHash(sha256Bytes, headLeafBytes({ chain: h.chain, size: head.size, head: head.head }));
      assert.ok(verifyInclusion(sha256Bytes, head.leafIndex, big.treeSize, leaf, head.proof, big.rootHash));
      proofs.push(head.proof);
    }

    // Without the stored subtrees (a log made before they were kept), the same proofs from the leaves;
    // migration 020 stores them again from the leaves.
    const subtrees = async () =>
      (await pool.query('select level, index, hash from checkpoint_subtrees order by level, index')).rows;
    const before = await subtrees();
    await pool.query('alter table checkpoint_subtrees disable trigger user');
    try {
      await pool.query('delete from checkpoint_subtrees');
      for (const [i, h] of heads.entries())
        assert.deepEqual((await chainInclusion(t.runtime.app, h.chain, big.id)).heads.at(-1)!.proof, proofs[i]);
      await storeSubtreesOfLog(t.runtime.app.db as unknown as Kysely<unknown>);
      assert.deepEqual(await subtrees(), before);
    } finally {
      await pool.query('alter table checkpoint_subtrees enable trigger user');
    }
  });
});
