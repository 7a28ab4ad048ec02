import { pathToFileURL } from 'node:url';
import type pg from 'pg';
import { hashPassword } from '../src/app/auth/login.ts';
import { sweepDeadlines, watchUnwatchedDeadlines } from '../src/jobs/sweep-deadlines.ts';
import type { Runtime } from '../src/bootstrap.ts';
import { vietnamDate } from '../src/domain/calendar/working-calendar.ts';
import { CodeCounters, insertOrg, plannedHistory, plannedReserve, provinceOrg, writeCases } from './gen/chunks.ts';
import { dropSecondaryIndexes, restoreIndexes } from './gen/indexes.ts';
import { insertPlanTasks } from './gen/plan-tasks.ts';
import { insertCampaigns, Programme } from './gen/programme.ts';
import { Rng } from './gen/rng.ts';
import { buildRoot, emptyOrg } from './gen/org.ts';
import { BENCH_PASSWORD, SCALES, type Scale } from './gen/scales.ts';
import { openBenchRuntime, parseArgs } from './support/databases.ts';

export interface GenerateReport {
  scale: string;
  seconds: number;
  chunksRun: number;
  counts: Record<string, number>;
}

/**
 * Fills a database with synthetic data of the given scale, chunk by chunk: the root, each
 * province (organisation + its whole history) and the write reserve. Each chunk commits with its
 * row in `bench_generation`, so an interrupted run resumes at the first chunk not done.
 */
