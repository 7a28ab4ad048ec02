import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../generate.ts';
import type { Scale } from '../gen/scales.ts';
import { startChild, type Child } from './children.ts';
import { BENCH_DIR, keepAsPristine, openBenchRuntime, startFromPristine } from './databases.ts';
import { HttpClient } from './http-client.ts';
import { summarise, closedLoop, openLoop } from './load.ts';
import {
  capture,
  captureWrites,
  createTokens,
  httpAct,
  loginAll,
  measureReads,
  type Measured,
  type Shape,
} from './phases.ts';
import { observe } from './process-stats.ts';
import type { CapturedQuery } from './server-child.ts';
import { selectTargets, type Targets, type WriteTarget } from './targets.ts';
import { auditWrites, WriteMix, type Ack, type Audit } from './writes.ts';
import { measureCreates, type CreatesResult } from './creates.ts';
import { findSeqScans, type PlanFinding } from './plans.ts';

export interface WorkloadResult {
  http: Measured;
  db: Measured;
  meanBytes: number;
  distinctRequests: number;
  statementsPerRequest: number;
}

export interface WriteResult {
  http: Measured & { done: Record<string, number>; conflicts: number };
  db: Measured & { done: Record<string, number>; conflicts: number };
  dbTransitionOnly?: Measured & { done: Record<string, number>; conflicts: number };
  /** Through HTTP with `Prefer: return=minimal`: the answer is the new version and the receipt. */
  httpMinimal?: Measured & { done: Record<string, number>; conflicts: number };
  /** Statements one write sends, for a submit, a vote, a completion report and a progress report. */
  statements: number[];
  audit: Audit;
}

export interface BackendResult {
  backend: string;
  generation: { seconds: number; chunksRun: number; counts: Record<string, number>; sizeMb: number };
  workloads: Record<string, WorkloadResult>;
  naive: Record<string, Measured>;
  writes?: WriteResult;
  /** New drafts against withdrawals of them, through HTTP, minimal answers (issue 16, target 2). */
  creates?: Omit<CreatesResult, 'acks' | 'codes'> & { audit?: Audit };
  plans: PlanFinding[];
  /** The busiest head of the first province: whose first page the start-up time is measured to. */
  firstHead: string;
}

const log = (s: string) => console.log(`[bench] ${s}`);

export async function prepare(backend: string, scale: Scale, poolSize: number, writesNeeded: number) {
  const t0 = Date.now();
  const restored = await startFromPristine(backend, scale.name);
  if (restored)
    log(
      `${backend}: the data as generated, copied in ${((Date.now() - t0) / 1000).toFixed(1)} s (BENCH_IN_PLACE=1 to skip)`,
    );
  const { runtime, url } = await openBenchRuntime(backend, scale.name, poolSize);
  const gen = await generate(runtime, scale, log);
  let targets = await selectTargets(runtime.database.pool);
  const count = (k: string) => targets.writes.filter((w) => w.kind === k).length;
  let toppedUp = false;
  for (let round = 0; round < 4 && Math.min(count('submit'), count('vote'), count('report')) < writesNeeded; round++) {
    log(`topping up the write reserve (submit ${count('submit')}, vote ${count('vote')}, report ${count('report')})`);
    await generate(runtime, scale, log, 1);
    targets = await selectTargets(runtime.database.pool);
    toppedUp = true;
  }
  const sizeMb =
    runtime.database.kind === 'postgres'
      ? Math.round(
          Number((await runtime.database.pool.query('select pg_database_size(current_database()) as b')).rows[0].b) /
            1048576,
        )
      : Number(
          execSync(`du -sm "${url.slice('pglite:'.length)}"`)
            .toString()
            .split('\t')[0],
        );
  // The generation's writes are flushed before any phase: otherwise the first phase measured pays
  // for a checkpoint of data it did not write, and the next ones do not.
  await runtime.database.pool.query('checkpoint');
  await runtime.close();
  if (!restored || gen.chunksRun > 0 || toppedUp) await keepAsPristine(backend, scale.name);
  return { url, targets, generation: { seconds: gen.seconds, chunksRun: gen.chunksRun, counts: gen.counts, sizeMb } };
}

