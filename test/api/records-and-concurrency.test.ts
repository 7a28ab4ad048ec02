import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { onPostgres, startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, decision, tableCounts } from '../support/fixtures.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';

describe('records: concurrency, idempotency, tamper evidence', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('lets exactly one of two concurrent decisions on one case succeed', async () => {
    const code = await caseIn(t, 'vote_failed');
    const head = await t.login('giamdoc.stc');
    const headAgain = await t.login('giamdoc.stc');
    const { version } = (await head.get(`/api/cases/${code}`)).body;
    const [a, b] = await Promise.all([
      head.act(
        code,
        'override_rejection',
        decision('Người đứng đầu quyết định triển khai, chịu trách nhiệm.'),
        version,
      ),
      headAgain.act(code, 'reject', { reasons: 'Tập thể không thông qua, không triển khai.' }, version),
    ]);
    const statuses = [a.status, b.status].sort();
    assert.deepEqual(statuses, [200, 412], `${a.status} ${b.status}`);
    const after = (await head.get(`/api/cases/${code}`)).body;
    assert.equal(after.version, version + 1);
    const events = (await head.get(`/api/cases/${code}/events`)).body.items.map((e: { type: string }) => e.type);
    assert.equal(events.filter((e: string) => e === 'rejection_overridden' || e === 'rejected').length, 1);
    assert.equal((await head.get(`/api/cases/${code}/verify`)).body.ok, true);
  });

  it('keeps every acknowledged write under a burst of concurrent progress reports', {
    skip: !onPostgres && 'needs a PostgreSQL server to run truly concurrently',
  }, async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const attempts = 20;
    let acknowledged = 0;
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: attempts }, async (_, i) => {
        for (let tries = 0; tries < 50; tries++) {
          const { version } = (await proposer.get(`/api/cases/${code}`)).body;
          const r = await proposer.act(
            code,
            'report_progress',
            { percentComplete: i, content: `Báo cáo số ${i}` },
            version,
          );
          if (r.status === 200) return void acknowledged++;
          assert.equal(r.status, 412);
          conflicts++;
        }
      }),
    );
    assert.equal(acknowledged, attempts);
    const events = (await proposer.get(`/api/cases/${code}/events?limit=1000`)).body.items;
    assert.equal(events.filter((e: { type: string }) => e.type === 'progress_reported').length, attempts);
    assert.equal((await proposer.get(`/api/cases/${code}/verify`)).body.ok, true);
    assert.ok(conflicts >= 0);
  });

  it('never creates twice for a retried request with the same Idempotency-Key', async () => {
    const proposer = await t.login('truongphong.stc');
    const body = { plan: demoPlan('Đề xuất gửi lại do mất mạng', 'society') };
    const before = await tableCounts(t);
    const first = await proposer.post('/api/cases', body, { 'idempotency-key': 'k-123' });
    const retry = await proposer.post('/api/cases', body, { 'idempotency-key': 'k-123' });
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.equal(retry.body.code, first.body.code);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal((await tableCounts(t)).cases, before.cases + 1);
    const misuse = await proposer.post(
      '/api/cases',
      { plan: demoPlan('Nội dung khác', 'society') },
      { 'idempotency-key': 'k-123' },
    );
    assert.equal(misuse.status, 422);
    assert.equal(misuse.body.error.code, 'idempotency_key_reused');
    assert.equal((await tableCounts(t)).cases, before.cases + 1);
  });

  it('detects an event edited directly in the database, naming the exact event', async () => {
    const code = await caseIn(t, 'under_consideration');
    const head = await t.login('giamdoc.stc');
    assert.equal((await head.get(`/api/cases/${code}/verify`)).body.ok, true);
    const pool = t.runtime.database.pool;
    const { rows } = await pool.query('select id from cases where code = $1', [code]);
    const caseId = rows[0].id;
    await assert.rejects(
      pool.query(`update case_events set reasons = 'sửa' where case_id = $1 and seq = 2`, [caseId]),
      /append-only/,
      'the application role cannot edit history',
    );
    // Someone with the power to switch the guard off edits the payload of the 2nd event.
    await pool.query('alter table case_events disable trigger case_events_no_update');
    await pool.query(
      `update case_events set payload = jsonb_set(payload, '{planVersion}', '99') where case_id = $1 and seq = 2`,
      [caseId],
    );
    await pool.query('alter table case_events enable trigger case_events_no_update');
    const verdict = (await head.get(`/api/cases/${code}/verify`)).body;
    assert.equal(verdict.ok, false);
    assert.equal(verdict.brokenAtSeq, 2);
    assert.equal(verdict.problem, 'hash_mismatch');
  });

  it('detects a deleted event', async () => {
    const code = await caseIn(t, 'under_consideration');
    const head = await t.login('giamdoc.stc');
    const pool = t.runtime.database.pool;
    const { rows } = await pool.query('select id from cases where code = $1', [code]);
    await pool.query('alter table case_events disable trigger case_events_no_update');
    await pool.query('delete from case_events where case_id = $1 and seq = 2', [rows[0].id]);
    await pool.query('alter table case_events enable trigger case_events_no_update');
    const verdict = (await head.get(`/api/cases/${code}/verify`)).body;
    assert.deepEqual([verdict.ok, verdict.brokenAtSeq, verdict.problem], [false, 2, 'sequence_gap']);
  });

  it('detects a chain cut short at its end', async () => {
    const code = await caseIn(t, 'under_consideration');
    const head = await t.login('giamdoc.stc');
    const pool = t.runtime.database.pool;
    const { rows } = await pool.query('select id, event_count from cases where code = $1', [code]);
    await pool.query('alter table case_events disable trigger case_events_no_update');
    await pool.query('delete from case_events where case_id = $1 and seq = $2', [rows[0].id, rows[0].event_count]);
    await pool.query('alter table case_events enable trigger case_events_no_update');
    const verdict = (await head.get(`/api/cases/${code}/verify`)).body;
    assert.deepEqual([verdict.ok, verdict.problem, verdict.brokenAtSeq], [false, 'truncated', rows[0].event_count]);
  });

  it('gives the actor a receipt: the event’s number and hash', async () => {
    const code = await caseIn(t, 'submitted');
    const head = await t.login('giamdoc.stc');
    const r = await head.must(
      code,
      'accept_for_consideration',
      (await import('../support/fixtures.ts')).ALL_CONDITIONS,
    );
    const events = (await head.get(`/api/cases/${code}/events`)).body.items;
    const last = events.at(-1);
    assert.deepEqual(r.event, {
      seq: last.seq,
      type: 'accepted_for_consideration',
      hash: last.hash,
      payload: last.payload,
    });
    assert.equal(last.actorName, 'Phạm Minh Đức');
    assert.deepEqual(r.nextActors, [
      { task: 'request_party_opinion', role: 'head', unit: { id: t.org.units.finance, name: 'Sở Tài chính' } },
    ]);
  });

  it('answers a write with the new version and the receipt only when asked to (Prefer: return=minimal)', async () => {
    const code = await caseIn(t, 'submitted');
    const head = await t.login('giamdoc.stc');
    const { version } = (await head.get(`/api/cases/${code}`)).body;
    const { ALL_CONDITIONS } = await import('../support/fixtures.ts');
    const r = await head.request('POST', `/api/cases/${code}/actions/accept-for-consideration`, ALL_CONDITIONS, {
      'if-match': `"${version}"`,
      prefer: 'return=minimal',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.headers['preference-applied'], 'return=minimal');
    assert.equal(r.headers.etag, `"${version + 1}"`);
    const last = (await head.get(`/api/cases/${code}/events`)).body.items.at(-1);
    assert.deepEqual(r.body, {
      code,
      state: 'under_consideration',
      version: version + 1,
      event: { seq: last.seq, type: 'accepted_for_consideration', hash: last.hash, payload: last.payload },
    });
    assert.equal((await head.get(`/api/cases/${code}/verify`)).body.ok, true);
  });
});
