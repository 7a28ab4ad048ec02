import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { onPostgres, startTestApp, type TestApp } from '../support/test-app.ts';
import { startRuntime, type Runtime } from '../../src/bootstrap.ts';
import { JobRunner, backoffMs } from '../../src/jobs/job-runner.ts';
import type { Db } from '../../src/db/kysely.ts';
import { sharedDatabase } from './support.ts';

async function addJob(db: Db, kind: string, payload: Record<string, unknown> = {}, maxAttempts = 8): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into outbox_jobs (kind, payload, max_attempts) values (${kind}, ${JSON.stringify(payload)}::jsonb, ${maxAttempts}) returning id`.execute(
    db,
  );
  return String(rows[0]!.id);
}

async function jobRow(db: Db, id: string) {
  const { rows } = await sql<{
    status: string;
    attempts: number;
    last_error: string | null;
    locked_by: string | null;
    delay_ms: number;
    age_ms: number | null;
  }>`
    select status, attempts, last_error, locked_by,
           extract(epoch from run_at - now()) * 1000 as delay_ms,
           extract(epoch from now() - locked_at) * 1000 as age_ms
      from outbox_jobs where id = ${id}::bigint`.execute(db);
  return rows[0]!;
}

describe('the job runner', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('lets requests in while it works through a backlog', async () => {
    const runner = new JobRunner(t.runtime.db, { batchSize: 5 });
    let done = 0;
    runner.register('test_backlog', {
      async complete(tx) {
        await sql`select 1`.execute(tx);
        done += 1;
      },
    });
    for (let i = 0; i < 60; i++) await addJob(t.runtime.db, 'test_backlog', { i });
    // A request arriving is a macrotask (a socket read): it must get its turn between rounds,
    // not only once the whole backlog is done (on PGlite every statement completes in microtasks).
    let doneWhenTimerRan = -1;
    setImmediate(() => (doneWhenTimerRan = done));
    assert.equal(await runner.drain(), 60);
    assert.ok(
      doneWhenTimerRan >= 0 && doneWhenTimerRan < 60,
      `the event loop turned after ${doneWhenTimerRan} of 60 jobs`,
    );
  });

  it('retries with exponential backoff, then lists the job as failed for an administrator to retry', async () => {
    const runner = new JobRunner(t.runtime.db, { backoffBaseMs: 300, backoffMaxMs: 10_000 });
    let failing = true;
    let calls = 0;
    runner.register('test_flaky', {
      async complete() {
        calls += 1;
        if (failing) throw new Error(`boom ${calls}`);
      },
    });
    const id = await addJob(t.runtime.db, 'test_flaky', { n: 1 }, 3);

    assert.equal(await runner.runDue(), 1);
    let row = await jobRow(t.runtime.db, id);
    assert.deepEqual([row.status, row.attempts, row.last_error, row.locked_by], ['pending', 1, 'boom 1', null]);
    assert.ok(row.delay_ms > 150 && row.delay_ms <= 300, `first wait ≈ 300 ms, was ${row.delay_ms}`);
    assert.equal(await runner.runDue(), 0, 'not before its time');

    await sleep(320);
    assert.equal(await runner.runDue(), 1);
    row = await jobRow(t.runtime.db, id);
    assert.deepEqual([row.status, row.attempts, row.last_error], ['pending', 2, 'boom 2']);
    assert.ok(row.delay_ms > 450 && row.delay_ms <= 600, `second wait ≈ 600 ms, was ${row.delay_ms}`);

    await sleep(620);
    assert.equal(await runner.runDue(), 1);
    row = await jobRow(t.runtime.db, id);
    assert.deepEqual([row.status, row.attempts, row.last_error], ['failed', 3, 'boom 3'], 'max_attempts reached');
    assert.deepEqual(
      [backoffMs(1, 300, 10_000), backoffMs(2, 300, 10_000), backoffMs(9, 300, 10_000)],
      [300, 600, 10_000],
    );

    const admin = await t.login('quantri');
    const failed = await admin.get('/api/admin/jobs?status=failed');
    assert.equal(failed.status, 200);
    const listed = failed.body.items.find((j: { id: string }) => j.id === id);
    assert.deepEqual(
      [listed.kind, listed.attempts, listed.maxAttempts, listed.lastError],
      ['test_flaky', 3, 3, 'boom 3'],
    );
    assert.ok(failed.body.counts.failed >= 1);

    const retried = await admin.post(`/api/admin/jobs/${id}/retry`);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.equal(retried.body.status, 'pending');
    failing = false;
    assert.equal(await runner.runDue(), 1);
    row = await jobRow(t.runtime.db, id);
    assert.deepEqual([row.status, row.attempts], ['done', 1]);
    const done = await admin.get('/api/admin/jobs?status=done&limit=200');
    assert.ok(
      done.body.items.some((j: { id: string; lastError: string }) => j.id === id && j.lastError === 'boom 3'),
      'the last error stays visible',
    );

    const again = await admin.post(`/api/admin/jobs/${id}/retry`);
    assert.deepEqual([again.status, again.body.error.code], [409, 'job_not_failed']);
  });

  it('keeps the job list and retries to administrators, and checks their input', async () => {
    const head = await t.login('giamdoc.stc');
    assert.equal((await head.get('/api/admin/jobs')).status, 403);
    assert.equal((await head.post('/api/admin/jobs/1/retry')).status, 403);
    assert.equal((await t.anonymous().get('/api/admin/jobs')).status, 401);
    const admin = await t.login('quantri');
    const before = await t.runtime.db
      .selectFrom('outbox_jobs')
      .select(['id', 'status', 'attempts'])
      .orderBy('id')
      .execute();
    const bad: [string, string, number, string[]][] = [
      ['GET', '/api/admin/jobs?status=lost', 400, ['querystring.status:invalid_value']],
      ['GET', '/api/admin/jobs?limit=many', 400, ['querystring.limit:invalid_format']],
      ['GET', '/api/admin/jobs?cursor=-1', 400, ['querystring.cursor:invalid_format']],
      ['POST', '/api/admin/jobs/abc/retry', 400, ['params.id:invalid_format']],
      ['POST', '/api/admin/jobs/999999/retry', 404, []],
    ];
    for (const [method, url, status, expected] of bad) {
      const r = await admin.request(method, url);
      assert.equal(r.status, status, `${url}: ${JSON.stringify(r.body)}`);
      assert.deepEqual(
        r.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
        expected,
        url,
      );
    }
    assert.deepEqual(
      await t.runtime.db.selectFrom('outbox_jobs').select(['id', 'status', 'attempts']).orderBy('id').execute(),
      before,
    );
    await addJob(t.runtime.db, 'test_listed');
    const page = await admin.get('/api/admin/jobs?limit=1');
    assert.equal(page.body.items.length, 1);
    const next = await admin.get(`/api/admin/jobs?limit=1&cursor=${page.body.nextCursor}`);
    assert.ok(Number(next.body.items[0].id) < Number(page.body.items[0].id));
  });
});

describe('a job survives a restart', () => {
  it('is taken over after its lease when the process that claimed it stopped mid-job', async () => {
    const { url, drop } = await sharedDatabase();
    const leaseMs = 1_500;
    let first: Runtime | undefined;
    let second: Runtime | undefined;
    try {
      first = await startRuntime({ databaseUrl: url, jobs: { leaseMs } });
      let started!: () => void;
      const inHand = new Promise<void>((resolve) => (started = resolve));
      first.jobs.register('test_restart', {
        async external() {
          started();
          await new Promise(() => undefined); // the process stops before this job ends
        },
      });
      const id = await addJob(first.db, 'test_restart');
      void first.jobs.runDue();
      await inHand;
      await first.close();
      first = undefined;

      second = await startRuntime({ databaseUrl: url, jobs: { leaseMs } });
      const ran: string[] = [];
      second.jobs.register('test_restart', {
        async complete(_tx, job) {
          ran.push(job.id);
        },
      });
      const claimed = await jobRow(second.db, id);
      assert.equal(claimed.status, 'running', 'the claim outlived its process');
      if (claimed.age_ms !== null && claimed.age_ms < leaseMs - 300)
        assert.equal(await second.jobs.runDue(), 0, 'not while the lease holds');
      for (let i = 0; i < 50 && ran.length === 0; i++) {
        await second.jobs.runDue();
        if (ran.length === 0) await sleep(100);
      }
      const row = await jobRow(second.db, id);
      assert.deepEqual(ran, [id]);
      assert.deepEqual([row.status, row.attempts], ['done', 2]);
    } finally {
      await first?.close();
      await second?.close();
      await drop();
    }
  });
});

describe('exactly once with two runners', {
  skip: onPostgres ? false : 'needs TEST_DATABASE_URL: PGlite runs one process',
}, () => {
  it('runs every job once when two runtimes on the same PostgreSQL schema drain the same jobs together', async () => {
    const { url, drop } = await sharedDatabase();
    const runtimes: Runtime[] = [];
    try {
      for (let i = 0; i < 2; i++)
        runtimes.push(await startRuntime({ databaseUrl: url, jobs: { batchSize: 3, workerId: `runner-${i}` } }));
      const [a, b] = runtimes as [Runtime, Runtime];
      await sql`create table job_probe (job_id bigint not null, worker text not null)`.execute(a.db);
      const calls = new Map<string, number>();
      for (const [i, r] of runtimes.entries()) {
        r.jobs.register('test_count', {
          async external(job) {
            calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
          },
          async complete(tx, job) {
            await sql`insert into job_probe (job_id, worker) values (${job.id}::bigint, ${`runner-${i}`})`.execute(tx);
          },
        });
      }
      await sql`insert into outbox_jobs (kind, payload) select 'test_count', '{}'::jsonb from generate_series(1, 200)`.execute(
        a.db,
      );

      await Promise.all([a.jobs.drain(), b.jobs.drain(), a.jobs.drain(), b.jobs.drain()]);

      const { rows } = await sql<{ jobs: number; runs: number; workers: number }>`
        select count(distinct job_id)::int as jobs, count(*)::int as runs, count(distinct worker)::int as workers from job_probe`.execute(
        a.db,
      );
      assert.deepEqual(rows[0], { jobs: 200, runs: 200, workers: 2 });
      assert.equal(calls.size, 200);
      assert.ok(
        [...calls.values()].every((n) => n === 1),
        'no job was even started twice',
      );
      const left = await a.db
        .selectFrom('outbox_jobs')
        .select('id')
        .where('kind', '=', 'test_count')
        .where('status', '!=', 'done')
        .execute();
      assert.equal(left.length, 0);
    } finally {
      for (const r of runtimes) await r.close();
      await drop();
    }
  });
});
