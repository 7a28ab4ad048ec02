import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import type { Db } from '../kysely.ts';
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

const toActor = (r: ActorRow | undefined): Actor | undefined =>
  r && { personId: r.id, unitId: r.unit_id, grants: r.grants };

export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');

export async function createSession(db: Db, personId: string, now: Date, ttlMs: number): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      person_id: personId,
      created_at: now,
      expires_at: new Date(now.getTime() + ttlMs),
    })
    .execute();
  return token;
}

/** Who a session belongs to, with their grants: one round trip on every request. */
export async function actorForSession(db: Db, token: string, now: Date): Promise<Actor | undefined> {
  const { rows } = await sql<ActorRow>`
    select p.id, p.unit_id, ${GRANTS} as grants
      from sessions s
      join people p on p.id = s.person_id and p.active
     where s.token_hash = ${sha256(token)} and s.revoked_at is null and s.expires_at > ${now}`.execute(db);
  return toActor(rows[0]);
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
): Promise<{ actor: Actor; scopes: string[] } | undefined> {
  const hash = sha256(token);
  const { rows } = await sql<ActorRow & { last_used_at: Date | null; scopes: string[] }>`
    select p.id, p.unit_id, t.last_used_at, t.scopes, ${GRANTS} as grants
      from api_tokens t
      join people p on p.id = t.person_id and p.active
     where t.token_hash = ${hash} and t.revoked_at is null and t.expires_at > ${now}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= LAST_USED_PRECISION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('token_hash', '=', hash).execute();
  }
  return { actor: toActor(row)!, scopes: row.scopes };
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