export async function generate(
  runtime: Runtime,
  scale: Scale,
  log: (s: string) => void = () => undefined,
  extraReserve = 0,
): Promise<GenerateReport> {
  const started = Date.now();
  const pool = runtime.database.pool;
  await pool.query(`create table if not exists bench_meta (key text primary key, value text not null)`);
  await pool.query(
    `create table if not exists bench_generation (chunk text primary key, cases integer not null, events integer not null, seconds real not null, done_at timestamptz not null default now())`,
  );
  const meta = async (key: string, make: () => Promise<string> | string) => {
    const found = await pool.query('select value from bench_meta where key = $1', [key]);
    if (found.rows[0]) return found.rows[0].value as string;
    const value = await make();
    await pool.query('insert into bench_meta (key, value) values ($1, $2)', [key, value]);
    return value;
  };
  const stored = await meta('scale', () => scale.name);
  if (stored !== scale.name) throw new Error(`this database holds the ${stored} scale, not ${scale.name}`);
  const now = Number(await meta('now', () => String(Date.now())));
  const hash = await meta('password_hash', () => hashPassword(BENCH_PASSWORD));
  const done = new Set((await pool.query('select chunk from bench_generation')).rows.map((r) => r.chunk as string));
  const reserveRounds = Number(await meta('reserve_rounds', () => '1')) + extraReserve;
  if (extraReserve)
    await pool.query(`update bench_meta set value = $1 where key = 'reserve_rounds'`, [String(reserveRounds)]);

  const chunks: [string, (c: pg.PoolClient) => Promise<{ cases: number; events: number }>][] = [
    ['root', async (c) => (await insertOrg(c, withRootOnly(hash)), { cases: 0, events: 0 })],
  ];
  for (let p = 0; p < scale.provinces; p++) {
    chunks.push([
      `province-${p}`,
      async (c) => {
        const org = provinceOrg(p, scale, hash);
        await insertOrg(c, org);
        await insertPlanTasks(c, org, p, now);
        const planned = plannedHistory(org, p, scale, now);
        const firstYear = Number(
          vietnamDate(new Date(planned.reduce((a, x) => Math.min(a, x.createdAt), now))).slice(0, 4),
        );
        const campaigns = await insertCampaigns(c, org, firstYear, now, Rng.for('campaigns', p));
        return writeCases(
          c,
          org,
          `cases/${p}`,
          planned,
          now,
          await CodeCounters.load(c),
          runtime.app.calendar,
          new Programme(org, campaigns, scale.programme),
        );
      },
    ]);
  }
  for (let r = 0; r < reserveRounds; r++) {
    chunks.push([
      `reserve-${r}`,
      async (c) => {
        const org = provinceOrg(0, scale, hash);
        const at = Math.max(now, Date.now() - 60_000);
        return writeCases(
          c,
          org,
          `reserve/${r}`,
          plannedReserve(org, scale, at, r),
          at,
          await CodeCounters.load(c),
          runtime.app.calendar,
        );
      },
    ]);
  }
  let run = 0;
  // Only a run that still has whole provinces to load drops the indexes; a reserve top-up is small.
  if (chunks.some(([name]) => name.startsWith('province') && !done.has(name))) await dropSecondaryIndexes(pool);
  for (const [name, body] of chunks) {
    if (done.has(name)) continue;
    const t0 = Date.now();
    const client = await pool.connect();
    try {
      // Bulk load: no per-row triggers or foreign-key checks (the generator writes consistent
      // rows, and computes the statistics itself), and no wait for the disk at each commit.
      if (runtime.database.kind === 'postgres') await client.query('set synchronous_commit = off');
      await client.query('set session_replication_role = replica');
      await client.query('begin');
      const r = await body(client);
      await client.query('insert into bench_generation (chunk, cases, events, seconds) values ($1, $2, $3, $4)', [
        name,
        r.cases,
        r.events,
        (Date.now() - t0) / 1000,
      ]);
      await client.query('commit');
      await client.query('set session_replication_role = origin');
      log(`${name}: ${r.cases} cases, ${r.events} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      run++;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
  await restoreIndexes(pool, runtime.database.kind, log);
  // Loaded with the triggers off: the new cases' open deadlines are watched here (migration 027).
  if (run > 0) await watchUnwatchedDeadlines(runtime.db);
  // Likewise each campaign's compliance by unit and area (migration 031), from the tallies written.
  if (run > 0) await pool.query('select campaign_rebuild_status(id) from registration_campaigns');
  if (!(await pool.query(`select 1 from bench_generation where chunk = 'sweep'`)).rowCount) {
    // The deadline sweep has run every minute for years in a live system: run it once so the
    // reminders and overdue records exist, and mark its outbox jobs as long since done, so the
    // first start does not spend minutes catching up on a decade.
    const t0 = Date.now();
    const swept = await sweepDeadlines(runtime.app);
    await pool.query(`update outbox_jobs set status = 'done', finished_at = now() where status = 'pending'`);
    await pool.query(`insert into bench_generation (chunk, cases, events, seconds) values ('sweep', 0, 0, $1)`, [
      (Date.now() - t0) / 1000,
    ]);
    log(`deadline sweep: ${JSON.stringify(swept)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    run++;
  }
  if (run > 0) {
    const t0 = Date.now();
    await pool.query('vacuum analyze');
    log(`vacuum analyze in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const counts: Record<string, number> = {};
  for (const table of [
    'units',
    'people',
    'role_grants',
    'cases',
    'case_events',
    'plan_versions',
    'work_items',
    'registration_campaigns',
    'campaign_cases',
    'case_models',
    'showcase_items',
  ]) {
    counts[table] = Number((await pool.query(`select count(*) as n from ${table}`)).rows[0].n);
  }
  return { scale: scale.name, seconds: (Date.now() - started) / 1000, chunksRun: run, counts };
}

function withRootOnly(hash: string) {
  const org = emptyOrg();
  buildRoot(org, hash);
  return org;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2));
  const scale = SCALES[args.scale ?? 'tiny'];
  if (!scale) throw new Error(`unknown scale ${args.scale}; one of ${Object.keys(SCALES).join(', ')}`);
  const { runtime, url } = await openBenchRuntime(args.db ?? 'postgres', scale.name);
  console.log(`generating ${scale.name} into ${url}`);
  const report = await generate(runtime, scale, (s) => console.log(s), Number(args.reserve ?? 0));
  console.log(JSON.stringify(report, null, 2));
  await runtime.close();
}
