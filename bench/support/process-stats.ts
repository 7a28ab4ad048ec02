import { readFileSync } from 'node:fs';

/** Memory and CPU of another process, read from /proc (Linux). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

/** CPU seconds (user + system) used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
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
): Promise<{ result: T; peakRssMb: number; cpuCores: number; machineBusy: number }> {
  let peak = rssMb(pid);
  const t0 = performance.now();
  const c0 = cpuSeconds(pid);
  const m0 = machineJiffies();
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  try {
    const result = await work();
    const cores = (cpuSeconds(pid) - c0) / ((performance.now() - t0) / 1000);
    const m1 = machineJiffies();
    const machineBusy = Math.round(((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)) * 100);
    return { result, peakRssMb: Math.max(peak, rssMb(pid)), cpuCores: Math.round(cores * 100) / 100, machineBusy };
  } finally {
    clearInterval(timer);
  }
}
