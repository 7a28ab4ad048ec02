import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { leafHash, headLeafBytes, verifyConsistency, verifyInclusion } from '../../src/domain/audit/merkle.mjs';
import { createCheckpoint, sha256Bytes, signedText } from '../../src/app/verify/create-checkpoint.ts';
import { verifyText } from '../../src/app/verify/signing-key.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
// @ts-expect-error: a plain .mjs script without type declarations
import { witnessRound } from '../../scripts/witness.mjs';

/**
 * Issue 12, items 2 and 3: signed checkpoints over every chain's head, public proofs, and a witness
 * that catches an operator who rewrites a chain and the checkpoints with it.
 */
describe('signed checkpoints and the witness (issue 12)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const pool = () => t.runtime.database.pool;
  const anonymous = () => t.anonymous();
  const get = async (path: string) => {
    const r = await anonymous().get(path);
    assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const caseId = async (code: string) =>
    (await t.runtime.app.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  it('signs a tree over the heads that moved, with public inclusion and consistency proofs; only administrators make one on demand', async () => {
    const first = await caseIn(t, 'submitted', 'Số hóa hồ sơ một');
    const proposer = await t.login('truongphong.stc');
    assert.equal((await proposer.post('/api/admin/checkpoints')).status, 403);
    const admin = await t.login('quantri');
    const made = await admin.post('/api/admin/checkpoints');
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const key = await get('/api/checkpoints/public-key');
    assert.equal(key.algorithm, 'Ed25519');
    const cp1 = await get('/api/checkpoints/latest');
    assert.deepEqual(cp1, made.body);
    assert.ok(
      verifyText(key.publicKeyPem, signedText(cp1), cp1.signature),
      'the Ed25519 signature verifies with the published key',
    );
    assert.equal(cp1.treeSize, 1);

    const again = await createCheckpoint(t.runtime.app);
    assert.equal(again.treeSize, 1, 'no head moved: no leaf appended');

    const second = await caseIn(t, 'draft', 'Số hóa hồ sơ hai');
    await proposer
      .must(first, 'withdraw', { reason: 'no_longer_needed', reasons: 'Không còn cần thiết do đã có giải pháp khác.' })
      .catch(() => undefined);
    const cp3 = await createCheckpoint(t.runtime.app);
    assert.ok(cp3.treeSize >= 2, 'the new chain (and the moved one) appended');
    const proof = await get(`/api/checkpoints/${cp3.id}/consistency?from=${cp1.id}`);
    assert.ok(verifyConsistency(sha256Bytes, cp1.treeSize, cp3.treeSize, cp1.rootHash, cp3.rootHash, proof.proof));

    const chain = await caseId(second);
    const inclusion = await get(`/api/checkpoints/${cp3.id}/inclusion?chain=${chain}`);
    const head = inclusion.heads.at(-1);
    const row = await t.runtime.app.db
      .selectFrom('cases')
      .select(['event_count', 'head_hash'])
      .where('id', '=', chain)
      .executeTakeFirstOrThrow();
    assert.deepEqual([head.size, head.head], [row.event_count, row.head_hash]);
    const leaf = leafHash(sha256Bytes, headLeafBytes({ chain, size: head.size, head: head.head }));
    assert.ok(verifyInclusion(sha256Bytes, head.leafIndex, cp3.treeSize, leaf, head.proof, cp3.rootHash));
    assert.equal(
      (await anonymous().get(`/api/checkpoints/${cp3.id}/inclusion?chain=x`)).status,
      400,
      'a malformed chain id is refused, naming the field',
    );
    assert.equal((await anonymous().get('/api/checkpoints/999')).status, 404);

    // Item 4: the receipt of an action, completed with the checkpoint that included it.
    const acted = await proposer.must(second, 'submit');
    const pending = await proposer.get(`/api/cases/${second}/receipts/${acted.event.seq}`);
    assert.deepEqual(
      [pending.status, pending.body.status, pending.body.receipt.hash],
      [200, 'pending', acted.event.hash],
    );
    const cp4 = await createCheckpoint(t.runtime.app);
    const included = (await proposer.get(`/api/cases/${second}/receipts/${acted.event.seq}`)).body;
    assert.equal(included.status, 'included');
    assert.equal(included.checkpoint.id, cp4.id);
    const h = included.head;
    assert.ok(
      verifyInclusion(
        sha256Bytes,
        h.leafIndex,
        cp4.treeSize,
        leafHash(sha256Bytes, headLeafBytes({ chain, size: h.size, head: h.head })),
        h.proof,
        cp4.rootHash,
      ),
    );
    assert.equal(
      (await (await t.login('truongphong.snv')).get(`/api/cases/${second}/receipts/1`)).status,
      404,
      'only for those who may read the case',
    );
  });

  it('catches the newest events deleted after a checkpoint in /verify, and a rewrite of the checkpoints too with the witness', async () => {
    const code = await caseIn(t, 'under_consideration', 'Số hóa hồ sơ ba');
    const id = await caseId(code);
    const state = { checkpoints: [] as any[] };
    await createCheckpoint(t.runtime.app);
    assert.equal(
      (await witnessRound(get, state)).ok,
      true,
      'the witness pins the key and the first checkpoint it sees',
    );
    const head = await t.login('giamdoc.stc');
    const factsBefore = (await pool().query('select facts from cases where id = $1', [id])).rows[0].facts;
    await head.must(code, 'request_party_opinion', {});
    await createCheckpoint(t.runtime.app);
    const round2 = await witnessRound(get, state);
    assert.deepEqual(round2.problems, []);

    // The operator, with the triggers off, deletes the newest event and fixes the case row to match.
    await pool().query('alter table case_events disable trigger user');
    await pool().query('alter table checkpoint_leaves disable trigger user');
    await pool().query('alter table checkpoints disable trigger user');
    try {
      const last = (await pool().query('select * from case_events where case_id = $1 order by seq desc limit 1', [id]))
        .rows[0];
      const prev = (await pool().query('select * from case_events where case_id = $1 and seq = $2', [id, last.seq - 1]))
        .rows[0];
      await pool().query('delete from case_events where id = $1', [last.id]);
      await pool().query(
        'update cases set event_count = $2, head_hash = $3, version = version - 1, facts = $4 where id = $1',
        [id, prev.seq, prev.hash, JSON.stringify(factsBefore)],
      );
      const reviewer = await t.login('giamdoc.stc');
      const v = (await reviewer.get(`/api/cases/${code}/verify`)).body;
      assert.equal(v.ok, false);
      assert.deepEqual(
        v.problems.map((p: any) => p.detector),
        ['checkpoint'],
        'only the checkpoint check can tell',
      );

      // …and then rewrites the checkpoint log so that /verify is satisfied again, and publishes.
      await pool().query('delete from checkpoint_leaves');
      await pool().query('delete from checkpoints');
      await createCheckpoint(t.runtime.app);
      await createCheckpoint(t.runtime.app);
      await createCheckpoint(t.runtime.app);
      assert.equal(
        (await reviewer.get(`/api/cases/${code}/verify`)).body.ok,
        true,
        'the server alone can no longer tell',
      );
      const round3 = await witnessRound(get, state);
      assert.equal(round3.ok, false);
      assert.match(round3.problems.join('\n'), /fork/);
    } finally {
      for (const table of ['case_events', 'checkpoint_leaves', 'checkpoints'])
        await pool().query(`alter table ${table} enable trigger user`);
    }
  });
});
