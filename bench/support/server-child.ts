import pg from 'pg';
import { startRuntime } from '../../src/bootstrap.ts';
import { buildServer } from '../../src/http/app.ts';
import { NOBODY_REQUIRED } from '../../src/domain/auth/second-factor.ts';

/**
 * The application server under test, in its own process (so its memory and CPU are its own):
 * `buildServer` on the benchmark database. While the parent asks for it, every statement sent
 * to the database is recorded, which is how the direct-SQL side learns "the same SQL each
 * endpoint runs" without a hand-written copy that could drift from the code.
 */
export interface CapturedQuery {
  text: string;
  values: unknown[];
}

const [databaseUrl, port, poolSize] = process.argv.slice(2);
let capture: CapturedQuery[] | null = null;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (capture) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    capture.push(
      typeof config === 'string'
        ? { text: config, values: values ?? [] }
        : { text: config.text, values: config.values ?? values ?? [] },
    );
  }
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof original;

// The load's people sign in with a password alone: the second factor is measured by its tests, not here.
const runtime = await startRuntime({
  databaseUrl: databaseUrl!,
  dbPoolSize: Number(poolSize ?? 10),
  secondFactor: NOBODY_REQUIRED,
});
const server = await buildServer(runtime.app, {
  cookieSecret: 'bench-cookie-secret-0123456789abcdef0123',
  secureCookies: false,
  logger: false,
});
await server.listen({ port: Number(port ?? 0), host: '127.0.0.1' });

process.on('message', (m: { cmd: string }) => {
  if (m.cmd === 'capture-on') {
    capture = [];
    process.send!({ cmd: 'capture-on' });
  } else if (m.cmd === 'capture-off') {
    process.send!({ cmd: 'captured', queries: capture ?? [] });
    capture = null;
  } else if (m.cmd === 'stop') {
    void server
      .close()
      .then(() => runtime.close())
      .then(() => process.exit(0));
  }
});
process.send!({ cmd: 'ready', port: (server.server.address() as { port: number }).port, kind: runtime.database.kind });
