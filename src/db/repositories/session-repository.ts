import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../kysely.ts';

/** Secrets are given to the client once; only their SHA-256 is stored, so a database leak reveals none. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');

export async function createSession(db: Db, personId: string, now: Date, ttlMs: number): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('sessions')
    .values({ token_hash: sha256(token), person_id: personId, created_at: now, expires_at: new Date(now.getTime() + ttlMs) })
    .execute();
  return token;
}

export async function personForSession(db: Db, token: string, now: Date): Promise<string | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select('person_id')
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.person_id;
}

export async function revokeSession(db: Db, token: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', sha256(token)).execute();
}

export async function createApiToken(db: Db, personId: string, name: string, now: Date) {
  const token = newSecret('khien_');
  const id = randomUUID();
  await db.insertInto('api_tokens').values({ id, person_id: personId, name, token_hash: sha256(token), created_at: now }).execute();
  return { id, token };
}

export async function personForApiToken(db: Db, token: string, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .returning('person_id')
    .executeTakeFirst();
  return row?.person_id;
}

export async function listApiTokens(db: Db, personId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
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
