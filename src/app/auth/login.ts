import { hash, verify } from '@node-rs/argon2';
import type { AppContext } from '../context.ts';
import { createSession } from '../../db/repositories/session-repository.ts';
import { DomainError } from '../../domain/errors.ts';

export const SESSION_TTL_MS = 12 * 3_600_000;
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 50;

// A hash to verify against when the username does not exist, so that timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

export const hashPassword = (password: string) => hash(password); // argon2id, library defaults (m=19456, t=2)

/**
 * Password sign-in with throttling kept in the database, so that it holds across server
 * processes: after 5 failures for a username (or 50 from an address) within 15 minutes, further
 * attempts are refused until the window passes.
 */
export async function login(app: AppContext, username: string, password: string, ip: string): Promise<{ personId: string; token: string }> {
  const now = app.now();
  const since = new Date(now.getTime() - WINDOW_MS);
  const name = username.trim().toLowerCase();
  const failures = await app.db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn.count<string>('id').filterWhere('username', '=', name).as('user'),
      eb.fn.count<string>('id').as('ip'),
      eb.fn.min('at').filterWhere('username', '=', name).as('oldest'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('username', '=', name), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  if (Number(failures.user) >= MAX_FAILURES_PER_USER || Number(failures.ip) >= MAX_FAILURES_PER_IP) {
    const oldest = failures.oldest ? new Date(failures.oldest as unknown as string) : now;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MS - now.getTime()) / 1000));
    throw new DomainError('rate_limited', 'too_many_attempts', [], { retryAfterSeconds });
  }
  const person = await app.db
    .selectFrom('people')
    .select(['id', 'password_hash'])
    .where('username', '=', name)
    .where('active', '=', true)
    .executeTakeFirst();
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = await verify(person?.password_hash ?? (await dummyHash), password).catch(() => false);
  await app.db.insertInto('login_attempts').values({ username: name, ip, succeeded: ok && !!person, at: now }).execute();
  if (!ok || !person) throw new DomainError('unauthenticated', 'invalid_credentials', [{ path: 'password', code: 'invalid_value' }]);
  const token = await createSession(app.db, person.id, now, SESSION_TTL_MS);
  return { personId: person.id, token };
}
