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

/** Samples a process while `work` runs: peak RSS and the share of one core it used. */
export async function observe<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRssMb: number; cpuCores: number }> {
  let peak = rssMb(pid);
  const t0 = performance.now();
  const c0 = cpuSeconds(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  try {
    const result = await work();
    const cores = (cpuSeconds(pid) - c0) / ((performance.now() - t0) / 1000);
    return { result, peakRssMb: Math.max(peak, rssMb(pid)), cpuCores: Math.round(cores * 100) / 100 };
  } finally {
    clearInterval(timer);
  }
}
