import { BENCH_PASSWORD } from '../gen/scales.ts';
import { startChild, type Child } from './children.ts';
import { authHeaders, createApiToken, HttpClient, login, type Session } from './http-client.ts';
import { closedLoop, openLoop, rotate, summarise, type Op, type Summary } from './load.ts';
import { observe, type CpuSplit } from './process-stats.ts';
import type { CapturedQuery } from './server-child.ts';
import type { ReadTarget, WriteTarget } from './targets.ts';
import type { Act } from './writes.ts';

export interface Shape {
  concurrency: number;
  rate: number;
  durationMs: number;
  warmupMs: number;
}

export interface Measured {
  /** Absent where only saturation is measured (the naive GROUP BY). */
  fixed: Summary;
  saturation: Summary;
  /** The server process: peak resident memory and CPU (cores) during the saturation run. */
  peakRssMb?: number;
  cpuCores?: number;
  /** Busy share of the whole machine's CPUs during the saturation run, in %. */
  machineBusy?: number;
  /** The saturation run's CPU by side: the server (or direct client), PostgreSQL, the load generator. */
  cpu?: CpuSplit;
}

export async function loginAll(client: HttpClient, users: string[]): Promise<Map<string, Session>> {
  const sessions = new Map<string, Session>();
  for (let i = 0; i < users.length; i += 4) {
    const batch = await Promise.all(users.slice(i, i + 4).map((u) => login(client, u, BENCH_PASSWORD)));
    for (const s of batch) sessions.set(s.username, s);
  }
  return sessions;
}

export async function createTokens(client: HttpClient, sessions: Map<string, Session>, users: string[]): Promise<void> {
  for (const u of new Set(users)) await createApiToken(client, sessions.get(u)!);
}

/** A signed-out reader sends no cookie; everyone else their session's (or API token). */
const headersOf = (sessions: Map<string, Session>, t: ReadTarget) =>
  t.anonymous ? {} : authHeaders(sessions.get(t.user)!, false, t.bearer);

/**
 * Sends each target once, alone, while the server records its SQL: one script of statements
 * per request for the direct-SQL side. Lists also follow their cursor to pages 2 and 3, which
 * become targets of their own. This pass also warms the caches before anything is measured.
 */
export async function capture(
  server: Child,
  client: HttpClient,
  sessions: Map<string, Session>,
  targets: ReadTarget[],
  follow = false,
) {
  const scripts: CapturedQuery[][] = [];
  const all: ReadTarget[] = [];
  const statuses: Record<number, number> = {};
  let bytes = 0;
  const queue = [...targets];
  while (queue.length) {
    const t = queue.shift()!;
    await server.ask({ cmd: 'capture-on' }, 'capture-on');
    const r = await client.request('GET', t.path.replace(/&page=\d/, ''), headersOf(sessions, t));
    const { queries } = await server.ask<{ queries: CapturedQuery[] }>({ cmd: 'capture-off' }, 'captured');
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    bytes += r.bytes;
    scripts.push(queries);
    all.push(t);
    const page = Number(/[?&]page=(\d)/.exec(t.path)?.[1] ?? 1);
    if (follow && r.status === 200 && page < 3) {
      const next = (JSON.parse(r.body) as { nextCursor: string | null }).nextCursor;
      const base = t.path.replace(/&page=\d&cursor=[^&]*/, '');
      if (next) queue.push({ ...t, path: `${base}&page=${page + 1}&cursor=${encodeURIComponent(next)}` });
    }
  }
  return { scripts, targets: all, statuses, meanBytes: Math.round(bytes / Math.max(1, all.length)) };
}

export function readOp(client: HttpClient, sessions: Map<string, Session>, targets: ReadTarget[]): Op {
  const next = rotate(targets);
  return async () => {
    const t = next();
    // The page marker only helps the capture pass; the API refuses unknown parameters.
    const r = await client.request('GET', t.path.replace(/&page=\d/, ''), headersOf(sessions, t));
    return { status: r.status, bytes: r.bytes };
  };
}

