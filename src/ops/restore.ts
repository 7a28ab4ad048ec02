import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startRuntime } from '../bootstrap.ts';
import { verifyCaseRecord } from '../app/verify/verify-case-record.ts';
import { type BackupManifest, chainFingerprint, manifestDifferences, tableCounts } from './backup-manifest.ts';
import { withoutSearchPathOption } from './backup.ts';

const run = promisify(execFile);

export interface RestoreReport {
  manifest: BackupManifest;
  differences: string[];
  casesVerified: number;
  brokenCases: { code: string; problems: string[] }[];
  ok: boolean;
}

/**
 * Restores a backup into an empty database (a PostgreSQL database without Khiên's tables, or a
 * PGlite data directory that does not exist yet), then proves it: the row counts and the chains'
 * fingerprint must equal the manifest, and every case's record must verify as `/verify` does.
 */
export async function restoreDatabase(fromDir: string, databaseUrl: string): Promise<RestoreReport> {
  const manifest = JSON.parse(readFileSync(join(fromDir, 'manifest.json'), 'utf8')) as BackupManifest;
  const file = join(fromDir, manifest.file);
  if (manifest.format === 'pglite-datadir-tgz') {
    if (!databaseUrl.startsWith('pglite:')) throw new Error('a PGlite backup restores into a PGlite data directory');
    const dataDir = databaseUrl.slice('pglite:'.length);
    if (existsSync(dataDir)) throw new Error(`${dataDir} exists: restore into a new data directory`);
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
    const db = await PGlite.create(dataDir, {
      extensions: { pg_trgm, btree_gin },
      loadDataDir: new Blob([readFileSync(file)]),
    });
    await db.close();
  } else {
    if (databaseUrl.startsWith('pglite:')) throw new Error('a pg_dump backup restores into a PostgreSQL database');
    const client = new pg.Client({ connectionString: withoutSearchPathOption(databaseUrl) });
    await client.connect();
    let schemaExists: boolean;
    try {
      const { rows } = await client.query(
        `select 1 from information_schema.tables where table_schema = $1 and table_name = 'cases'`,
        [manifest.schema],
      );
      if (rows.length) throw new Error(`the target already holds Khiên's tables in schema ${manifest.schema}`);
      // The trigram and province-words indexes' operator classes live in extensions, which a one-schema dump leaves out.
      await client.query('create extension if not exists pg_trgm');
      await client.query('create extension if not exists btree_gin');
      const schema = await client.query('select 1 from pg_namespace where nspname = $1', [manifest.schema]);
      schemaExists = schema.rows.length > 0;
    } finally {
      await client.end();
    }
    const options = ['--no-owner', '--exit-on-error', '--dbname', withoutSearchPathOption(databaseUrl)];
    // A new database already has the schema `public`, the usual home of the tables: the dump's
    // `create schema` of it is left out, and everything in it is restored.
    const list = schemaExists ? await listWithoutSchema(file, manifest.schema) : undefined;
    try {
      await run('pg_restore', [...options, ...(list ? ['--use-list', list] : []), file]);
    } finally {
      if (list) rmSync(dirname(list), { recursive: true, force: true });
    }
  }
  return verifyRestored(manifest, databaseUrl);
}

/** The dump's table of contents without the entry that creates `schema`, in a file of its own. */
async function listWithoutSchema(file: string, schema: string): Promise<string> {
  const { stdout } = await run('pg_restore', ['--list', file], { maxBuffer: 64 * 1024 * 1024 });
  const createsSchema = new RegExp(`^\\d+; \\d+ \\d+ SCHEMA - ${schema} `);
  const listFile = join(mkdtempSync(join(tmpdir(), 'khien-restore-')), 'contents.list');
  writeFileSync(
    listFile,
    stdout
      .split('\n')
      .filter((line) => !createsSchema.test(line))
      .join('\n'),
  );
  return listFile;
}

async function verifyRestored(manifest: BackupManifest, databaseUrl: string): Promise<RestoreReport> {
  const runtime = await startRuntime({ databaseUrl });
  try {
    const pool = runtime.database.pool;
    const actual = { ...(await tableCounts(pool)), chains: await chainFingerprint(pool) };
    // Tables a later version added on start are not in the manifest; only the manifest's are compared.
    const differences = manifestDifferences(manifest, actual);
    const brokenCases: RestoreReport['brokenCases'] = [];
    let casesVerified = 0;
    let after = '';
    for (;;) {
      const rows = await runtime.db
        .selectFrom('cases')
        .selectAll()
        .where('code', '>', after)
        .orderBy('code')
        .limit(200)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const verdict = await verifyCaseRecord(runtime.app, row);
        casesVerified++;
        if (!verdict.ok)
          brokenCases.push({ code: row.code, problems: verdict.problems.map((p) => `${p.subject}: ${p.message}`) });
      }
      after = rows.at(-1)!.code;
    }
    return {
      manifest,
      differences,
      casesVerified,
      brokenCases,
      ok: differences.length === 0 && brokenCases.length === 0,
    };
  } finally {
    await runtime.close();
  }
}
