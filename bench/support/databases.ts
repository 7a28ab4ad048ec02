import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startRuntime, type Runtime } from '../../src/bootstrap.ts';
import { NOBODY_REQUIRED } from '../../src/domain/auth/second-factor.ts';
import { MIGRATIONS } from '../../src/db/migrations/index.ts';

/** Bump when the generator changes what it writes: existing benchmark data is then rebuilt. */
const GENERATOR_VERSION = 3;

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The PostgreSQL server the benchmark creates its databases on (trust auth, as in development). */
export const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * `postgres` → a database `khien_bench_<scale>` on PG_BASE (`khien_bench_<scale>_<BENCH_DB_SUFFIX>` when
 * set, so that checkouts sharing one server keep their data apart); `pglite` → bench/.data/<scale>; else a URL.
 */
export function benchDatabaseUrl(kind: string, scale: string): string {
  if (kind === 'pglite') return `pglite:${join(BENCH_DIR, '.data', scale, 'pglite')}`;
  if (kind === 'postgres') {
    const url = new URL(PG_BASE);
    url.pathname = `/khien_bench_${scale}${process.env.BENCH_DB_SUFFIX ? `_${process.env.BENCH_DB_SUFFIX}` : ''}`;
    return url.toString();
  }
  return kind;
}

export async function ensureDatabase(url: string): Promise<void> {
  if (url.startsWith('pglite:')) {
    mkdirSync(dirname(url.slice('pglite:'.length)), { recursive: true });
    return;
  }
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await admin.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * The schema is still edited in place while the project is young, so generated data records the
 * migrations it was made under; a database made under other migrations (or another generator) is
 * dropped and generated again rather than benchmarked half-migrated.
 */
export function fingerprint(): string {
  const h = createHash('sha256').update(String(GENERATOR_VERSION));
  for (const [name, m] of Object.entries(MIGRATIONS)) h.update(name).update(m.up.toString());
  return h.digest('hex').slice(0, 16);
}

const FINGERPRINTS = join(BENCH_DIR, '.data', 'fingerprints.json');

async function wipe(url: string): Promise<void> {
  if (url.startsWith('pglite:')) return rmSync(url.slice('pglite:'.length), { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin
    .query(`drop database if exists "${new URL(url).pathname.slice(1).replace(/"/g, '')}" with (force)`)
    .finally(() => admin.end());
}

export async function openBenchRuntime(
  kind: string,
  scale: string,
  poolSize?: number,
  fresh = false,
): Promise<{ runtime: Runtime; url: string }> {
  const url = benchDatabaseUrl(kind, scale);
  mkdirSync(dirname(FINGERPRINTS), { recursive: true });
  const known = existsSync(FINGERPRINTS)
    ? (JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as Record<string, string>)
    : {};
  if (fresh || known[url] !== fingerprint()) {
    await wipe(url);
    writeFileSync(FINGERPRINTS, JSON.stringify({ ...known, [url]: fingerprint() }, null, 2));
  }
  await ensureDatabase(url);
  return {
    runtime: await startRuntime({ databaseUrl: url, dbPoolSize: poolSize, secondFactor: NOBODY_REQUIRED }),
    url,
  };
}

/** `--scale national --db pglite` → { scale: 'national', db: 'pglite' }; a bare flag is 'true'. */
export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const [k, v] = a.slice(2).split('=');
    if (v !== undefined) out[k!] = v;
    else if (argv[i + 1] && !argv[i + 1]!.startsWith('--')) out[k!] = argv[++i]!;
    else out[k!] = 'true';
  }
  return out;
}
