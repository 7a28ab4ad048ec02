// Run by scripts/test.mjs before the suite on the embedded database: makes one image of a migrated
// database with the reference data and the demo organisation, which every test file's PGlite then
// starts from (test/support/test-app.ts) instead of creating a cluster, migrating and seeding.
// Prints the image's path. The image is made again whenever a file under src/ changes.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/db/pool.ts';
import { kyselyFor, migrate } from '../src/db/kysely.ts';
import { seedReferenceData } from '../src/db/reference-data.ts';
import { seedDemoOrganisation } from '../src/demo/demo-organisation.ts';
import { sourceFingerprint } from '../src/demo/first-start-template.ts';

const dir = join(import.meta.dirname, '..', '.cache', 'test-database');
const image = join(dir, 'pglite.tar');
const metaFile = join(dir, 'meta.json');
const fingerprint = sourceFingerprint();

const current = existsSync(metaFile) && existsSync(image) && JSON.parse(readFileSync(metaFile, 'utf8')).fingerprint;
if (current !== fingerprint) {
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase('pglite:memory://');
  const db = kyselyFor(database);
  await migrate(db, database);
  await seedReferenceData(db);
  // The calendar's years are left out: each test's start stores them with its own clock.
  await seedDemoOrganisation(db);
  const dump = await database.embedded!.dumpDataDir('none');
  await database.close();
  // Written aside and renamed, so that a run reading the image never sees half of one.
  writeFileSync(`${image}.part`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${image}.part`, image);
  writeFileSync(metaFile, JSON.stringify({ fingerprint }));
}
console.log(image);
