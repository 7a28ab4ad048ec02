import { Kysely, Migrator, PostgresDialect, type Transaction } from 'kysely';
import type { Database } from './pool.ts';
import type { DB } from './schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export function kyselyFor(database: Database): Db {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: database.pool }) });
}

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
