import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort, startOnFreePort } from '../support/free-port.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

/**
 * Real server processes for the scale-out tests: `src/main.ts` started as production starts it,
 * each in its own Node process with its own pool, on one PostgreSQL database.
 */

const ROOT = resolve(import.meta.dirname, '../..');

/** A database of its own (not a schema: PgBouncer passes no `options=-c search_path`). */
export async function freshDatabase(base: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `khien_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export { freePort };

export interface ServerProcess {
  pid: number;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * `npm start` in a child process; resolves once it listens. The port was free when chosen; another
 * process may be handed it before the server listens, and then it is started on another.
 */
export function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startOnFreePort((port) => startServerOn(port, databaseUrl, env));
}

async function startServerOn(port: number, databaseUrl: string, env: Record<string, string>): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'khien-proc-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      KHIEN_DATA_DIR: dataDir,
      KHIEN_DEMO_DATA: 'true',
      KHIEN_COOKIE_SECRET: 'shared-by-every-process-0123456789abcdef',
      KHIEN_WEB_ROOT: join(dataDir, 'no-web'),
      KHIEN_CHECKPOINT_INTERVAL_MINUTES: '600',
      // Heads sign in with a password alone here, as in the other tests (test/auth tests the second factor).
      KHIEN_MFA_REQUIRED_ROLES: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no start within 120 s:\n${out}`)), 120_000);
    const check = () => {
      if (out.includes('is serving at')) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        ok();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}:\n${out}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: () =>
      new Promise<void>((ok) => {
        const done = () => {
          rmSync(dataDir, { recursive: true, force: true });
          ok();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

/** A browser's session over real HTTP: the cookies it was given and the CSRF token it holds. */
export class HttpSession {
  constructor(
    private cookies: string,
    readonly csrf: string,
    readonly personId: string,
  ) {}

  static async login(base: string, username: string, password: string): Promise<HttpSession> {
    const r = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
    const body = (await r.json()) as { csrfToken: string; me: { id: string } };
    const cookies = r.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new HttpSession(cookies, body.csrfToken, body.me.id);
  }

  /** The same request to any process: the session and the CSRF token live in the database and the shared secret. */
  async request(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: this.cookies,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: r.status, body: json as any, headers: r.headers };
  }
}
