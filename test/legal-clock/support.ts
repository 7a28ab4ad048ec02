import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import type { TestApp } from '../support/test-app.ts';

/**
 * Helpers of the legal-clock tests. `startTestApp()` gives the real server; these add a database
 * that outlives a runtime (for restarts and for two runtimes side by side), an SMTP server in
 * the process, and short ways to read what the clock did.
 */

/** A database that several runtimes may open in turn (PGlite on disk) or at once (a PostgreSQL schema). */
export async function sharedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const dir = mkdtempSync(join(tmpdir(), 'khien-lc-'));
    return { url: `pglite:${dir}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('create extension if not exists pg_trgm schema public');
  await admin.query('create extension if not exists btree_gin schema public');
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema},public`);
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

export interface Delivered {
  to: string[];
  raw: string;
  subject: string;
  text: string;
}

/** An SMTP server on a free local port that keeps what it receives. */
export async function startSmtpServer(): Promise<{ port: number; delivered: Delivered[]; close(): Promise<void> }> {
  const delivered: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // The mailer keeps a pooled connection open; do not wait for it when closing.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        delivered.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: header(raw, 'subject'),
          text: body(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  let closed: Promise<void> | undefined;
  return { port, delivered, close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))) };
}

/** A header, with RFC 2047 encoded words decoded (Vietnamese subjects are encoded). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const m = head.match(new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, 'im'));
  if (!m) return '';
  return m[1]!
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
}

/** The text body, decoded from quoted-printable or base64 as nodemailer sends it. */
function body(raw: string): string {
  const [head = '', ...rest] = raw.replace(/\r\n/g, '\n').split('\n\n');
  const content = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head))
    return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = content
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return content;
}

/** Sets the fake clock to an instant in Vietnam, e.g. at(t, '2026-03-09') for 09:00 that day. */
export function at(t: TestApp, date: string, time = '09:00'): void {
  t.clock.set(`${date}T${time}:00+07:00`);
}

export async function notificationsOf(t: TestApp, username: string, kind?: string) {
  let q = t.runtime.db
    .selectFrom('notifications')
    .selectAll()
    .where('person_id', '=', t.org.people[username]!)
    .orderBy('id');
  if (kind) q = q.where('kind', '=', kind);
  return q.execute();
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const r = await t.runtime.database.pool.query(`select count(*)::int as n from ${table}`);
  return r.rows[0].n;
}

/** The row counts of the legal clock's tables: equal before and after means nothing was written. */
export async function legalClockCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'calendar_years',
    'calendar_year_history',
    'calendar_state',
    'reminder_policies',
    'notifications',
    'notification_preferences',
    'person_preferences',
    'outbox_jobs',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await countRows(t, table);
  const v = await t.runtime.database.pool.query('select version::text as v from calendar_state');
  out.calendar_version = Number(v.rows[0].v);
  return out;
}
