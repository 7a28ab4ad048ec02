import { Kysely, Migrator, PostgresAdapter, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './pool.ts';
import type { DB } from './schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

/** The transaction behind a handle, for a step that writes; a handle outside one is refused. */
export function asTransaction(db: Db): Tx {
  if (!db.isTransaction) throw new Error('a step that writes was given no transaction');
  return db as Tx;
}

/**
 * Kysely's own migration lock is a session-level advisory lock taken and released by statements
 * outside the migrations' transaction. Behind PgBouncer in transaction mode each of those
 * statements may run on a different server connection, so the unlock misses and the lock stays
 * held on a pooled connection, where the next process to start waits for it. `migrate` takes a
 * transaction-level lock instead, on a connection of its own.
 */
class TransactionScopedLockAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class KhienPostgresDialect extends PostgresDialect {
  override createAdapter() {
    return new TransactionScopedLockAdapter();
  }
}

export function kyselyFor(database: Database): Db {
  return new Kysely<DB>({ dialect: new KhienPostgresDialect({ pool: database.pool }) });
}

/** Any number fixed for Khiên's migrations (pg_advisory_xact_lock takes a bigint). */
const MIGRATION_LOCK = '7312023048270001';

export async function migrate(db: Db, database: Database): Promise<void> {
  // Processes started together migrate one after the other. PGlite is one process (its data
  // directory is locked), and its one connection could not hold the lock and migrate too.
  const lock = database.kind === 'postgres' ? new pg.Client(database.pool.options) : undefined;
  if (lock) {
    await lock.connect();
    await lock.query('begin');
    await lock.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  }
  try {
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
  } finally {
    if (lock) {
      await lock.query('commit').catch(() => undefined);
      await lock.end().catch(() => undefined);
    }
  }
}
