import type pg from 'pg';

/**
 * Statements that write, and reads marked as finding their rows by key, are sent as named
 * prepared statements, so that each connection parses, analyses and plans them once instead of
 * at every call.
 *
 * Kysely sends every statement unnamed, and PostgreSQL then does all of that work again for each
 * one. Under the benchmark's write mix that was over a third of the database's time: a
 * transition's `update` of `cases` is planned against fourteen indexes and its triggers, and
 * the statistics upsert is a statement of several CTEs. Named, PostgreSQL binds and runs them; after
 * five runs it keeps a generic plan when that costs no more than the custom ones.
 *
 * Reads stay unnamed unless their repository marks them `byKey` (db/by-key.ts): the search and the
 * lists depend on plans made for their actual values (a rare word against a common one, a province
 * against the country), which a generic plan would lose. A read that finds its rows by a key (the
 * session by its token, the case by its code, the events of one case) has one good plan for every
 * value, and is sent at every request: planning it each time was the next largest cost.
 *
 * Names are per process and per text; `pg` remembers on each connection which it has prepared. The
 * number of texts is bounded, since every prepared statement holds memory on the server for as
 * long as the connection lives; past the bound a new text is sent unnamed, as before.
 *
 * Behind PgBouncer in transaction mode before version 1.21 a prepared statement does not follow the
 * client from one server connection to the next: set `KHIEN_DB_PREPARED_STATEMENTS=false` there.
 */
export const MAX_PREPARED_TEXTS = 500;

/**
 * The comment a repository puts in a read whose rows are found by key (db/by-key.ts). It stays in
 * the text PostgreSQL receives, so `pg_stat_statements` shows which reads are prepared.
 */
export const BY_KEY_MARK = '/* by key */';

const WRITES = /^\s*(?:insert|update|delete)\b|\b(?:insert\s+into|delete\s+from|for\s+(?:no\s+key\s+)?update)\b/i;

/** Whether a statement inserts, updates, deletes or locks rows. */
export function isWrite(text: string): boolean {
  return WRITES.test(text);
}

/** Whether a statement is one this module names: a write, or a read marked as by key. */
export function isPrepared(text: string): boolean {
  return isWrite(text) || text.includes(BY_KEY_MARK);
}

export class StatementNames {
  private readonly names = new Map<string, string>();
  private renewed = 0;
  constructor(private readonly max = MAX_PREPARED_TEXTS) {}

  /** The name for a statement's text (the same every time), or undefined: not one to name, or past the bound. */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.max || !isPrepared(text)) return known;
    const name = `khien_p${this.names.size}`;
    this.names.set(text, name);
    return name;
  }

  /**
   * Gives the text a new name at its next use. A migration run by another process (a rolling
   * upgrade) may change the columns a prepared `returning *` gives back, which PostgreSQL refuses
   * to do under the old name; that one statement fails, and the next is prepared afresh.
   */
  renew(text: string): void {
    if (this.names.has(text)) this.names.set(text, `khien_p${this.names.size}_${++this.renewed}`);
  }
  get size(): number {
    return this.names.size;
  }
}

type QueryFn = (this: pg.PoolClient, ...args: unknown[]) => unknown;

/** Makes every client the pool opens send its writes and by-key reads as named statements (see above). */
export function prepareStatements(pool: pg.Pool, names = new StatementNames()): void {
  pool.on('connect', (client) => {
    // The class's method is looked up at each call, so that whatever wraps it later still sees
    // every statement (the tests that count a request's statements do).
    const proto = Object.getPrototypeOf(client) as { query: QueryFn };
    (client as unknown as { query: QueryFn }).query = function (text: unknown, values?: unknown, ...rest: unknown[]) {
      // Kysely calls query(text, values); a statement without values goes as a simple query.
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        const name = names.nameFor(text);
        if (name) {
          const result = proto.query.call(this, { text, values, name }, ...rest);
          if (result instanceof Promise)
            result.catch((e: { code?: string; message?: string }) => {
              if (e?.code === '0A000' && /cached plan must not change result type/.test(e.message ?? ''))
                names.renew(text);
            });
          return result;
        }
      }
      return proto.query.call(this, text, values, ...rest);
    };
  });
}
