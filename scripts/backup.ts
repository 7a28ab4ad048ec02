// `npm run backup -- <folder>`: a copy of the database named by DATABASE_URL (or the embedded
// PGlite of KHIEN_DATA_DIR, with the server stopped) and its manifest. See README, "Backups".
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { acquireDataDirLock } from '../src/db/data-dir-lock.ts';
import { backupDatabase } from '../src/ops/backup.ts';

const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = resolve(process.argv[2] ?? join('backups', stamp));
const embedded = config.databaseUrl.startsWith('pglite:');
// PGlite has one process per data directory: the server must be stopped for a consistent copy.
const release = embedded ? acquireDataDirLock(config.dataDir) : () => undefined;
try {
  const m = await backupDatabase(config.databaseUrl, outDir);
  console.log(`Khiên: backup written to ${outDir} (${m.format}, ${m.chains.cases} cases, ${m.chains.events} events)`);
} finally {
  release();
}
