import { startRuntime } from '../../src/bootstrap.ts';
import { CASE_ACTION_DEFS } from '../../src/app/cases/actions/index.ts';
import { performCaseAction } from '../../src/app/cases/perform-case-action.ts';
import { naiveFigures } from '../../src/app/statistics/naive.ts';
import { actorForSession } from '../../src/db/repositories/session-repository.ts';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import type { CaseAction } from '../../src/domain/case/action-rules.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { presentCase } from '../../src/http/presenters/case-presenter.ts';
import { closedLoop, openLoop, rotate, summarise, type Op, type Summary } from './load.ts';
import { observe } from './process-stats.ts';
import type { CapturedQuery } from './server-child.ts';
import type { WriteTarget } from './targets.ts';
import { WriteMix, type Act } from './writes.ts';

/**
 * The database's own limit: the same statements the server sent for each request (recorded by
 * server-child.ts), replayed through `pg` on a pool of the same size and with the same
 * concurrency, with no HTTP and no application code in between. Writes call the use case
 * itself (authentication lookup, performCaseAction, the case presenter's reads), which is the
 * same SQL without the HTTP layer. On PGlite this process holds the database, like the server.
 */
const [databaseUrl, poolSize] = process.argv.slice(2);
const runtime = await startRuntime({ databaseUrl: databaseUrl!, dbPoolSize: Number(poolSize ?? 10) });
const pool = runtime.database.pool;

interface Shape {
  concurrency: number;
  rate: number;
  durationMs: number;
  warmupMs: number;
}

async function saturate(op: Op, s: Shape) {
  const o = await observe(process.pid, async () => summarise(await closedLoop(op, s.concurrency, s.durationMs)));
  return { saturation: o.result, cpuCores: o.cpuCores, machineBusy: o.machineBusy, cpu: o.cpu };
}

async function measure(op: Op, s: Shape): Promise<{ fixed?: Summary; saturation: Summary }> {
  if (s.warmupMs) await closedLoop(op, s.concurrency, s.warmupMs);
  // A rate of 0 skips the fixed load: for the naive GROUP BY, whose one request takes longer
  // than the whole window, a fixed 200 req/s would only pile up a queue that takes hours to drain.
  const fixed = s.rate ? summarise(await openLoop(op, s.rate, s.durationMs)) : undefined;
  return { fixed, ...(await saturate(op, s)) };
}

function replay(scripts: CapturedQuery[][]): Op {
  const next = rotate(scripts);
  return async () => {
    let rows = 0;
    for (const q of next()) rows += (await pool.query(q.text, q.values)).rowCount ?? 0;
    return { status: 200, bytes: rows };
  };
}

function naive(units: string[]): Op {
  const next = rotate(units);
  return async () => {
    const f = await naiveFigures(runtime.db, { unitId: next(), today: vietnamDate(new Date()) });
    return { status: 200, bytes: f.byStateDomain.length };
  };
}

/** `present`: also run the case presenter's reads, as the endpoint does before answering. */
function directAct(tokens: Record<string, string>, present: boolean): Act {
  const app = runtime.app;
  return async (t: WriteTarget, version: number) => {
    const actor = (await actorForSession(app.db, tokens[t.user]!, app.now()))!;
    try {
      const out = await performCaseAction(
        app,
        actor,
        t.code,
        version,
        CASE_ACTION_DEFS[t.action as CaseAction],
        t.body,
      );
      if (present) await presentCase(app, out.row, out.snapshot, actor);
      return { status: 200, bytes: 0, version: out.row.version, seq: out.event.seq, type: out.event.type };
    } catch (e) {
      if (e instanceof DomainError)
        return {
          status: e.kind === 'precondition' ? 412 : 409,
          bytes: 0,
          version: e.params.currentVersion as number | undefined,
        };
      const code = (e as { code?: string }).code;
      if (code === '40001' || code === '40P01') return { status: 409, bytes: 0 };
      throw e;
    }
  };
}

async function explain(queries: CapturedQuery[]): Promise<{ text: string; plan: string; ms: number }[]> {
  const out = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await pool.query(`explain (analyze, buffers) ${q.text}`, q.values);
    out.push({ text: q.text, plan: r.rows.map((x) => x['QUERY PLAN']).join('\n'), ms: performance.now() - t0 });
  }
  return out;
}

process.on('message', async (m: { cmd: string; [k: string]: unknown }) => {
  try {
    if (m.cmd === 'replay')
      process.send!({ cmd: 'result', ...(await measure(replay(m.scripts as CapturedQuery[][]), m.shape as Shape)) });
    if (m.cmd === 'naive')
      process.send!({ cmd: 'result', ...(await measure(naive(m.units as string[]), m.shape as Shape)) });
    if (m.cmd === 'explain') process.send!({ cmd: 'result', plans: await explain(m.queries as CapturedQuery[]) });
    if (m.cmd === 'writes') {
      const mix = new WriteMix(m.targets as WriteTarget[], m.versions as Map<string, number>);
      const act = directAct(m.tokens as Record<string, string>, m.present !== false);
      const s = m.shape as Shape;
      const fixed = s.rate ? summarise(await openLoop(mix.op(act), s.rate, s.durationMs)) : undefined;
      const sat = await saturate(mix.op(act), s);
      process.send!({
        cmd: 'result',
        fixed,
        ...sat,
        acks: mix.acks,
        done: mix.done,
        conflicts: mix.conflicts,
        remaining: mix.remaining(),
        versions: mix.versions,
      });
    }
    if (m.cmd === 'stop') {
      await runtime.close();
      process.exit(0);
    }
  } catch (e) {
    process.send!({ cmd: 'result', error: String((e as Error).stack ?? e) });
  }
});
process.send!({ cmd: 'ready', port: 0 });
