import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import type { Database } from './pool.ts';
import type { DB } from './schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export function kyselyFor(database: Database): Db {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: database.pool }) });
}

export async function migrate(db: Db): Promise<void> {
  // Keep the migration bookkeeping in the schema the tables go to, even when another schema of
  // the same database (an older installation, another test run) has its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: rows[0]!.schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
