import { hash, verify } from '@node-rs/argon2';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { openSession, type SessionOrigin } from '../../db/repositories/session-repository.ts';
import { logSecurityEvent } from '../access/security-events.ts';
import { DEFAULT_SESSION_LIMITS } from '../../domain/auth/session-expiry.ts';
import { DomainError } from '../../domain/errors.ts';

const WINDOW_MS = 60 * 60_000;
/** Failures allowed for one account from one address (or one known device) before delays begin. */
export const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = 15 * 60;
/** Failures from one address across all accounts (password spraying) before its unknown devices wait. */
const MAX_FAILURES_PER_ADDRESS = 100;
/** A device that signed in to an account within this time is recognised for it. */
const KNOWN_DEVICE_MS = 90 * 86_400_000;

// A hash to verify against when the username does not exist, so that timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

export const hashPassword = (password: string) => hash(password); // argon2id, library defaults (m=19456, t=2)

/** After `n` failures in the window: the wait, in seconds, before the next attempt (doubling, capped). */
export function throttleDelaySeconds(n: number): number {
  return n < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_SECONDS, 2 ** (n - FREE_FAILURES + 1));
}

/**
 * Password sign-in with throttling kept in the database (so it holds across server processes),
 * and never a lockout of the account: failures count per account and address, or per account and
 * device when the attempt comes from a device (a signed cookie) that signed in to this account
 * before. After 5 failures each further attempt for that pair waits twice as long as the last
 * (2 s, 4 s, … up to 15 minutes). So someone who knows a username can slow down only their own
 * guesses, while the owner signs in from another address or from their usual device.
 */
export async function login(
  app: AppContext,
  username: string,
  password: string,
  ip: string,
  /** The browser's device id (a signed cookie): recorded, and recognised once it has signed in. */
  deviceId?: string,
  origin: SessionOrigin = {},
): Promise<{ personId: string; token: string; sessionId: string; mustChangePassword: boolean }> {
  const now = app.now();
  const since = new Date(now.getTime() - WINDOW_MS);
  const name = username.trim().toLowerCase();
  const knownDevice =
    !!deviceId &&
    !!(await app.db
      .selectFrom('login_attempts')
      .select('id')
      .where('username', '=', name)
      .where('device', '=', deviceId)
      .where('succeeded', '=', true)
      .where('at', '>', new Date(now.getTime() - KNOWN_DEVICE_MS))
      .executeTakeFirst());
  // The attempts that count together: this account from this known device, or else from this
  // address, leaving out what known devices did there (their sign-ins do not reset the address).
  const pair = (a: string) =>
    knownDevice
      ? sql<boolean>`${sql.ref(`${a}.device`)} = ${deviceId}`
      : sql<boolean>`${sql.ref(`${a}.ip`)} = ${ip} and not exists (
          select 1 from login_attempts k
           where k.username = ${name} and k.device = ${sql.ref(`${a}.device`)} and k.succeeded and k.id < ${sql.ref(`${a}.id`)})`;
  // Failures of the pair since its last success within the window (ids order attempts of the same instant).
  const { rows } = await sql<{ n: string; last: Date | null; address: string }>`
    select count(*) filter (where not a.succeeded and a.id > coalesce(
             (select max(s.id) from login_attempts s where s.username = ${name} and ${pair('s')} and s.succeeded and s.at > ${since}), 0))::text as n,
           max(a.at) filter (where not a.succeeded) as last,
           (select count(*) from login_attempts x where x.ip = ${ip} and not x.succeeded and x.at > ${new Date(now.getTime() - 15 * 60_000)})::text as address
      from login_attempts a
     where a.username = ${name} and ${pair('a')} and a.at > ${since}`.execute(app.db);
  const failures = Number(rows[0]?.n ?? 0);
  const last = rows[0]?.last ? new Date(rows[0].last) : now;
  const waitUntil = last.getTime() + throttleDelaySeconds(failures) * 1000;
  if (waitUntil > now.getTime()) {
    throw new DomainError('rate_limited', 'too_many_attempts', [], {
      retryAfterSeconds: Math.ceil((waitUntil - now.getTime()) / 1000),
    });
  }
  if (!knownDevice && Number(rows[0]?.address ?? 0) >= MAX_FAILURES_PER_ADDRESS) {
    throw new DomainError('rate_limited', 'too_many_attempts', [], { retryAfterSeconds: 60 });
  }
  const person = await app.db
    .selectFrom('people')
    .select(['id', 'password_hash', 'must_change_password'])
    .where('username', '=', name)
    .where('active', '=', true)
    .executeTakeFirst();
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = (await verify(person?.password_hash ?? (await dummyHash), password).catch(() => false)) && !!person;
  await app.db
    .insertInto('login_attempts')
    .values({ username: name, ip, succeeded: ok, at: now, device: deviceId ?? null })
    .execute();
  if (!ok || !person) {
    // A failure against an existing account is a security event of that account (an unknown
    // username has no one to show it to; login_attempts keeps it for the throttle).
    if (person)
      await logSecurityEvent(app.db, {
        at: now,
        kind: 'sign_in_failed',
        actorId: person.id,
        subjectPersonId: person.id,
        origin: { via: 'sign_in', sessionId: null, ip },
      });
    throw new DomainError('unauthenticated', 'invalid_credentials', [{ path: 'password', code: 'invalid_value' }]);
  }
  const lifetime = (app.sessionLimits ?? DEFAULT_SESSION_LIMITS).absoluteMs;
  const { token, id: sessionId } = await openSession(app.db, person.id, now, lifetime, { ip, ...origin });
  await logSecurityEvent(app.db, {
    at: now,
    kind: 'sign_in_succeeded',
    actorId: person.id,
    subjectPersonId: person.id,
    origin: { via: 'sign_in', sessionId, ip },
  });
  return { personId: person.id, token, sessionId, mustChangePassword: person.must_change_password };
}
