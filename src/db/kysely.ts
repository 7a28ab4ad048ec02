import { Kysely, Migrator, PostgresDialect, type Migration, type Transaction } from 'kysely';
import type { Database } from './pool.ts';
import type { DB } from './schema.ts';
import * as m001 from './migrations/001-initial.ts';

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export function kyselyFor(database: Database): Db {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: database.pool }) });
}

/** Migrations are listed in code (not read from a folder) so that they ship with any build. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
};

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
