// Runs node's test runner over every *.test.ts below the given folders (default: test/).
// Node 20's --test does not expand globs, so the file list is built here.
// Each file runs in its own process on its own database (a PGlite in memory, or a fresh schema or
// database on the server of TEST_DATABASE_URL), so files run side by side: one per core, at most
// four, unless KHIEN_TEST_CONCURRENCY says otherwise.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';

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

// On the embedded database every file's PGlite starts from one prepared image (migrated, with the
// demo organisation) rather than creating, migrating and seeding its own: seconds saved per file.
const env = { ...process.env };
if (!process.env.TEST_DATABASE_URL) {
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-test-database.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
  env.KHIEN_TEST_PGLITE_IMAGE = prepared.stdout.trim();
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...passThrough, ...files],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
