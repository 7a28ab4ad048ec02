import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type BackupManifest, chainFingerprint, type Queryable, tableCounts } from './backup-manifest.ts';

const run = promisify(execFile);

/**
 * A backup of the whole database into `outDir`, with its manifest. PostgreSQL: `pg_dump` in its
 * custom format, run on the snapshot the manifest was counted in (`--snapshot`), so the counts
 * are those of the copy even while the server keeps writing. PGlite: its data directory as a
 * gzipped tar, taken with the server stopped (the data directory's lock says so).
 */
export async function backupDatabase(databaseUrl: string, outDir: string, now = new Date()): Promise<BackupManifest> {
  mkdirSync(outDir, { recursive: true });
  const createdAt = now.toISOString();
  if (databaseUrl.startsWith('pglite:')) return backupPglite(databaseUrl.slice('pglite:'.length), outDir, createdAt);
  return backupPostgres(databaseUrl, outDir, createdAt);
}

async function backupPostgres(url: string, outDir: string, createdAt: string): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const { schema, tables } = await tableCounts(client);
    const chains = await chainFingerprint(client);
    const file = 'khien.dump';
    const { stdout: version } = await run('pg_dump', ['--version']);
    await run('pg_dump', [
      '--format=custom',
      `--snapshot=${rows[0]!.id}`,
      `--schema=${schema}`,
      `--file=${join(outDir, file)}`,
      '--dbname',
      withoutSearchPathOption(url),
    ]);
    await client.query('commit');
    const manifest: BackupManifest = {
      khien: 1,
      format: 'pg_dump-custom',
      file,
      createdAt,
      tool: version.trim(),
      schema,
      tables,
      chains,
    };
    writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

async function backupPglite(dataDir: string, outDir: string, createdAt: string): Promise<BackupManifest> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, btree_gin } });
  try {
    return await backupPgliteInstance(db, db, outDir, createdAt);
  } finally {
    await db.close();
  }
}

/**
 * A copy of an open PGlite: its data directory as a gzipped tar, and the manifest read from it
 * through `db` (the PGlite itself, or the server's one connection to it). The caller makes sure
 * nothing else runs on it meanwhile (the server's scheduled snapshot holds the pool's only
 * connection), so the files and the counts are of the same moment.
 */
export async function backupPgliteInstance(
  db: Queryable,
  files: { dumpDataDir(compression: 'gzip'): Promise<Blob> },
  outDir: string,
  createdAt: string,
): Promise<BackupManifest> {
  mkdirSync(outDir, { recursive: true });
  const { schema, tables } = await tableCounts(db);
  const chains = await chainFingerprint(db);
  const file = 'khien-pglite.tar.gz';
  const blob = await files.dumpDataDir('gzip');
  writeFileSync(join(outDir, file), Buffer.from(await blob.arrayBuffer()));
  const { rows: v } = await db.query<{ version: string }>('select version() as version');
  const manifest: BackupManifest = {
    khien: 1,
    format: 'pglite-datadir-tgz',
    file,
    createdAt,
    tool: `PGlite: ${v[0]!.version}`,
    schema,
    tables,
    chains,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** libpq's `options=-c search_path=…` is for the session; pg_dump is told the schema itself. */
export function withoutSearchPathOption(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('options');
  return u.toString();
}
