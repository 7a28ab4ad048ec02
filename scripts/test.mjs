// Runs node's test runner over every *.test.ts below the given folders (default: test/).
// Node 20's --test does not expand globs, so the file list is built here. The files run as one
// esbuild build made first (scripts/test-build.mjs), which each file's process loads in a quarter
// of the time tsx takes; KHIEN_TEST_TSX=1 runs the TypeScript through tsx instead.
// Each file runs in its own process on its own database (a PGlite in memory, or a database of its
// own on the server of TEST_DATABASE_URL), so files run side by side: one per core, at most four,
// unless KHIEN_TEST_CONCURRENCY says otherwise.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildTestFiles } from './test-build.mjs';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = (roots.length ? roots : ['test'])
  .flatMap((root) =>
    root.endsWith('.ts')
      ? [root]
      : readdirSync(root, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('e2e'))
          .map((f) => join(root, f)),
  )
  .sort();
const concurrency = Number(process.env.KHIEN_TEST_CONCURRENCY) || Math.max(1, Math.min(4, availableParallelism()));

// The extensions the migrations create belong to the whole database: made once here, before the
// files' schemas are migrated side by side (two `create extension` at once can collide).
if (process.env.TEST_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query('create extension if not exists pg_trgm schema public');
  await admin.query('create extension if not exists btree_gin schema public');
  await admin.end();
}

// Every file's database starts from one prepared database (migrated, with the demo organisation)
// rather than migrating and seeding its own: a PGlite image on the embedded database, a template
// database on PostgreSQL.
const env = { ...process.env };
const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-test-database.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
env[process.env.TEST_DATABASE_URL ? 'KHIEN_TEST_PG_TEMPLATE' : 'KHIEN_TEST_PGLITE_IMAGE'] = prepared.stdout.trim();

// The id of this run, which names the databases its files copy from the template on PostgreSQL.
env.KHIEN_TEST_RUN = randomBytes(4).toString('hex');

const viaTsx = process.env.KHIEN_TEST_TSX === '1';
const build = viaTsx ? undefined : await buildTestFiles(files);
const toRun = build ? filesForThisDatabase(build) : files;
// Stack traces name the TypeScript sources through the build's source maps.
const loader = viaTsx ? ['--import', 'tsx'] : ['--enable-source-maps'];
const result = spawnSync(
  process.execPath,
  [...loader, '--test', `--test-concurrency=${concurrency}`, ...passThrough, ...toRun],
  { stdio: 'inherit', env },
);
build?.remove();
if (process.env.TEST_DATABASE_URL) await dropDatabasesOfRun(process.env.TEST_DATABASE_URL, env.KHIEN_TEST_RUN);
process.exit(result.status ?? 1);

/**
 * On PostgreSQL, the built files that can reach it: those made of a source that reads
 * TEST_DATABASE_URL (test/support/test-app.ts and the few files that read it themselves). The
 * others (the domain's rules, documents, settings) run exactly as they do on PGlite, so they run
 * once, in the suite on PGlite; KHIEN_TEST_ALL_FILES=1 runs them on PostgreSQL too.
 */
function filesForThisDatabase(build) {
  if (!process.env.TEST_DATABASE_URL || process.env.KHIEN_TEST_ALL_FILES === '1') return build.built;
  const kept = build.built.filter((_, i) => build.reads(i, 'TEST_DATABASE_URL'));
  const left = files.filter((_, i) => !kept.includes(build.built[i]));
  if (left.length)
    console.log(
      `# ${left.length} of ${files.length} files never read TEST_DATABASE_URL: they run in the suite on PGlite only: ${left.join(' ')}`,
    );
  return kept;
}

/** The copies that files could not drop while a connection of theirs was still open. */
async function dropDatabasesOfRun(base, run) {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const { rows } = await admin.query('select datname from pg_database where starts_with(datname, $1)', [
    `khien_t_${run}_`,
  ]);
  for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
  await admin.end();
}
