import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { byKey } from '../by-key.ts';
import type { Db, Tx } from '../kysely.ts';
import {
  DEFAULT_SESSION_LIMITS,
  sessionEnded,
  sessionEndsAt,
  shouldTouch,
  type SessionLimits,
} from '../../domain/auth/session-expiry.ts';
import { sha256 } from '../../domain/text/secret-hash.ts';

const LAST_USED_PRECISION_MS = 60_000;

interface ActorRow {
  id: string;
  unit_id: string;
  grants: { unitId: string; role: Role; includeSubtree: boolean }[];
}

/** The person's grants as a JSON array, read in the same statement as the person. */
const GRANTS = sql`coalesce((select json_agg(json_build_object('unitId', g.unit_id, 'role', g.role, 'includeSubtree', g.include_subtree) order by g.granted_at, g.id)
                              from role_grants g where g.person_id = p.id), '[]'::json)`;

/** Whether the person has a confirmed second factor (migration 023), read with the session. */
const ENROLLED = sql<boolean>`exists (select 1 from second_factors f where f.person_id = p.id and f.confirmed_at is not null)`;

const toActor = (r: ActorRow | undefined): Actor | undefined =>
  r && { personId: r.id, unitId: r.unit_id, grants: r.grants };

export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');

export interface SessionOrigin {
  userAgent?: string | null;
  ip?: string | null;
}

export async function createSession(
  db: Db,
  personId: string,
  now: Date,
  ttlMs: number,
  origin: SessionOrigin = {},
): Promise<string> {
  return (await openSession(db, personId, now, ttlMs, origin)).token;
}

/** A new session's secret token (for the cookie) and its id (for the logs). */
export async function openSession(
  db: Db,
  personId: string,
  now: Date,
  ttlMs: number,
  origin: SessionOrigin = {},
): Promise<{ token: string; id: string }> {
  const token = newSecret();
  const { id } = await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      person_id: personId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + ttlMs),
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
      ip: origin.ip ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, id };
}

/** Who a session belongs to, with their grants: one round trip on every request. */
export async function actorForSession(db: Db, token: string, now: Date): Promise<Actor | undefined> {
  return (await sessionForToken(db, token, now, DEFAULT_SESSION_LIMITS))?.actor;
}

export interface LiveSession {
  actor: Actor;
  sessionId: string;
  /** An administrator set the password: nothing but choosing a new one until it is done. */
  mustChangePassword: boolean;
  /** When a second factor was last given in this session (null: not yet). */
  secondFactorAt: Date | null;
  /** The person has a confirmed second factor. */
  enrolled: boolean;
  /** The legal calendar's stored version (`calendar_state`), read in the same statement. */
  calendarVersion: string;
}

/**
 * The live session a token opens, with its person and grants in one statement; a session past
 * its idle or absolute limit, revoked, or of a deactivated person is nobody. A live session's
 * "last seen" moves forward (at most every 30 s), which is what its idle limit counts from.
 */
export async function sessionForToken(
  db: Db,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<LiveSession | undefined> {
  const hash = sha256(token);
  const { rows } = await sql<
    ActorRow & {
      session_id: string;
      created_at: Date;
      last_seen_at: Date;
      must_change_password: boolean;
      second_factor_at: Date | null;
      enrolled: boolean;
      calendar_version: string;
    }
  >`
    select p.id, p.unit_id, ${GRANTS} as grants, s.id as session_id, s.created_at, s.last_seen_at, p.must_change_password,
           s.second_factor_at, ${ENROLLED} as enrolled,
           (select version::text from calendar_state where id = 1) as calendar_version
      from sessions s
      join people p on p.id = s.person_id and p.active
     where s.token_hash = ${hash} and s.revoked_at is null and s.expires_at > ${now} ${byKey}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const times = { createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at), revokedAt: null };
  if (sessionEnded(times, now, limits)) return undefined;
  if (shouldTouch(times, now)) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', hash).execute();
  }
  return {
    actor: toActor(row)!,
    sessionId: row.session_id,
    mustChangePassword: row.must_change_password,
    secondFactorAt: row.second_factor_at ? new Date(row.second_factor_at) : null,
    enrolled: row.enrolled,
    calendarVersion: row.calendar_version,
  };
}

export async function revokeSession(db: Db, token: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', sha256(token)).execute();
}

export interface NewApiToken {
  name: string;
  /** `read`, plus `action:<name>` for each write the token may make. */
  scopes: string[];
  expiresAt: Date;
  /** SHA-256 of the session the token is minted from (tokens never mint tokens). */
  sessionHash: string;
}

export async function createApiToken(db: Db, personId: string, t: NewApiToken, now: Date) {
  const token = newSecret('khien_');
  const id = randomUUID();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      person_id: personId,
      name: t.name,
      token_hash: sha256(token),
      created_at: now,
      scopes: JSON.stringify(t.scopes),
      expires_at: t.expiresAt,
      minted_by_session: t.sessionHash,
    })
    .execute();
  return { id, token, scopes: t.scopes, expiresAt: t.expiresAt };
}

/**
 * Who an API token belongs to, with their grants and the token's scopes; an expired or revoked
 * token, or one of a deactivated person, is nobody. "Last used" is kept to the minute: a write
 * (and a wait for the disk) on every read would make an integration's reads queue on the token's row.
 */
export async function actorForApiToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ actor: Actor; scopes: string[]; enrolled: boolean } | undefined> {
  const hash = sha256(token);
  const { rows } = await sql<ActorRow & { last_used_at: Date | null; scopes: string[]; enrolled: boolean }>`
    select p.id, p.unit_id, t.last_used_at, t.scopes, ${GRANTS} as grants, ${ENROLLED} as enrolled
      from api_tokens t
      join people p on p.id = t.person_id and p.active
     where t.token_hash = ${hash} and t.revoked_at is null and t.expires_at > ${now}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= LAST_USED_PRECISION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('token_hash', '=', hash).execute();
  }
  return { actor: toActor(row)!, scopes: row.scopes, enrolled: row.enrolled };
}

export async function listApiTokens(db: Db, personId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at', 'scopes', 'expires_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeApiToken(db: Db, personId: string, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** A person's sessions that still let them in, newest first, with when each will end. */
export async function listLiveSessions(db: Db, personId: string, now: Date, limits: SessionLimits) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'user_agent', 'ip'])
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows
    .map((r) => {
      const times = { createdAt: new Date(r.created_at), lastSeenAt: new Date(r.last_seen_at), revokedAt: null };
      return { ...r, ended: sessionEnded(times, now, limits), ...sessionEndsAt(times, limits) };
    })
    .filter((r) => !r.ended);
}

/** Ends one of the person's sessions by its id; false when there is no such live session of theirs. */
export async function revokeSessionById(db: Db, personId: string, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/**
 * Ends every session of the person but the one named (sign out elsewhere, or after a password
 * change), and, when asked, every API token too. Returns how many sessions were ended.
 */
export async function revokeOtherSessions(
  db: Db | Tx,
  personId: string,
  keepSessionId: string | null,
  now: Date,
  opts: { tokens: boolean },
): Promise<number> {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null);
  if (keepSessionId) q = q.where('id', '!=', keepSessionId);
  const r = await q.executeTakeFirst();
  if (opts.tokens) {
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .execute();
  }
  return Number(r.numUpdatedRows);
}
