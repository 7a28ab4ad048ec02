import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  if (!(await exists(url))) await onServer((admin) => admin.query(`create database "${dbName(url)}"`));
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

/** The schema each database or kept copy was generated under (`fingerprint()`), by its URL. */
const knownFingerprints = (): Record<string, string> =>
  existsSync(FINGERPRINTS) ? (JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as Record<string, string>) : {};

function recordFingerprint(url: string): void {
  mkdirSync(dirname(FINGERPRINTS), { recursive: true });
  writeFileSync(FINGERPRINTS, JSON.stringify({ ...knownFingerprints(), [url]: fingerprint() }, null, 2));
}

const dbName = (url: string) => new URL(url).pathname.slice(1).replace(/"/g, '');

async function onServer<T>(run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  return run(admin).finally(() => admin.end());
}

async function wipe(url: string): Promise<void> {
  if (url.startsWith('pglite:')) return rmSync(url.slice('pglite:'.length), { recursive: true, force: true });
  await onServer((admin) => admin.query(`drop database if exists "${dbName(url)}" with (force)`));
}

/**
 * The generated data as it was when generated (and its write reserve topped up), kept beside the
 * database the runs use: each run starts from a copy of it, so the writes of earlier runs (the
 * reserve they consumed, the drafts they created, the tasks they opened) do not pile up and runs on
 * the same data compare. `BENCH_IN_PLACE=1` skips the copy and runs on the data as earlier runs
 * left it (a national copy is some 20 GB).
 */
function pristineOf(url: string): string {
  if (url.startsWith('pglite:')) return `${url}-pristine`;
  const u = new URL(url);
  u.pathname = `/${dbName(url)}_pristine`;
  return u.toString();
}

const inPlace = () => process.env.BENCH_IN_PLACE === '1';

async function exists(url: string): Promise<boolean> {
  if (url.startsWith('pglite:')) return existsSync(url.slice('pglite:'.length));
  return onServer(
    async (admin) => !!(await admin.query('select 1 from pg_database where datname = $1', [dbName(url)])).rowCount,
  );
}

/** Copies a closed database: PostgreSQL from a template, PGlite its data directory. */
async function copyDatabase(from: string, to: string): Promise<void> {
  await wipe(to);
  if (from.startsWith('pglite:'))
    return cpSync(from.slice('pglite:'.length), to.slice('pglite:'.length), { recursive: true });
  await onServer((admin) => admin.query(`create database "${dbName(to)}" template "${dbName(from)}"`));
}

/** Before a run: the run's database made again from the kept copy, when there is one of this schema. */
export async function startFromPristine(kind: string, scale: string): Promise<boolean> {
  const url = benchDatabaseUrl(kind, scale);
  if (inPlace() || knownFingerprints()[pristineOf(url)] !== fingerprint() || !(await exists(pristineOf(url))))
    return false;
  await copyDatabase(pristineOf(url), url);
  return true;
}

/** After generating (or topping up): the database, closed, kept as the copy the next runs start from. */
export async function keepAsPristine(kind: string, scale: string): Promise<void> {
  if (inPlace()) return;
  const url = benchDatabaseUrl(kind, scale);
  await copyDatabase(url, pristineOf(url));
  recordFingerprint(pristineOf(url));
}

export async function openBenchRuntime(
  kind: string,
  scale: string,
  poolSize?: number,
  fresh = false,
): Promise<{ runtime: Runtime; url: string }> {
  const url = benchDatabaseUrl(kind, scale);
  if (fresh || knownFingerprints()[url] !== fingerprint()) {
    await wipe(url);
    recordFingerprint(url);
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
