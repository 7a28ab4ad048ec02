import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureCaseCodeSequence, nextCaseCode } from '../../src/db/repositories/case-repository.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { statementsSent } from '../support/statements.ts';
import { createDraft } from '../support/fixtures.ts';
import { onPostgres, startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Issue 16, target 2: no lock that every writer in the country waits on. Case codes come from a
 * sequence per year: unique, increasing, never reused; a create that rolls back leaves a gap (the
 * code is the proposal's reference, not a document number), and an open create holds nobody up.
 */
describe('case codes from a sequence per year (issue 16)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t?.close());

  it('numbers continue after the codes the earlier counter table gave out', async () => {
    // A database numbered before the sequence existed (the counter table, e.g. generated data).
    await t.runtime.database.pool.query('insert into case_code_counters (year, last) values (2026, 41)');
    const proposer = await t.login('truongphong.stc');
    assert.equal((await createDraft(proposer)).code, 'TH-2026-000042');
    assert.equal((await createDraft(proposer)).code, 'TH-2026-000043');
  });

  it('a create that rolls back leaves a gap, never a repeated code', async () => {
    const db = t.runtime.app.db;
    await ensureCaseCodeSequence(db, 2026);
    const lost = await db
      .transaction()
      .execute(async (tx) => {
        const code = await nextCaseCode(tx, 2026);
        throw Object.assign(new Error('rolled back'), { code });
      })
      .catch((e: { code: string }) => e.code);
    assert.equal(lost, 'TH-2026-000044');
    const proposer = await t.login('truongphong.stc');
    assert.equal((await createDraft(proposer)).code, 'TH-2026-000045');
  });

  it('Prefer: return=minimal answers a create with its code, state and version only', async () => {
    const proposer = await t.login('truongphong.stc');
    const r = await proposer.request(
      'POST',
      '/api/cases',
      { plan: demoPlan('Thí điểm số hoá hồ sơ', 'economy') },
      { prefer: 'return=minimal' },
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.headers['preference-applied'], 'return=minimal');
    assert.deepEqual(Object.keys(r.body).sort(), ['code', 'state', 'version']);
    assert.equal(r.body.state, 'draft');
    assert.equal(r.headers.location, `/api/cases/${r.body.code}`);
  });

  it('a create is not held up by another create whose transaction is still open (PostgreSQL)', {
    skip: !onPostgres,
  }, async () => {
    const db = t.runtime.app.db;
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let taken = '';
    const open = db.transaction().execute(async (tx) => {
      taken = await nextCaseCode(tx, 2026);
      await held;
    });
    while (!taken) await new Promise((r) => setTimeout(r, 10));
    const proposer = await t.login('truongphong.stc');
    // With a counter row, this create would wait for the open transaction's row lock until it ends.
    const created = await Promise.race([
      createDraft(proposer).then((c) => c.code as string),
      new Promise<string>((r) => setTimeout(() => r('blocked'), 15_000).unref()),
    ]);
    release();
    await open;
    assert.notEqual(created, 'blocked', 'the create waited for the other transaction');
    assert.ok(created > taken, `${created} comes after ${taken}`);
  });

  it('a create costs the statements of a transition: one round trip before its inserts', async () => {
    const proposer = await t.login('truongphong.stc');
    await createDraft(proposer); // the year's sequence and the profiles are known from here on
    const statements = async (send: () => Promise<{ status: number }>) => {
      const { result, statements } = await statementsSent(send);
      assert.ok(result.status < 300);
      return statements;
    };
    let code = '';
    const create = await statements(async () => {
      const r = await proposer.request(
        'POST',
        '/api/cases',
        { plan: demoPlan('Thí điểm một cửa liên thông', 'economy') },
        { prefer: 'return=minimal' },
      );
      code = r.body.code;
      return r;
    });
    const withdraw = await statements(() =>
      proposer.request(
        'POST',
        `/api/cases/${code}/actions/withdraw`,
        { reason: 'no_longer_needed' },
        { prefer: 'return=minimal', 'if-match': '"1"' },
      ),
    );
    assert.ok(
      create.length <= withdraw.length + 1,
      `a create sent ${create.length} statements, a withdrawal ${withdraw.length}:\n${create.join('\n')}`,
    );
    // No read of the new chain's head and no second write of the new row.
    assert.ok(!create.some((q) => /from "case_events"/.test(q)), 'the new chain is read back');
    assert.ok(!create.some((q) => /^update "cases"/.test(q)), 'the new case row is written twice');
  });
});
