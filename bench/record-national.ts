// The record's costs on generated data (issue 12, "Cost ... at national scale"), PostgreSQL:
// - a checkpoint over every chain head: the first one of an installation (every head), or the next
//   one (the heads that moved since, e.g. after `npm run bench`'s writes);
// - `/verify` of the cases with the most events (p50/p95 of 200 requests through the HTTP layer),
//   and their dossier ZIPs.
//   npx tsx bench/record-national.ts [--scale national] [--verify-only]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createCheckpoint } from '../src/app/verify/create-checkpoint.ts';
import { buildServer } from '../src/http/app.ts';
import { TestClient } from '../test/support/test-client.ts';
import { BENCH_PASSWORD } from './gen/scales.ts';
import { openBenchRuntime, parseArgs } from './support/databases.ts';

const args = parseArgs(process.argv.slice(2));
const scale = args.scale ?? 'national';
const ms = (x: number) => `${x.toFixed(1)} ms`;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;

const { runtime } = await openBenchRuntime('postgres', scale, 10);
const app = runtime.app;
try {
  if (!args['verify-only']) {
    const before = await app.db
      .selectFrom('checkpoints')
      .select(['id', 'tree_size'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const made = await createCheckpoint(app);
    const used = process.cpuUsage(cpu);
    const heads = await sql<{ n: string }>`select count(*) as n from cases where head_hash is not null`.execute(app.db);
    const size = await sql<{ leaves: string; subtrees: string }>`
      select pg_size_pretty(pg_total_relation_size('checkpoint_leaves')) as leaves,
             pg_size_pretty(pg_total_relation_size('checkpoint_subtrees')) as subtrees`.execute(app.db);
    console.log(
      `${before ? `next checkpoint #${made.id}` : 'first checkpoint'} over ${Number(heads.rows[0]!.n).toLocaleString('en')} chain heads: ` +
        `${(made.treeSize - Number(before?.tree_size ?? 0)).toLocaleString('en')} leaves appended (tree size ${made.treeSize.toLocaleString('en')}) ` +
        `in ${ms(performance.now() - started)}, CPU of this process ${ms((used.user + used.system) / 1000)} (${load()}); ` +
        `log ${size.rows[0]!.leaves}, stored subtrees ${size.rows[0]!.subtrees}; the signed tree head is ${JSON.stringify(made).length} bytes`,
    );
  }

  const server = await buildServer(app, {
    cookieSecret: 'bench-cookie-secret-0123456789abcdef',
    secureCookies: false,
    logger: false,
  });
  await server.ready();
  const longest = await sql<{ code: string; event_count: number; username: string }>`
    select c.code, c.event_count, p.username from cases c join people p on p.id = c.proposer_id
    where p.username is not null order by c.event_count desc limit 5`.execute(app.db);
  for (const c of longest.rows.slice(0, 3)) {
    const client = await TestClient.login(server, c.username, BENCH_PASSWORD, 'vi');
    const verify: number[] = [];
    for (let i = 0; i < 220; i++) {
      const t0 = performance.now();
      const r = await client.get(`/api/cases/${c.code}/verify`);
      if (i >= 20) verify.push(performance.now() - t0);
      if (!r.body.ok) throw new Error(`${c.code}: ${JSON.stringify(r.body).slice(0, 500)}`);
    }
    const dossier: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const r = await client.get(`/api/cases/${c.code}/dossier`);
      if (r.status !== 200) throw new Error(`${c.code} dossier: ${r.status}`);
      dossier.push(performance.now() - t0);
    }
    console.log(
      `${c.code} (${c.event_count} events): /verify p50 ${ms(quantile(verify, 0.5))}, p95 ${ms(quantile(verify, 0.95))} (200 requests, one at a time); ` +
        `dossier ZIP p50 ${ms(quantile(dossier, 0.5))}, slowest ${ms(Math.max(...dossier))} (20) (${load()})`,
    );
  }
  await server.close();
} finally {
  await runtime.close();
}
