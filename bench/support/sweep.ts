import { sql } from 'kysely';
import { openBenchRuntime } from './databases.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { sweepDeadlinesFull } from '../../src/jobs/sweep-deadlines-full.ts';

export interface SweepMeasure {
  backend: string;
  openCases: number;
  watched: number;
  /** The incremental sweep when nothing is new: ms of each run. */
  nothingNewMs: { p50: number; max: number; runs: number };
  /** The full sweep (every open deadline within the horizon), as before migration 027, when nothing is new. */
  fullMs: { p50: number; max: number; runs: number };
  /** The incremental sweep after this many cases' deadlines changed (as that many transitions in a minute would). */
  afterChanges: { cases: number; ms: number; looked: number };
  plan: string;
}

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, max: s.at(-1)!, runs: s.length };
};

/**
 * The deadline sweep on the benchmark's data (item 5 of "Performance, second round"): the
 * incremental sweep when nothing is new, the full sweep it replaced, and the incremental sweep
 * after a minute's worth of changed deadlines. The data are the generator's, swept once already.
 */
export async function measureSweep(backend: string, scale: string, poolSize: number): Promise<SweepMeasure> {
  const { runtime } = await openBenchRuntime(backend, scale, poolSize);
  const app = runtime.app;
  try {
    await sweepDeadlines(app); // catches up with whatever a previous run left
    const nothingNew: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const r = await sweepDeadlines(app);
      nothingNew.push(ms(t0));
      if (r.looked) throw new Error(`a sweep with nothing new looked at ${r.looked} cases`);
    }
    const full: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await sweepDeadlinesFull(app);
      full.push(ms(t0));
    }
    // A minute of a busy installation: 100 cases whose deadlines an action changed (the trigger marks them).
    const changed = await sql<{ id: string }>`
      update deadline_watch set next_on = null, stamp = nextval('deadline_watch_stamp')
       where case_id in (select case_id from deadline_watch order by case_id limit 100) returning case_id as id`.execute(
      runtime.db,
    );
    const t0 = performance.now();
    const after = await sweepDeadlines(app);
    const afterMs = ms(t0);
    const count = async (q: string) => Number((await runtime.database.pool.query(q)).rows[0].n);
    const plan = (
      await runtime.database.pool.query(
        `explain (analyze, buffers) select case_id from deadline_watch where next_on is null
         union all select case_id from deadline_watch where next_on <= current_date`,
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    return {
      backend,
      openCases: await count(`select count(*) as n from cases where due_on is not null`),
      watched: await count(`select count(*) as n from deadline_watch`),
      nothingNewMs: stats(nothingNew),
      fullMs: stats(full),
      afterChanges: { cases: changed.rows.length, ms: afterMs, looked: after.looked },
      plan,
    };
  } finally {
    await runtime.close();
  }
}
