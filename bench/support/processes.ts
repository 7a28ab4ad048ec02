import type { Scale } from '../gen/scales.ts';
import { prepare, usersOf } from './backend.ts';
import { startChild, type Child } from './children.ts';
import { openBenchRuntime } from './databases.ts';
import { HttpClient } from './http-client.ts';
import { createOp, type Draft } from './creates.ts';
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
  /** The mix of each client's requests, in turn. */
  mix: string;
  /** New proposals and transitions acknowledged during the runs, per second of the two runs together. */
  createsPerSecond: number;
  transitionsPerSecond: number;
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
  const created: Draft[] = [];
  let measuredMs = 0;
  try {
    const sessions = await loginAll(clients[0]!, usersOf(targets));
    const reads = READS.flatMap((k) => (targets.reads[k] ?? []).map((t) => ({ ...t, kind: k })));
    const proposers = [...new Set(targets.writes.filter((w) => w.kind === 'submit').map((w) => w.user))];
    const opFor = (i: number): Op => {
      const read = readOp(clients[i]!, sessions, reads);
      const write = mix.op(httpAct(clients[i]!, sessions, true));
      const create = createOp(clients[i]!, sessions, proposers, created);
      let k = 0;
      return () => {
        const n = ++k % 10;
        return n === 0 ? write() : n === 5 ? create() : read();
      };
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
    const before = { created: created.length, transitions: mix.acks.length };
    const t0 = performance.now();
    const alone = await observe(servers[0]!.pid, async () =>
      summarise(await closedLoop(opFor(0), shape.concurrency, shape.durationMs)),
    );
    const per = Math.max(1, Math.round(shape.concurrency / n));
    const together = await Promise.all(
      servers.map((s, i) => observe(s.pid, async () => summarise(await closedLoop(opFor(i), per, shape.durationMs)))),
    );
    measuredMs = performance.now() - t0;
    const perProcess = together.map((o, i) => side(servers[i]!.pid, o));
    const rate = (x: number) => Math.round((x / measuredMs) * 10_000) / 10;
    return {
      processes: n,
      concurrency: shape.concurrency,
      durationS: shape.durationMs / 1000,
      mix: `8 reads (${READS.join(', ')}), 1 new proposal, 1 transition (submit, vote, completion report, progress report) in every 10; writes with return=minimal`,
      createsPerSecond: rate(created.length - before.created),
      transitionsPerSecond: rate(mix.acks.length - before.transitions),
      alone: { ...side(servers[0]!.pid, alone), machineBusy: alone.machineBusy },
      together: {
        perProcess,
        totalOkRps: Math.round(perProcess.reduce((s, p) => s + p.okRps, 0)),
        machineBusy: Math.max(...together.map((o) => o.machineBusy)),
      },
      writes: { done: mix.done, conflicts: mix.conflicts },
      audit: await audit(scale.name, poolSize, initial, mix, created),
    };
  } finally {
    for (const c of clients) c.close();
    for (const s of servers) await s.stop();
  }
}

async function audit(
  scale: string,
  poolSize: number,
  initial: Map<string, number>,
  mix: WriteMix,
  created: Draft[],
): Promise<Audit> {
  const { runtime } = await openBenchRuntime('postgres', scale, poolSize);
  try {
    // A new proposal's chain is its 'created' event alone.
    for (const { code } of created) initial.set(code, 0);
    const acks = [...mix.acks, ...created.map(({ code }) => ({ code, seq: 1, type: 'created' }))];
    return await auditWrites(runtime.db, initial, acks);
  } finally {
    await runtime.close();
  }
}
