import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startRuntime } from '../../src/bootstrap.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { freePort, freshDatabase, HttpSession, startServer, type ServerProcess } from './server-processes.ts';

/**
 * Performance, second round, item 7: PgBouncer in transaction mode between the server processes
 * and PostgreSQL. Two processes start through it (migrations included, one after the other under
 * a transaction-level lock), serve requests, run the job runner and the deadline sweep; the
 * database sees no more connections than PgBouncer's pool, so the statements really were
 * multiplexed over shared server connections.
 */
const base = process.env.TEST_DATABASE_URL;
const binary = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'].find((p) => existsSync(p));
const skip = !base
  ? 'PostgreSQL only (TEST_DATABASE_URL)'
  : !binary
    ? 'pgbouncer is not installed (apt-get install pgbouncer; .ci/run installs it)'
    : false;
const POOL = 3;

describe('through PgBouncer in transaction mode', { skip }, () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let bouncer: ChildProcess;
  let dir: string;
  let url: string;
  let procs: ServerProcess[] = [];
  let direct: pg.Pool;

  before(async () => {
    db = await freshDatabase(base!);
    dir = mkdtempSync(join(tmpdir(), 'khien-pgbouncer-'));
    chmodSync(dir, 0o755);
    // Another process may take the chosen port before PgBouncer listens on it: choose again.
    for (let attempt = 1; ; attempt++) {
      try {
        ({ bouncer, url } = await startBouncer(dir, db.name, await freePort()));
        break;
      } catch (e) {
        if (attempt >= 5 || !/Address already in use|EADDRINUSE/.test(String(e))) throw e;
      }
    }
    direct = new pg.Pool({ connectionString: db.url, max: 2 });
    // Both processes start at once: the second waits for the first one's migrations. PgBouncer
    // before 1.21 (Debian's is 1.18) does not carry prepared statements across server connections.
    const env = { KHIEN_SWEEP_INTERVAL_SECONDS: '1', KHIEN_DEMO_DATA: 'false', KHIEN_DB_PREPARED_STATEMENTS: 'false' };
    procs = await Promise.all([startServer(url, env), startServer(url, env)]);
  });
  after(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await direct?.end();
    bouncer?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves sign-in, writes and reads, runs jobs and the sweep, over the shared server connections', {
    timeout: 180_000,
  }, async () => {
    // No advisory lock outlives the migrations on a pooled server connection, where the next
    // process to start would wait for it (Kysely's session lock did, when its unlock ran elsewhere).
    const locks = await direct.query(
      `select count(*)::int as n from pg_locks where locktype = 'advisory'
          and database = (select oid from pg_database where datname = current_database())`,
    );
    assert.equal(locks.rows[0].n, 0, 'no advisory lock left held');
    // The demo organisation, loaded through PgBouncer as well.
    const runtime = await startRuntime({ databaseUrl: url });
    try {
      const { seedDemoOrganisation } = await import('../../src/demo/demo-organisation.ts');
      await seedDemoOrganisation(runtime.db);
      const [a, b] = procs as [ServerProcess, ServerProcess];
      const proposer = await HttpSession.login(a.url, 'truongphong.stc', DEMO_PASSWORD);
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) {
        const on = i % 2 ? a.url : b.url;
        const created = await proposer.request(on, 'POST', '/api/cases', {
          plan: demoPlan(`Qua PgBouncer ${i}`, 'economy'),
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const code = created.body.code as string;
        const submitted = await proposer.request(
          on === a.url ? b.url : a.url,
          'POST',
          `/api/cases/${code}/actions/submit`,
          {},
          {
            'if-match': `"${created.body.version}"`,
          },
        );
        assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
        codes.push(code);
      }
      const head = await HttpSession.login(b.url, 'giamdoc.stc', DEMO_PASSWORD);
      const work = await head.request(a.url, 'GET', '/api/worklist?limit=50');
      assert.equal(work.status, 200);

      // Every case event's job is done, once, by one of the two runners.
      const deadline = Date.now() + 60_000;
      let jobs: { status: string; attempts: number }[] = [];
      while (Date.now() < deadline) {
        jobs = (await direct.query(`select status, attempts from outbox_jobs where kind = 'case_event'`)).rows;
        if (jobs.length >= 12 && jobs.every((j) => j.status === 'done')) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      assert.ok(jobs.length >= 12 && jobs.every((j) => j.status === 'done' && j.attempts === 1), JSON.stringify(jobs));
      const notified = await direct.query(
        `select count(*)::int as n from notifications where kind = 'action_required'`,
      );
      assert.ok(notified.rows[0].n >= 6, 'the head was told of each submitted case');
      // The sweep through PgBouncer: its transactions and multi-row statements work as on a direct connection.
      const swept = await sweepDeadlines(runtime.app);
      assert.equal(typeof swept.looked, 'number');
      const watched = await direct.query(`select count(*)::int as n from deadline_watch where next_on is not null`);
      assert.ok(watched.rows[0].n >= codes.length, 'each submitted case is watched with its next day');
    } finally {
      await runtime.close();
    }
    const connections = await direct.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    // Two processes with pools of 10, the job runners and a runtime in this process: at most
    // PgBouncer's pool of server connections (plus the direct pool's second connection).
    assert.ok(connections.rows[0].n <= POOL + 1, `${connections.rows[0].n} server connections`);
  });
});

/** Starts PgBouncer in transaction mode on `port`; rejects with its log if it does not accept a connection. */
async function startBouncer(
  dir: string,
  dbName: string,
  port: number,
): Promise<{ bouncer: ChildProcess; url: string }> {
  const target = new URL(base!);
  writeFileSync(join(dir, 'userlist.txt'), `"${target.username || 'postgres'}" ""\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    `[databases]
${dbName} = host=${target.hostname} port=${target.port || 5432} dbname=${dbName}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(dir, 'userlist.txt')}
pool_mode = transaction
default_pool_size = ${POOL}
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
`,
  );
  // PgBouncer refuses to run as root; as root it is told which user to become.
  const asRoot = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  const bouncer = spawn(binary!, [...asRoot, join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  bouncer.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  bouncer.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  const u = new URL(base!);
  u.port = String(port);
  u.hostname = '127.0.0.1';
  u.pathname = `/${dbName}`;
  const url = u.toString();
  for (let i = 0; ; i++) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.end();
      return { bouncer, url };
    } catch (e) {
      await c.end().catch(() => undefined);
      if (i > 50 || bouncer.exitCode !== null) {
        bouncer.kill('SIGTERM');
        throw new Error(`pgbouncer did not start on port ${port}: ${String(e)}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
