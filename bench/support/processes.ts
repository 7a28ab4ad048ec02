import type { Scale } from '../gen/scales.ts';
import { prepare, usersOf } from './backend.ts';
import { startChild, type Child } from './children.ts';
import { openBenchRuntime } from './databases.ts';
import { HttpClient } from './http-client.ts';
import { closedLoop, summarise, type Op, type Summary } from './load.ts';
import { httpAct, loginAll, readOp, type Shape } from './phases.ts';
import { observe } from './process-stats.ts';
import { auditWrites, WriteMix, type Audit } from './writes.ts';

interface Side {
  pid: number;
  okRps: number;
  p50: number;
  p99: number;
  cpuCores: number;
  peakRssMb: number;
  statuses: Record<string, number>;
}

export interface ProcessesResult {
  processes: number;
  concurrency: number;
  durationS: number;
  /** The mix: each client sends 4 reads (worklist, case page, list, province dashboard in turn) then 1 write. */
  mix: string;
  alone: Side & { machineBusy: number };
  together: { perProcess: Side[]; totalOkRps: number; machineBusy: number };
  writes: { done: Record<string, number>; conflicts: number };
  audit: Audit;
}

const READS = ['worklist', 'case_page', 'list', 'dashboard_province'];

/**
 * Item 7 of "Performance, second round": the benchmark's mix through N server processes at once
 * on one PostgreSQL, each with its own pool of `poolSize`, signed in on the first process only
 * (the sessions are rows, so every process accepts them). First one process alone with all the
 * clients, then the same clients split over the N processes; throughput per process is each
 * process's answered requests. Every acknowledged write is audited afterwards.
 */
export async function benchProcesses(
  scale: Scale,
  shape: Shape,
  poolSize: number,
  n: number,
): Promise<ProcessesResult> {
  const writesNeeded = Math.ceil((shape.rate * shape.durationMs) / 1000);
  const { url, targets } = await prepare('postgres', scale, poolSize, writesNeeded);
  const servers: Child[] = [];
  for (let i = 0; i < n; i++) servers.push(await startChild('server-child.ts', [url, '0', String(poolSize)]));
  const clients = servers.map((s) => new HttpClient(s.port));
  const initial = new Map(targets.writes.map((w) => [w.code, w.version]));
  const mix = new WriteMix(targets.writes, new Map(initial));
  try {
    const sessions = await loginAll(clients[0]!, usersOf(targets));
    const reads = READS.flatMap((k) => (targets.reads[k] ?? []).map((t) => ({ ...t, kind: k })));
    const opFor = (i: number): Op => {
      const read = readOp(clients[i]!, sessions, reads);
      const write = mix.op(httpAct(clients[i]!, sessions, true));
      let k = 0;
      return () => (++k % 5 === 0 ? write() : read());
    };
    const side = (pid: number, o: { result: Summary; cpuCores: number; peakRssMb: number }): Side => ({
      pid,
      okRps: o.result.okRps,
      p50: o.result.p50,
      p99: o.result.p99,
      cpuCores: o.cpuCores,
      peakRssMb: o.peakRssMb,
      statuses: o.result.statuses,
    });
    await Promise.all(servers.map((_, i) => closedLoop(opFor(i), 4, shape.warmupMs)));
    const alone = await observe(servers[0]!.pid, async () =>
      summarise(await closedLoop(opFor(0), shape.concurrency, shape.durationMs)),
    );
    const per = Math.max(1, Math.round(shape.concurrency / n));
    const together = await Promise.all(
      servers.map((s, i) => observe(s.pid, async () => summarise(await closedLoop(opFor(i), per, shape.durationMs)))),
    );
    const perProcess = together.map((o, i) => side(servers[i]!.pid, o));
    return {
      processes: n,
      concurrency: shape.concurrency,
      durationS: shape.durationMs / 1000,
      mix: `4 reads (${READS.join(', ')}) : 1 write (submit, vote, completion report, progress report; return=minimal)`,
      alone: { ...side(servers[0]!.pid, alone), machineBusy: alone.machineBusy },
      together: {
        perProcess,
        totalOkRps: Math.round(perProcess.reduce((s, p) => s + p.okRps, 0)),
        machineBusy: Math.max(...together.map((o) => o.machineBusy)),
      },
      writes: { done: mix.done, conflicts: mix.conflicts },
      audit: await audit(scale.name, poolSize, initial, mix),
    };
  } finally {
    for (const c of clients) c.close();
    for (const s of servers) await s.stop();
  }
}

async function audit(scale: string, poolSize: number, initial: Map<string, number>, mix: WriteMix): Promise<Audit> {
  const { runtime } = await openBenchRuntime('postgres', scale, poolSize);
  try {
    return await auditWrites(runtime.db, initial, mix.acks);
  } finally {
    await runtime.close();
  }
}