export function usersOf(t: Targets): string[] {
  return [
    ...new Set([
      ...Object.values(t.reads)
        .flat()
        .filter((r) => !r.anonymous)
        .map((r) => r.user),
      ...t.writes.map((w) => w.user),
    ]),
  ];
}

export async function benchBackend(
  backend: string,
  scale: Scale,
  shape: Shape,
  poolSize: number,
  only?: string[],
): Promise<BackendResult> {
  // Each kind gets a fifth of the writes of two fixed-load and three saturation phases.
  const writesNeeded = Math.ceil((shape.rate * shape.durationMs) / 1000) * 1.5;
  const { url, targets, generation } = await prepare(backend, scale, poolSize, writesNeeded);
  log(`${backend}: ${JSON.stringify(generation)}`);
  const server = await startChild('server-child.ts', [url, '0', String(poolSize)]);
  const client = new HttpClient(server.port);
  const sessions = await loginAll(client, usersOf(targets));
  await createTokens(
    client,
    sessions,
    Object.values(targets.reads)
      .flat()
      .filter((t) => t.bearer)
      .map((t) => t.user),
  );
  const captured: Record<string, { scripts: CapturedQuery[][]; meanBytes: number }> = {};
  const workloads: Record<string, WorkloadResult> = {};
  const initial = new Map(targets.writes.map((w) => [w.code, w.version]));
  let writes: Partial<WriteResult> = {};
  let leftover: WriteTarget[] = targets.writes;
  let versions = new Map(initial);
  const acks: Ack[] = [];
  let writeReads: CapturedQuery[] = [];
  let creates: BackendResult['creates'];
  try {
    for (const [name, list] of Object.entries(targets.reads)) {
      if (only && !only.includes(name)) continue;
      const c = await capture(server, client, sessions, list, name === 'list');
      const bad = Object.keys(c.statuses).filter((s) => s !== '200');
      if (bad.length) log(`${name}: capture statuses ${JSON.stringify(c.statuses)}`);
      captured[name] = c;
      const http = await measureReads(server, client, sessions, c.targets, shape);
      log(`${backend} ${name} http: ${http.saturation.rps} req/s, p99@${shape.rate} ${http.fixed.p99} ms`);
      workloads[name] = {
        http,
        db: undefined as unknown as Measured,
        meanBytes: c.meanBytes,
        distinctRequests: c.targets.length,
        statementsPerRequest: avg(c.scripts.map((s) => s.length)),
      };
    }
    if (!only || only.includes('writes')) {
      const act = httpAct(client, sessions);
      const cw = await captureWrites(server, act, targets.writes);
      acks.push(...cw.acks);
      for (const a of cw.acks) versions.set(a.code, a.seq);
      writeReads = cw.reads;
      const mix = new WriteMix(cw.rest, versions);
      const fixed = summarise(await openLoop(mix.op(act), shape.rate, shape.durationMs));
      const o = await observe(server.pid, async () =>
        summarise(await closedLoop(mix.op(act), shape.concurrency, shape.durationMs)),
      );
      writes = {
        http: {
          fixed,
          saturation: o.result,
          peakRssMb: o.peakRssMb,
          cpuCores: o.cpuCores,
          machineBusy: o.machineBusy,
          cpu: o.cpu,
          done: mix.done,
          conflicts: mix.conflicts,
        },
        statements: cw.scripts.map((x) => x.length),
      };
      saveStatements(`${scale.name}-${backend}`, cw.scripts);
      log(
        `${backend} writes http: ${o.result.okRps} transitions/s, ${mix.conflicts} conflicts, done ${JSON.stringify(mix.done)}`,
      );
      acks.push(...mix.acks);
      // The same mix answered with the new version only, as an integration asks for it.
      const lean = new WriteMix(mix.leftover(), mix.versions);
      const ol = await observe(server.pid, async () =>
        summarise(await closedLoop(lean.op(httpAct(client, sessions, true)), shape.concurrency, shape.durationMs)),
      );
      writes.httpMinimal = {
        fixed: ol.result,
        saturation: ol.result,
        peakRssMb: ol.peakRssMb,
        cpuCores: ol.cpuCores,
        machineBusy: ol.machineBusy,
        cpu: ol.cpu,
        done: lean.done,
        conflicts: lean.conflicts,
      };
      log(
        `${backend} writes http, return=minimal: ${ol.result.okRps} transitions/s, ${lean.conflicts} conflicts, done ${JSON.stringify(lean.done)}`,
      );
      acks.push(...lean.acks);
      leftover = lean.leftover();
      versions = lean.versions;
    }
    if (!only || only.includes('creates')) {
      const proposers = [...new Set(targets.writes.filter((w) => w.kind === 'submit').map((w) => w.user))];
      const { acks: made, codes, ...measured } = await measureCreates(server.pid, client, sessions, proposers, shape);
      for (const code of codes) initial.set(code, 0);
      acks.push(...made);
      creates = measured;
      log(
        `${backend} creates: ${measured.creates.okRps}/s, withdrawals ${measured.withdrawals.okRps}/s, ratio ${measured.ratio}`,
      );
    }
  } finally {
    client.close();
    await server.stop();
  }
  return finishOnDatabase(`${scale.name}-${backend}`, url, poolSize, shape, {
    targets,
    captured,
    workloads,
    writes,
    leftover,
    versions,
    acks,
    initial,
    sessions,
    generation,
    writeReads,
    creates,
    naiveDashboards: !only || only.includes('naive'),
  });
}

