import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BENCH_PASSWORD } from '../gen/scales.ts';
import { BENCH_DIR, benchDatabaseUrl, openBenchRuntime } from './databases.ts';
import { authHeaders, HttpClient, login } from './http-client.ts';

/**
 * `npm start` on the embedded database of a generated scale, timed from the spawn to the first
 * answer of the API, and to a head's first worklist page (sign-in included). The app is stopped
 * with SIGTERM so that it closes PGlite cleanly and releases its data directory lock.
 */
export interface Startup {
  healthMs: number;
  webPageMs: number | null;
  firstPageMs: number;
}

/**
 * Twice: the first start may rebuild the web app (prestart does when its sources are newer than
 * web/dist, as they often are on a development machine); the second is the steady state.
 */
export async function measureStartups(
  scale: string,
  head: string,
): Promise<{ first: Startup; again: Startup; outboxBacklog: number }> {
  // The benchmark's own server runs no background jobs, so its writes leave their outbox jobs
  // pending, as a stop of a few hours on a busy office would: the start is measured with them
  // (the server starts its job runner only once it listens).
  const { runtime } = await openBenchRuntime('pglite', scale);
  const backlog = await runtime.database.pool.query(
    `select count(*)::int as n from outbox_jobs where status = 'pending'`,
  );
  await runtime.close();
  const first = await measureStartup(scale, head);
  return { first, again: await measureStartup(scale, head), outboxBacklog: backlog.rows[0].n as number };
}

export async function measureStartup(scale: string, head: string, port = 39_517): Promise<Startup> {
  const dataDir = dirname(benchDatabaseUrl('pglite', scale).slice('pglite:'.length));
  const t0 = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: join(BENCH_DIR, '..'),
    env: { ...process.env, KHIEN_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' },
    // The app's own output, for when it does not come up.
    stdio: [
      'ignore',
      openSync(join(BENCH_DIR, 'results', `startup-${scale}.log`), 'a'),
      openSync(join(BENCH_DIR, 'results', `startup-${scale}.log`), 'a'),
    ],
    detached: true,
  });
  const client = new HttpClient(port);
  try {
    let healthMs = 0;
    let exited = false;
    child.once('exit', () => (exited = true));
    while (performance.now() - t0 < 120_000 && !exited) {
      const ok = await client.request('GET', '/api/health').then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        healthMs = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    if (!healthMs) throw new Error(`npm start did not answer (see bench/results/startup-${scale}.log)`);
    // The web app's page, when it has been built (prestart builds it if needed).
    const web = await client.request('GET', '/');
    const webPageMs = web.status === 200 ? Math.round(performance.now() - t0) : null;
    const session = await login(client, head, BENCH_PASSWORD);
    const page = await client.request('GET', '/api/worklist?limit=50', authHeaders(session));
    if (page.status !== 200) throw new Error(`worklist: ${page.status}`);
    return { healthMs: Math.round(healthMs), webPageMs, firstPageMs: Math.round(performance.now() - t0) };
  } finally {
    client.close();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone: it failed to start (see the log).
    }
    // Wait for the whole group (npm, tsx, the server) to be gone: the server closes PGlite last.
    for (let alive = true; alive; await new Promise((r) => setTimeout(r, 100))) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        alive = false;
      }
    }
  }
}
