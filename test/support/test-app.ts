import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { startRuntime, type Runtime } from '../../src/bootstrap.ts';
import { buildServer } from '../../src/http/app.ts';
import type { Server } from '../../src/http/server-type.ts';
import { DEMO_PASSWORD, seedDemoOrganisation, type DemoOrganisation } from '../../src/demo/demo-organisation.ts';
import { TestClient } from './test-client.ts';
import type { SessionLimits } from '../../src/domain/auth/session-expiry.ts';
import type { OidcSettings } from '../../src/app/auth/oidc-settings.ts';
import { NOBODY_REQUIRED, type SecondFactorPolicy } from '../../src/domain/auth/second-factor.ts';

/**
 * A real server on a real database: PGlite in memory by default, or on the PostgreSQL server
 * named by TEST_DATABASE_URL a copy of the template database scripts/test.mjs prepared (or, run
 * without it, a fresh schema), dropped again on close. Under scripts/test.mjs
 * the PGlite starts from the image it prepared (KHIEN_TEST_PGLITE_IMAGE), and PostgreSQL's copy
 * from its template (KHIEN_TEST_PG_TEMPLATE); either holds exactly what a fresh start and the demo
 * seed would write, calendar years aside.
 */
export const onPostgres = !!process.env.TEST_DATABASE_URL;

export class TestClock {
  constructor(private t: number) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
  advanceDays(days: number) {
    this.t += days * 86_400_000;
  }
}

export interface TestApp {
  server: Server;
  runtime: Runtime;
  org: DemoOrganisation;
  clock: TestClock;
  login(username: string, lang?: 'vi' | 'en'): Promise<TestClient>;
  anonymous(lang?: 'vi' | 'en'): TestClient;
  close(): Promise<void>;
}

async function databaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    // A data directory on disk, as the server keeps it, for measurements: PGlite's in-memory files
    // grow by copying themselves, which a server's files do not.
    const dir = process.env.KHIEN_TEST_PGLITE_DIR;
    if (dir) return { url: `pglite:${dir}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    return { url: 'pglite:memory://', drop: async () => undefined };
  }
  const template = process.env.KHIEN_TEST_PG_TEMPLATE;
  if (template) return copyOfTemplate(base, template);
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('create extension if not exists pg_trgm schema public');
  await admin.query('create extension if not exists btree_gin schema public');
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/**
 * A database of its own copied from the template scripts/test.mjs prepared (migrated, with the
 * demo organisation): a copy takes a fraction of migrating and seeding a schema. Its name carries
 * the run's id (KHIEN_TEST_RUN), so that the run can drop what its files left.
 */
async function copyOfTemplate(base: string, template: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `khien_t_${process.env.KHIEN_TEST_RUN ?? 'x'}_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await admin(`create database ${name} template ${template}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  // Not forced: a connection the test still holds would end in an error the test did not expect.
  // One that is slow to close is waited for; what is still used after that, scripts/test.mjs
  // drops once every file has ended.
  const drop = async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const dropped = await admin(`drop database if exists ${name}`).then(
        () => true,
        (e: { code?: string }) => {
          if (e.code !== '55006') throw e; // object_in_use: another session is still connected
          return false;
        },
      );
      if (dropped) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { url: url.toString(), drop };
}

/**
 * Tests move the clock by hours between one person's requests (a morning's submission, an
 * afternoon's decision): unless a test asks for other limits, a session is ended only by the
 * absolute limit of 12 hours, as before idle limits existed. test/auth/ tests the idle limit.
 */
const TEST_SESSION_LIMITS: SessionLimits = { idleMs: 12 * 3_600_000, absoluteMs: 12 * 3_600_000 };

export async function startTestApp(
  opts: {
    start?: string;
    maxAttachmentBytes?: number;
    sessionLimits?: SessionLimits;
    /** Nobody must use a second factor unless a test asks (test/auth/second-factor*.test.ts). */
    secondFactor?: SecondFactorPolicy;
    oidc?: OidcSettings;
  } = {},
): Promise<TestApp> {
  // A Monday morning in Hà Nội unless a test needs another day.
  const clock = new TestClock(Date.parse(opts.start ?? '2026-03-02T02:00:00Z'));
  const { url, drop } = await databaseUrl();
  const image = !onPostgres && process.env.KHIEN_TEST_PGLITE_IMAGE;
  const runtime = await startRuntime({
    databaseUrl: url,
    ...(image && { pgliteImage: new Blob([readFileSync(image)]) }),
    now: clock.now,
    maxAttachmentBytes: opts.maxAttachmentBytes ?? 1024 * 1024,
    sessionLimits: opts.sessionLimits ?? TEST_SESSION_LIMITS,
    secondFactor: opts.secondFactor ?? NOBODY_REQUIRED,
  });
  const org = await seedDemoOrganisation(runtime.db);
  const server = await buildServer(runtime.app, {
    cookieSecret: 'test-cookie-secret-0123456789abcdef',
    secureCookies: false,
    logger: false,
    oidc: opts.oidc,
  });
  await server.ready();
  return {
    server,
    runtime,
    org,
    clock,
    async login(username, lang = 'vi') {
      return TestClient.login(server, username, DEMO_PASSWORD, lang);
    },
    anonymous(lang = 'vi') {
      return new TestClient(server, '', undefined, lang);
    },
    async close() {
      await server.close();
      await runtime.close();
      await drop();
    },
  };
}
