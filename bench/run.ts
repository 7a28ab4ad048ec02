import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { SCALES } from './gen/scales.ts';
import { benchBackend, type BackendResult } from './support/backend.ts';
import { BENCH_DIR, PG_BASE } from './support/databases.ts';
import { measureBare, type Measured, type Shape } from './support/phases.ts';
import { renderReport } from './support/report.ts';
import { measureStartups } from './support/startup.ts';
import { measureSweep, type SweepMeasure } from './support/sweep.ts';
import { benchProcesses, type ProcessesResult } from './support/processes.ts';

/**
 * `npm run bench` (province data on PGlite and PostgreSQL) and `npm run bench -- --scale national`
 * (PostgreSQL). Options: --backends pglite,postgres  --duration 5 (s per measured phase)
 * --rate 200  --concurrency 32  --pool 10  --only worklist,case_page,…,writes,naive,sweep,processes
 * --processes 2 (server processes at once on PostgreSQL for the mix through several processes)
 */
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a, i, all) => (a.startsWith('--') ? [a.slice(2), all[i + 1] ?? 'true'] : []))
    .filter((x) => x.length),
);
const scale = SCALES[args.scale ?? 'province']!;
const backends = (args.backends ?? (scale.name === 'national' ? 'postgres' : 'pglite,postgres')).split(',');
const shape: Shape = {
  concurrency: Number(args.concurrency ?? 32),
  rate: Number(args.rate ?? 200),
  durationMs: Number(args.duration ?? 5) * 1000,
  warmupMs: 1000,
};
const poolSize = Number(args.pool ?? 10);
const only = args.only?.split(',');
const processes = Number(args.processes ?? 2);
const started = Date.now();

const pgVersion = await (async () => {
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  const v = (await c.query('show server_version')).rows[0].server_version as string;
  const settings = (
    await c.query(
      `select name, current_setting(name) as value from pg_settings where name in ('shared_buffers', 'work_mem', 'synchronous_commit', 'max_connections', 'max_wal_size', 'checkpoint_timeout')`,
    )
  ).rows;
  await c.end();
  return { version: v, settings: Object.fromEntries(settings.map((s) => [s.name, s.value as string])) };
})();
const pkg = (name: string) =>
  (JSON.parse(readFileSync(join(BENCH_DIR, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadavgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  postgres: pgVersion,
  pglite: pkg('@electric-sql/pglite'),
  fastify: pkg('fastify'),
  kysely: pkg('kysely'),
  pg: pkg('pg'),
};

const results: BackendResult[] = [];
for (const backend of backends) results.push(await benchBackend(backend, scale, shape, poolSize, only));

const bare: Record<string, Measured> = {};
for (const [name, w] of Object.entries(results[0]?.workloads ?? {})) bare[name] = await measureBare(w.meanBytes, shape);

// The deadline sweep on each back end's data: incremental with nothing new, and the full sweep it replaced.
const sweeps: (SweepMeasure | { backend: string; error: string })[] = [];
if (!only || only.includes('sweep'))
  for (const backend of backends)
    sweeps.push(await measureSweep(backend, scale.name, poolSize).catch((e: Error) => ({ backend, error: e.message })));

// The mix through several server processes at once, on one PostgreSQL.
let multi: ProcessesResult | { error: string } | undefined;
if (backends.includes('postgres') && processes > 1 && (!only || only.includes('processes')))
  multi = await benchProcesses(scale, shape, poolSize, processes).catch((e: Error) => ({
    error: e.stack ?? e.message,
  }));

let startup: Awaited<ReturnType<typeof measureStartups>> | { error: string } | undefined;
if (backends.includes('pglite') && (!only || only.includes('startup'))) {
  startup = await measureStartups(scale.name, results.find((r) => r.backend === 'pglite')!.firstHead).catch(
    (e: Error) => ({ error: e.message }),
  );
}

const report = {
  scale: scale.name,
  shape,
  poolSize,
  machine,
  loadavgAtEnd: loadavg(),
  minutes: Math.round((Date.now() - started) / 600) / 100,
  results,
  bare,
  startup,
  sweeps,
  processes: multi,
};
const dir = join(BENCH_DIR, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${scale.name}.json`), JSON.stringify(report, null, 2));
writeFileSync(join(dir, `${scale.name}.md`), renderReport(report) + renderScaleOut(sweeps, multi));
console.log(renderReport(report) + renderScaleOut(sweeps, multi));

function renderScaleOut(s: typeof sweeps, m: typeof multi): string {
  const lines = [
    '',
    '## Deadline sweep',
    '',
    '| back end | open cases | watched | incremental, nothing new: p50 / max ms | full sweep: p50 / max ms | after 100 changed cases |',
    '|---|---|---|---|---|---|',
  ];
  for (const x of s)
    lines.push(
      'error' in x
        ? `| ${x.backend} | error: ${x.error} | | | | |`
        : `| ${x.backend} | ${x.openCases} | ${x.watched} | ${x.nothingNewMs.p50} / ${x.nothingNewMs.max} | ${x.fullMs.p50} / ${x.fullMs.max} | ${x.afterChanges.ms} ms (${x.afterChanges.looked} looked at) |`,
    );
  if (m && 'error' in m) lines.push('', '## Several processes', '', `error: ${m.error}`);
  else if (m) {
    lines.push(
      '',
      `## ${m.processes} processes on one PostgreSQL`,
      '',
      `Mix: ${m.mix}; ${m.concurrency} clients, ${m.durationS} s.`,
      '',
    );
    lines.push('| run | process | req/s answered | p50 / p99 ms | CPU (cores) | RSS MB |', '|---|---|---|---|---|---|');
    lines.push(
      `| one process alone (machine ${m.alone.machineBusy} % busy) | ${m.alone.pid} | ${m.alone.okRps} | ${m.alone.p50} / ${m.alone.p99} | ${m.alone.cpuCores} | ${m.alone.peakRssMb} |`,
    );
    for (const p of m.together.perProcess)
      lines.push(
        `| together (machine ${m.together.machineBusy} % busy) | ${p.pid} | ${p.okRps} | ${p.p50} / ${p.p99} | ${p.cpuCores} | ${p.peakRssMb} |`,
      );
    lines.push(`| together, total | | ${m.together.totalOkRps} | | | |`);
    lines.push('', `New proposals: ${m.createsPerSecond}/s, transitions: ${m.transitionsPerSecond}/s (both runs).`);
    lines.push(
      '',
      `Writes done: ${JSON.stringify(m.writes.done)}, ${m.writes.conflicts} answered 412. Audit: ${JSON.stringify(m.audit)}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
