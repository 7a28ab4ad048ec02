/**
 * Load generation for every side of the comparison (HTTP, bare HTTP, direct SQL), so that the
 * three are measured by the same clock and the same client-side overhead.
 *
 * - closed loop: `concurrency` workers each issue the next request when the previous one ends;
 *   this finds saturation throughput.
 * - open loop: requests are started on a fixed schedule whatever the server does, and latency
 *   is counted from the scheduled start, so a stalled server shows up in the percentiles instead
 *   of quietly lowering the offered load (no coordinated omission).
 */
export interface OpResult {
  status: number;
  bytes: number;
}

export type Op = () => Promise<OpResult>;

export interface Sample {
  latencies: number[];
  statuses: Record<string, number>;
  bytes: number;
  elapsedMs: number;
  dropped: number;
}

export interface Summary {
  requests: number;
  rps: number;
  okRps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  meanBytes: number;
  dropped: number;
}

const isOk = (status: number) => status >= 200 && status < 300;

async function timed(op: Op, start: number, sample: Sample): Promise<void> {
  let status = 0;
  try {
    const r = await op();
    status = r.status;
    sample.bytes += r.bytes;
  } catch {
    status = -1;
  }
  sample.latencies.push(performance.now() - start);
  sample.statuses[status] = (sample.statuses[status] ?? 0) + 1;
}

/** `exhausted` ends the run early, when the op has nothing left to act on (the rate is then over the time taken). */
export async function closedLoop(
  op: Op,
  concurrency: number,
  durationMs: number,
  exhausted: () => boolean = () => false,
): Promise<Sample> {
  const sample: Sample = { latencies: [], statuses: {}, bytes: 0, elapsedMs: 0, dropped: 0 };
  const t0 = performance.now();
  const end = t0 + durationMs;
  const worker = async () => {
    while (performance.now() < end && !exhausted()) await timed(op, performance.now(), sample);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  sample.elapsedMs = performance.now() - t0;
  return sample;
}

export async function openLoop(op: Op, rate: number, durationMs: number, maxInFlight = 2000): Promise<Sample> {
  const sample: Sample = { latencies: [], statuses: {}, bytes: 0, elapsedMs: 0, dropped: 0 };
  const t0 = performance.now();
  const total = Math.round((rate * durationMs) / 1000);
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight.size >= maxInFlight) {
      sample.dropped++;
      continue;
    }
    const p: Promise<void> = timed(op, due, sample).then(() => void inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  sample.elapsedMs = performance.now() - t0;
  return sample;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(s: Sample): Summary {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const ok = Object.entries(s.statuses).reduce((a, [k, n]) => a + (isOk(Number(k)) ? n : 0), 0);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: sorted.length,
    rps: Math.round((sorted.length * 1000) / s.elapsedMs),
    okRps: Math.round((ok * 1000) / s.elapsedMs),
    p50: r2(percentile(sorted, 50)),
    p95: r2(percentile(sorted, 95)),
    p99: r2(percentile(sorted, 99)),
    max: r2(sorted.at(-1) ?? 0),
    statuses: s.statuses,
    meanBytes: sorted.length ? Math.round(s.bytes / sorted.length) : 0,
    dropped: s.dropped,
  };
}

/** Round-robin over a list of targets, shared by all workers. */
export function rotate<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}
