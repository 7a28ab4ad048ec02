import { readdirSync, readFileSync } from 'node:fs';

/** Memory and CPU of another process, read from /proc (Linux). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

/** CPU seconds (user + system) used so far. */
export function cpuSeconds(pid: number): number {
  return statOf(readFileSync(`/proc/${pid}/stat`, 'utf8')).seconds;
}

/** A process's name and CPU seconds from its `/proc/<pid>/stat` line (the name is in parentheses). */
function statOf(line: string): { comm: string; seconds: number } {
  const close = line.lastIndexOf(') ');
  const fields = line.slice(close + 2).split(' ');
  return { comm: line.slice(line.indexOf('(') + 1, close), seconds: (Number(fields[11]) + Number(fields[12])) / 100 };
}

/**
 * CPU seconds used so far by every process named `postgres` (the server's backends, and its
 * checkpointer, WAL writer and autovacuum, which are the database's work too), by pid. A process
 * that exits during a measurement takes its time with it; pooled connections do not.
 */
function postgresSeconds(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = statOf(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s.comm === 'postgres') out.set(Number(name), s.seconds);
    } catch {
      // Gone between the listing and the read.
    }
  }
  return out;
}

function postgresSecondsSince(before: Map<number, number>): number {
  let sum = 0;
  for (const [pid, s] of postgresSeconds()) sum += s - (before.get(pid) ?? 0);
  return sum;
}

/**
 * Where the CPU went while a load ran, in cores: the observed process (the server, or the
 * database's direct client), PostgreSQL's processes (0 on PGlite, which runs inside the observed
 * process), and the load generator (the process that runs `observe`, when it is another one).
 * Divided by the requests a second, each is the CPU one request cost that side. PostgreSQL and the
 * load generator are whole processes: two observations at once (several servers) each count all of it.
 */
export interface CpuSplit {
  observed: number;
  postgres: number;
  generator: number;
}

/** Jiffies of the whole machine: busy (everything but idle and I/O wait) and total. */
function machineJiffies(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - f[4]!, total };
}

/**
 * Samples a process while `work` runs: peak RSS, the cores it used, and how busy the whole
 * machine was (server, database, load generator and anything else running).
 */
export async function observe<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMb: number; cpuCores: number; machineBusy: number; cpu: CpuSplit }> {
  let peak = rssMb(pid);
  const t0 = performance.now();
  const c0 = cpuSeconds(pid);
  const m0 = machineJiffies();
  const p0 = postgresSeconds();
  const g0 = process.cpuUsage();
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  try {
    const result = await work();
    const seconds = (performance.now() - t0) / 1000;
    const cores = (cpuSeconds(pid) - c0) / seconds;
    const g1 = process.cpuUsage(g0);
    const cpu = {
      observed: round2(cores),
      postgres: round2(postgresSecondsSince(p0) / seconds),
      generator: pid === process.pid ? 0 : round2((g1.user + g1.system) / 1e6 / seconds),
    };
    const m1 = machineJiffies();
    const machineBusy = Math.round(((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)) * 100);
    return { result, peakRssMb: Math.max(peak, rssMb(pid)), cpuCores: round2(cores), machineBusy, cpu };
  } finally {
    clearInterval(timer);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
