// Run by scripts/test.mjs before the suite: prepares one migrated database with the reference data
// and the demo organisation, which every test file's database then starts from
// (test/support/test-app.ts) instead of migrating and seeding its own.
// - On the embedded database: an image of a PGlite data directory. Prints its path.
// - On the PostgreSQL server of TEST_DATABASE_URL: a template database, which each test copies with
//   `create database … template`. Prints its name.
// Either is made again whenever a file under src/ changes.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/pool.ts';
import { kyselyFor, migrate } from '../src/db/kysely.ts';
import { seedReferenceData } from '../src/db/reference-data.ts';
import { seedDemoOrganisation } from '../src/demo/demo-organisation.ts';
import { sourceFingerprint } from '../src/demo/first-start-template.ts';

const fingerprint = sourceFingerprint();

async function prepare(database: Database): Promise<void> {
  const db = kyselyFor(database);
  await migrate(db, database);
  await seedReferenceData(db);
  // The calendar's years are left out: each test's start stores them with its own clock.
  await seedDemoOrganisation(db);
}

async function pgliteImage(): Promise<string> {
  const dir = join(import.meta.dirname, '..', '.cache', 'test-database');
  const image = join(dir, 'pglite.tar');
  const metaFile = join(dir, 'meta.json');
  const current = existsSync(metaFile) && existsSync(image) && JSON.parse(readFileSync(metaFile, 'utf8')).fingerprint;
  if (current === fingerprint) return image;
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase('pglite:memory://');
  await prepare(database);
  const dump = await database.embedded!.dumpDataDir('none');
  await database.close();
  // Written aside and renamed, so that a run reading the image never sees half of one.
  writeFileSync(`${image}.part`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${image}.part`, image);
  writeFileSync(metaFile, JSON.stringify({ fingerprint }));
  return image;
}

const TEMPLATE_PREFIX = 'khien_test_template_';

async function postgresTemplate(base: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${fingerprint.slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return name;
    // Made under another name and renamed when complete: a run copying the template never sees
    // half of one, and two runs preparing at once each finish, one rename winning.
    const building = `khien_test_building_${randomBytes(5).toString('hex')}`;
    await admin.query(`create database ${building}`);
    const url = new URL(base);
    url.pathname = `/${building}`;
    try {
      const database = await openDatabase(url.toString());
      try {
        await prepare(database);
      } finally {
        await database.close();
      }
    } catch (error) {
      // A template that failed half-way is not left behind on the server.
      await admin.query(`drop database if exists ${building} with (force)`).catch(() => undefined);
      throw error;
    }
    try {
      await admin.query(`alter database ${building} rename to ${name}`);
    } catch {
      await admin.query(`drop database if exists ${building}`);
    }
    // Templates of earlier sources are no longer used; one still being copied stays.
    const old = await admin.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1) and datname <> $2',
      [TEMPLATE_PREFIX, name],
    );
    for (const { datname } of old.rows) await admin.query(`drop database if exists ${datname}`).catch(() => undefined);
    return name;
  } finally {
    await admin.end();
  }
}

const base = process.env.TEST_DATABASE_URL;
console.log(base ? await postgresTemplate(base) : await pgliteImage());