async function finishOnDatabase(
  backend: string,
  url: string,
  poolSize: number,
  shape: Shape,
  s: {
    targets: Targets;
    captured: Record<string, { scripts: CapturedQuery[][] }>;
    workloads: Record<string, WorkloadResult>;
    writes: Partial<WriteResult>;
    leftover: WriteTarget[];
    versions: Map<string, number>;
    acks: Ack[];
    initial: Map<string, number>;
    sessions: Map<string, { token: string }>;
    generation: BackendResult['generation'];
    writeReads: CapturedQuery[];
    creates: BackendResult['creates'];
    /** The naive GROUP BY dashboards take about a minute: measured with `--only naive`, or without `--only`. */
    naiveDashboards: boolean;
  },
): Promise<BackendResult> {
  const db: Child = await startChild('db-child.ts', [url, String(poolSize)]);
  const run = async <T>(m: object) => {
    const r = await db.ask<T & { error?: string }>(m, 'result');
    if (r.error) throw new Error(r.error);
    return r;
  };
  const naive: Record<string, Measured> = {};
  const plans: PlanFinding[] = [];
  try {
    for (const [name, c] of Object.entries(s.captured)) {
      s.workloads[name]!.db = await run<Measured>({ cmd: 'replay', scripts: c.scripts, shape });
      log(`${backend} ${name} db: ${s.workloads[name]!.db.saturation.rps} req/s`);
      const sample = dedupe(c.scripts.slice(0, 4).flat());
      const { plans: p } = await run<{ plans: { text: string; plan: string; ms: number }[] }>({
        cmd: 'explain',
        queries: sample,
      });
      plans.push(...findSeqScans(name, p));
      savePlans(backend, name, p);
    }
    if (s.writeReads.length) {
      const { plans: p } = await run<{ plans: { text: string; plan: string; ms: number }[] }>({
        cmd: 'explain',
        queries: dedupe(s.writeReads),
      });
      plans.push(...findSeqScans('writes', p));
      savePlans(backend, 'writes', p);
    }
    for (const [label, unitId] of s.naiveDashboards ? s.targets.naiveUnits : []) {
      naive[label] = await run<Measured>({
        cmd: 'naive',
        units: [unitId],
        shape: { concurrency: 2, rate: 0, durationMs: 3000, warmupMs: 0 },
      });
      log(
        `${backend} naive dashboard ${label}: ${naive[label]!.saturation.rps} req/s, p95 ${naive[label]!.saturation.p95} ms`,
      );
    }
    if (s.writes.http) {
      const tokens = Object.fromEntries([...s.sessions].map(([u, x]) => [u, x.token]));
      const r = await run<
        Measured & { acks: Ack[]; done: Record<string, number>; conflicts: number; versions: Map<string, number> }
      >({ cmd: 'writes', targets: s.leftover, versions: s.versions, tokens, shape });
      s.writes.db = {
        fixed: r.fixed,
        saturation: r.saturation,
        cpuCores: r.cpuCores,
        machineBusy: r.machineBusy,
        cpu: r.cpu,
        done: r.done,
        conflicts: r.conflicts,
      };
      s.acks.push(...r.acks);
      log(`${backend} writes db: ${r.saturation.okRps} transitions/s, done ${JSON.stringify(r.done)}`);
      // The same mix without the presenter's reads after each transition: what answering a
      // write with its new version only (not the whole case page) would allow.
      const rest = s.leftover.filter((t) => !r.acks.some((a) => a.code === t.code) || t.kind === 'progress');
      const m = await run<Measured & { acks: Ack[]; done: Record<string, number>; conflicts: number }>({
        cmd: 'writes',
        targets: rest,
        versions: r.versions,
        tokens,
        shape: { ...shape, rate: 0 },
        present: false,
      });
      s.writes.dbTransitionOnly = {
        fixed: m.saturation,
        saturation: m.saturation,
        cpuCores: m.cpuCores,
        machineBusy: m.machineBusy,
        cpu: m.cpu,
        done: m.done,
        conflicts: m.conflicts,
      };
      s.acks.push(...m.acks);
      log(`${backend} writes db, transition only: ${m.saturation.okRps} transitions/s, done ${JSON.stringify(m.done)}`);
    }
  } finally {
    await db.stop();
  }
  if (s.acks.length) {
    const { runtime } = await openBenchRuntime(url, '', poolSize);
    const audit = await auditWrites(runtime.db, s.initial, s.acks);
    await runtime.close();
    if (s.writes.http) s.writes.audit = audit;
    if (s.creates) s.creates.audit = audit;
    log(`${backend} audit: ${JSON.stringify(audit)}`);
  }
  return {
    backend: backend.split('-').at(-1)!,
    generation: s.generation,
    workloads: s.workloads,
    naive,
    writes: s.writes as WriteResult | undefined,
    creates: s.creates,
    plans,
    firstHead: s.targets.reads.worklist![0]!.user,
  };
}

const avg = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 10) / 10;

function dedupe(queries: CapturedQuery[]): CapturedQuery[] {
  const seen = new Set<string>();
  return queries.filter((q) => !seen.has(q.text) && !!seen.add(q.text));
}

function saveStatements(name: string, scripts: CapturedQuery[][]): void {
  const dir = join(BENCH_DIR, 'results', 'plans');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}-write-statements.txt`),
    scripts
      .map(
        (s, i) => `# write ${i + 1}: ${s.length} statements\n${s.map((q) => q.text.replace(/\s+/g, ' ')).join('\n')}`,
      )
      .join('\n\n'),
  );
}

function savePlans(backend: string, workload: string, plans: { text: string; plan: string }[]): void {
  const dir = join(BENCH_DIR, 'results', 'plans');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${backend}-${workload}.txt`),
    plans.map((p) => `${p.text}\n\n${p.plan}\n`).join('\n---\n\n'),
  );
}
