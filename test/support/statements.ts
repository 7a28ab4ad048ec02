import pg from 'pg';

/**
 * The text of every statement the `pg` driver sends while `send` runs, in order: how tests hold a
 * request to the round trips its design promises. Statements of other requests running at the
 * same time would be counted too, so callers send one request at a time.
 */
export async function statementsSent<T>(send: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0] as string | { text: string };
    statements.push(typeof q === 'string' ? q : q.text);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    return { result: await send(), statements };
  } finally {
    pg.Client.prototype.query = query;
  }
}
