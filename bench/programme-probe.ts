import { loadavg } from 'node:os';
import { SCALES } from './gen/scales.ts';
import { usersOf } from './support/backend.ts';
import { startChild } from './support/children.ts';
import { benchDatabaseUrl, openBenchRuntime, parseArgs } from './support/databases.ts';
import { authHeaders, HttpClient } from './support/http-client.ts';
import { loginAll } from './support/phases.ts';
import { selectTargets } from './support/targets.ts';

const WORKLOADS = ['dashboard_province', 'dashboard_nation', 'plan_tasks', 'campaign_compliance', 'showcase'];

/**
 * The programme's reads one request at a time through the HTTP API (no queue in front of them):
 * for each target, the best and the median of 5, then per workload the median and slowest of
 * those. On a shared machine this is the service time that a saturation run hides behind its
 * queue. `npx tsx bench/programme-probe.ts --scale province --db postgres` (data generated first).
 */
const args = parseArgs(process.argv.slice(2));
const scale = SCALES[args.scale ?? 'province']!;
const kind = args.db ?? 'postgres';
const { runtime } = await openBenchRuntime(kind, scale.name);
const targets = await selectTargets(runtime.database.pool);
await runtime.close();
const server = await startChild('server-child.ts', [benchDatabaseUrl(kind, scale.name), '0', '10']);
const client = new HttpClient(server.port);
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const round = (x: number) => Math.round(x * 10) / 10;
try {
  const sessions = await loginAll(client, usersOf(targets));
  console.log(`load average at start: ${loadavg().map(round).join(', ')}`);
  console.log(
    '| workload | requests | best of 5, median over requests (ms) | best of 5, slowest request (ms) | median of 5, slowest request (ms) |',
  );
  console.log('|---|---|---|---|---|');
  for (const name of WORKLOADS) {
    const list = targets.reads[name] ?? [];
    const best: number[] = [];
    const median: number[] = [];
    for (const t of list) {
      const headers = t.anonymous ? {} : authHeaders(sessions.get(t.user)!, false, t.bearer);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const r = await client.request('GET', t.path, headers);
        times.push(performance.now() - t0);
        if (r.status !== 200) throw new Error(`${t.path}: ${r.status} ${r.body.slice(0, 200)}`);
      }
      best.push(Math.min(...times));
      median.push(q(times, 0.5));
    }
    console.log(
      `| ${name} | ${list.length} | ${round(q(best, 0.5))} | ${round(Math.max(...best))} | ${round(Math.max(...median))} |`,
    );
  }
  console.log(`load average at end: ${loadavg().map(round).join(', ')}`);
} finally {
  client.close();
  await server.stop();
}
