import pg from 'pg';
import { embeddedPoolConfig } from './pglite-connection.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './pglite-thread.ts';
import { prepareStatements } from './prepared-statements.ts';

// DATE stays 'YYYY-MM-DD': the default parser makes a local-midnight Date, which shifts a day
// in UTC+7. int8 counts come back as strings either way; callers convert them.
pg.types.setTypeParser(1082, (v: string) => v);

export interface Database {
  pool: pg.Pool;
  /**
   * 'pglite' runs in this process, on a thread of its own (one connection, everything
   * serialised); 'postgres' is a server.
   */
  kind: 'pglite' | 'postgres';
  /** The embedded database itself (PGlite only): the scheduled snapshot copies its data directory. */
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/**
 * One driver for both back ends: PGlite through its node-postgres adapter, or a PostgreSQL
 * server. `url` is `pglite:<dir>` (or `pglite:memory://`) or a `postgres://` connection string.
 * Writes and by-key reads go as named prepared statements unless `preparedStatements` is false
 * (prepared-statements.ts).
 */
export async function openDatabase(
  url: string,
  opts: { max?: number; loadDataDir?: Blob; preparedStatements?: boolean } = {},
): Promise<Database> {
  if (url.startsWith('pglite:')) {
    const dataDir = url.slice('pglite:'.length) || 'memory://';
    const db = await startEmbeddedDatabase(dataDir, opts.loadDataDir);
    const pool = new pg.Pool({ ...embeddedPoolConfig(db), connectionTimeoutMillis: 30_000 });
    keepConnectionOnError(pool);
    if (opts.preparedStatements !== false) prepareStatements(pool);
    return {
      pool,
      kind: 'pglite',
      embedded: db,
      async close() {
        await pool.end();
        await db.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  if (opts.preparedStatements !== false) prepareStatements(pool);
  return { pool, kind: 'postgres', close: () => pool.end() };
}

/**
 * `pool.query` releases its client with the error when a statement fails, which ends that client;
 * PGlite has exactly one connection and cannot open it again, so one failed statement (a unique
 * violation, say) would take the whole database down. Statements are run on a client that is
 * always released normally; the failed statement's error still reaches the caller.
 */
function keepConnectionOnError(pool: pg.Pool): void {
  const query = async (text: string | pg.QueryConfig, values?: unknown[]) => {
    const client = await pool.connect();
    try {
      return await client.query(text as string, values);
    } finally {
      client.release();
    }
  };
  (pool as unknown as { query: typeof query }).query = query;
}
