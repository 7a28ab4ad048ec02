import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCheckpoint } from '../../src/app/verify/create-checkpoint.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';

/**
 * Issue 12, item 4: an official's record page lists their receipts, each "included in checkpoint
 * #N of dd/mm/yyyy" once a checkpoint has covered it, pending before.
 */
describe('my receipts with the checkpoint that includes each (issue 12, item 4)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  type Receipt = {
    caseCode: string;
    seq: number;
    type: string;
    hash: string;
    checkpoint: { id: number; createdAt: string } | null;
  };
  const receiptsOf = async (username: string): Promise<Receipt[]> => {
    const r = await (await t.login(username)).get('/api/me/receipts');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body.items;
  };

  it('lists only the actions the person recorded: pending, then included in the first checkpoint after them', async () => {
    const code = await caseIn(t, 'submitted', 'Biên nhận của người đề xuất');
    const before = (await receiptsOf('truongphong.stc')).filter((r) => r.caseCode === code);
    assert.deepEqual(before.map((r) => r.seq).sort(), [1, 2], 'created and submitted by the proposer');
    assert.ok(
      before.every((r) => r.checkpoint === null && /^[0-9a-f]{64}$/.test(r.hash)),
      'pending before any checkpoint',
    );
    assert.ok(!(await receiptsOf('giamdoc.stc')).some((r) => r.caseCode === code), 'not anybody else’s receipts');

    const checkpoint = await createCheckpoint(t.runtime.app);
    const included = (await receiptsOf('truongphong.stc')).filter((r) => r.caseCode === code);
    for (const r of included) assert.equal(r.checkpoint?.id, checkpoint.id, `event ${r.seq}`);
    assert.equal(included[0]!.checkpoint!.createdAt, checkpoint.timestamp);

    // The same receipt, completed with its inclusion proof, at the case's receipt endpoint.
    const proof = await (await t.login('truongphong.stc')).get(`/api/cases/${code}/receipts/${included[0]!.seq}`);
    assert.equal(proof.body.status, 'included');
    assert.equal(proof.body.checkpoint.id, checkpoint.id);
  });

  it('needs a signed-in person', async () => {
    assert.equal((await t.anonymous().get('/api/me/receipts')).status, 401);
  });
});
