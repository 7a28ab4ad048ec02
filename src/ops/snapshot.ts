import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from '../db/pool.ts';
import type { BackupManifest } from './backup-manifest.ts';
import { backupDatabase, backupPgliteInstance } from './backup.ts';

/** Scheduled snapshots for a small office: every `intervalHours`, into `dir`, the last `keep` kept. */
export interface SnapshotSettings {
  intervalHours: number;
  dir: string;
  keep: number;
}

/** `KHIEN_SNAPSHOT_INTERVAL_HOURS` (unset or 0: off), `KHIEN_SNAPSHOT_DIR`, `KHIEN_SNAPSHOT_KEEP` (7). */
export function snapshotSettingsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): SnapshotSettings | undefined {
  const hours = Number(env.KHIEN_SNAPSHOT_INTERVAL_HOURS ?? 0);
  if (!Number.isFinite(hours) || hours < 0)
    throw new Error('KHIEN_SNAPSHOT_INTERVAL_HOURS must be a number of hours, 0 for none / phải là số giờ');
  if (hours === 0) return undefined;
  const keep = Number(env.KHIEN_SNAPSHOT_KEEP ?? 7);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error('KHIEN_SNAPSHOT_KEEP must be a whole number of at least 1 / phải là số nguyên từ 1');
  return { intervalHours: hours, dir: resolve(env.KHIEN_SNAPSHOT_DIR || join(dataDir, 'snapshots')), keep };
}

/** Folders this feature writes, named by their UTC time so that names sort as times do. */
const SNAPSHOT_NAME = /^khien-\d{8}T\d{6}Z$/;
const nameFor = (at: Date) =>
  `khien-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}`;

/**
 * Takes a snapshot of the running database with the backup code (`npm run restore` restores it),
 * then removes the oldest of this feature's snapshots beyond `keep`. PGlite: its data directory,
 * copied while this holds the pool's only connection, after a checkpoint, so no statement runs
 * during the copy (requests wait for it). PostgreSQL: `pg_dump` on a snapshot, as `npm run backup`.
 * Written under a temporary name and renamed when complete, so a folder with the name is whole.
 */
export async function takeSnapshot(
  database: Database,
  settings: Pick<SnapshotSettings, 'dir' | 'keep'>,
  now: Date,
): Promise<{ folder: string; manifest: BackupManifest; removed: string[] }> {
  const name = nameFor(now);
  const folder = join(settings.dir, name);
  const partial = join(settings.dir, `.partial-${name}`);
  rmSync(partial, { recursive: true, force: true });
  let manifest: BackupManifest;
  if (database.embedded) {
    const client = await database.pool.connect();
    try {
      await client.query('checkpoint');
      manifest = await backupPgliteInstance(client, database.embedded, partial, now.toISOString());
    } finally {
      client.release();
    }
  } else {
    manifest = await backupDatabase(database.pool.options.connectionString!, partial, now);
  }
  rmSync(folder, { recursive: true, force: true });
  renameSync(partial, folder);
  return { folder, manifest, removed: pruneSnapshots(settings.dir, settings.keep) };
}

/** Removes the oldest snapshots beyond `keep`; nothing else in the folder is touched. */
export function pruneSnapshots(dir: string, keep: number): string[] {
  const names = readdirSync(dir)
    .filter((n) => SNAPSHOT_NAME.test(n) && existsSync(join(dir, n, 'manifest.json')))
    .sort()
    .reverse();
  const removed = names.slice(keep);
  for (const n of removed) rmSync(join(dir, n), { recursive: true, force: true });
  return removed;
}
