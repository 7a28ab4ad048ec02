import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startRuntime, type Runtime } from '../../src/bootstrap.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { addDays, vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { dueByFullSweep } from '../../src/jobs/sweep-deadlines-full.ts';
import { freshDatabase, HttpSession, startServer, type ServerProcess } from './server-processes.ts';

/**
 * Performance, second round, item 7: two server processes on one PostgreSQL, as production runs
 * them behind a reverse proxy. Two `src/main.ts` processes, each with its own pool: a session
 * opened on one is used on the other (CSRF token too) and ended from either; a write on one is
 * read at once on the other; jobs are claimed by both runners and each is done exactly once; the
 * deadline sweep run in two runtimes at the same moment records each reminder once.
 */
const base = process.env.TEST_DATABASE_URL;

describe('two server processes on one PostgreSQL', {
  skip: !base && 'PostgreSQL only (TEST_DATABASE_URL): PGlite is one process by nature',
}, () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let pool: pg.Pool;
  const env = { KHIEN_SWEEP_INTERVAL_SECONDS: '3600' };

  before(async () => {
    db = await freshDatabase(base!);
    // A rolling start: the first process migrates and loads the demo data, the second finds them.
    a = await startServer(db.url, env);
    b = await startServer(db.url, env);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
  });
  after(async () => {
    await pool?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('a session opened on one process is used on the other, CSRF token included, and ends on both', async () => {
    const s = await HttpSession.login(a.url, 'truongphong.stc', DEMO_PASSWORD);
    const me = await s.request(b.url, 'GET', '/api/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.id, s.personId);
    const created = await s.request(b.url, 'POST', '/api/cases', {
      plan: demoPlan('Một phiên, hai tiến trình', 'economy'),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const forged = await s.request(
      b.url,
      'POST',
      '/api/cases',
      { plan: demoPlan('Không có mã CSRF', 'economy') },
      { 'x-csrf-token': 'forged' },
    );
    assert.equal(forged.status, 403, 'the CSRF check is the same on every process');

    assert.equal((await s.request(b.url, 'POST', '/api/auth/logout', {})).status, 200);
    assert.equal((await s.request(a.url, 'GET', '/api/me')).status, 401, 'signed out on B, so on A too');
  });

  it('a write on one process is read at once on the other', async () => {
    const proposer = await HttpSession.login(a.url, 'truongphong.stc', DEMO_PASSWORD);
    for (let i = 0; i < 5; i++) {
      const [writeOn, readOn] = i % 2 ? [a.url, b.url] : [b.url, a.url];
      const created = await proposer.request(writeOn, 'POST', '/api/cases', {
        plan: demoPlan(`Đọc ngay ${i}`, 'economy'),
      });
      assert.equal(created.status, 201);
      const code = created.body.code as string;
      const read = await proposer.request(readOn, 'GET', `/api/cases/${code}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.state, 'draft');
      const submitted = await proposer.request(
        readOn,
        'POST',
        `/api/cases/${code}/actions/submit`,
        {},
        { 'if-match': `"${read.body.version}"` },
      );
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      assert.equal((await proposer.request(writeOn, 'GET', `/api/cases/${code}`)).body.state, 'submitted');
    }
  });

  it('jobs are claimed by both runners and each is done exactly once', { timeout: 120_000 }, async () => {
    const { rows } = await pool.query(`select id, code from cases where version > 0 order by code limit 1`);
    const c = rows[0] as { id: string; code: string };
    // Superseded notifications of an old event: each job reads, finds it superseded, and is done.
    const payload = JSON.stringify({ caseId: c.id, code: c.code, seq: 1, type: 'created', state: 'draft' });
    const { rows: jobs } = await pool.query(
      `insert into outbox_jobs (kind, payload) select 'case_event', $1::jsonb from generate_series(1, 300) returning id`,
      [payload],
    );
    const ids = jobs.map((j) => j.id as string);
    const deadline = Date.now() + 90_000;
    let done: { status: string; attempts: number; finished_by: string | null }[] = [];
    while (Date.now() < deadline) {
      done = (
        await pool.query(`select status, attempts, finished_by from outbox_jobs where id = any($1::bigint[])`, [ids])
      ).rows;
      if (done.every((j) => j.status === 'done')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(
      done.every((j) => j.status === 'done'),
      'every job done',
    );
    assert.ok(
      done.every((j) => j.attempts === 1),
      'each claimed once: never taken by a second runner',
    );
    const byProcess = new Map<string, number>();
    for (const j of done) {
      const pid = j.finished_by!.split(':')[1]!;
      byProcess.set(pid, (byProcess.get(pid) ?? 0) + 1);
    }
    assert.deepEqual([...byProcess.keys()].sort(), [String(a.pid), String(b.pid)].sort(), 'both runners took jobs');
    console.log(`# jobs done by process: ${JSON.stringify(Object.fromEntries(byProcess))}`);
  });

  it('the deadline sweep in two processes at the same moment records each reminder and overdue mark once', async () => {
    const runtimes: Runtime[] = [
      await startRuntime({ databaseUrl: db.url }),
      await startRuntime({ databaseUrl: db.url }),
    ];
    try {
      const today = vietnamDate(new Date());
      const { rows } = await pool.query(`select id from cases where deadlines @> '[{"status":"open"}]' limit 40`);
      assert.ok(rows.length > 0);
      // Due dates around today: reminders before, on and after the day, and overdue marks.
      for (const [i, r] of rows.entries()) {
        const dueOn = addDays(today, (i % 7) - 3);
        await pool.query(
          `update cases set due_on = $2::date, due_step = 'consideration',
                  deadlines = jsonb_build_array(jsonb_build_object('step', 'consideration', 'startedOn', $3::text,
                                'dueOn', $2::text, 'status', 'open', 'remainingDays', null))
            where id = $1`,
          [r.id, dueOn, addDays(today, -20)],
        );
      }
      const expected = await dueByFullSweep(runtimes[0]!.app, runtimes[0]!.db);
      const ids = rows.map((r) => r.id as string);
      const mine = (x: { case_id: string }) => ids.includes(x.case_id);
      const results = await Promise.all([...runtimes, ...runtimes].map((rt) => sweepDeadlines(rt.app)));
      const reminders = (
        await pool.query(
          `select case_id, step, started_on, due_on, offset_days from deadline_reminders where case_id = any($1::uuid[])`,
          [ids],
        )
      ).rows;
      const overdue = (await pool.query(`select case_id from deadline_overdue where case_id = any($1::uuid[])`, [ids]))
        .rows;
      assert.equal(reminders.length, expected.due.reminders.filter(mine).length);
      assert.equal(overdue.length, expected.due.overdue.filter(mine).length);
      assert.ok(reminders.length > 0 && overdue.length > 0);
      const created = results.reduce((n, r) => n + r.reminders + r.overdue, 0);
      assert.equal(created, reminders.length + overdue.length, 'together the four sweeps created each record once');
      const jobs = await pool.query(
        `select count(*)::int as n from outbox_jobs where kind in ('deadline_reminder', 'deadline_overdue')
            and (payload->>'reminderId' in (select id::text from deadline_reminders where case_id = any($1::uuid[]))
              or payload->>'overdueId' in (select id::text from deadline_overdue where case_id = any($1::uuid[])))`,
        [ids],
      );
      assert.equal(jobs.rows[0].n, reminders.length + overdue.length, 'one job per record');
    } finally {
      for (const rt of runtimes) await rt.close();
    }
  });
});