export async function measureOp(pid: number, op: Op, s: Shape, saturationOnly = false): Promise<Measured> {
  await closedLoop(op, s.concurrency, s.warmupMs);
  const fixed = saturationOnly ? undefined : summarise(await openLoop(op, s.rate, s.durationMs));
  const o = await observe(pid, async () => summarise(await closedLoop(op, s.concurrency, s.durationMs)));
  return {
    fixed: fixed ?? o.result,
    saturation: o.result,
    peakRssMb: o.peakRssMb,
    cpuCores: o.cpuCores,
    machineBusy: o.machineBusy,
    cpu: o.cpu,
  };
}

export const measureReads = (
  server: Child,
  client: HttpClient,
  sessions: Map<string, Session>,
  targets: ReadTarget[],
  s: Shape,
) => measureOp(server.pid, readOp(client, sessions, targets), s);

/** The HTTP ceiling for a response of this size, with the same client, at saturation (a fixed load tells nothing of a server that only writes a buffer). */
export async function measureBare(size: number, s: Shape): Promise<Measured> {
  const bare = await startChild('bare-http.ts', [String(size)]);
  const client = new HttpClient(bare.port);
  try {
    return await measureOp(
      bare.pid,
      async () => {
        const r = await client.request('GET', '/');
        return { status: r.status, bytes: r.bytes };
      },
      s,
      true,
    );
  } finally {
    client.close();
    await bare.stop();
  }
}

/**
 * A write through the API: the session cookie, its CSRF token, and If-Match with the version;
 * `minimal` asks for the new version and receipt only (`Prefer: return=minimal`), as an integration would.
 */
export function httpAct(client: HttpClient, sessions: Map<string, Session>, minimal = false): Act {
  return async (t: WriteTarget, version: number) => {
    const path = `/api/cases/${t.code}/actions/${t.action.replace(/_/g, '-')}`;
    const headers = {
      ...authHeaders(sessions.get(t.user)!, true),
      'if-match': `"${version}"`,
      ...(minimal ? { prefer: 'return=minimal' } : {}),
    };
    const r = await client.request('POST', path, headers, t.body);
    if (r.status === 200) {
      const b = JSON.parse(r.body) as { version: number; event: { seq: number; type: string } };
      return { status: 200, bytes: r.bytes, version: b.version, seq: b.event.seq, type: b.event.type };
    }
    if (r.status === 412)
      return {
        status: 412,
        bytes: r.bytes,
        version: (JSON.parse(r.body) as { error: { currentVersion?: number } }).error.currentVersion,
      };
    if (r.status >= 500) console.error(`write ${t.action} ${t.code}: ${r.status} ${r.body.slice(0, 300)}`);
    return { status: r.status, bytes: r.bytes };
  };
}

/**
 * One write of each kind, alone, with its SQL recorded: the read statements of the write path
 * (lookups inside the transaction) get their plans checked like the read workloads'.
 */
export async function captureWrites(server: Child, act: Act, targets: WriteTarget[]) {
  const scripts: CapturedQuery[][] = [];
  const acks: { code: string; seq: number; type: string }[] = [];
  const used = new Set<WriteTarget>();
  for (const kind of ['submit', 'vote', 'report', 'progress'] as const) {
    const t = targets.find((x) => x.kind === kind);
    if (!t) continue;
    used.add(t);
    await server.ask({ cmd: 'capture-on' }, 'capture-on');
    const r = await act(t, t.version);
    scripts.push((await server.ask<{ queries: CapturedQuery[] }>({ cmd: 'capture-off' }, 'captured')).queries);
    if (r.status === 200 && r.seq !== undefined) acks.push({ code: t.code, seq: r.seq, type: r.type! });
  }
  const reads = scripts
    .flat()
    .filter((q) => /^\s*(select|with)\b/i.test(q.text) && !/\b(insert|update|delete)\b/i.test(q.text));
  return { scripts, reads, acks, rest: targets.filter((t) => !used.has(t) || t.kind === 'progress') };
}
