import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';

/** Which `Idempotency-Key` of which person, and the lease its current claim holds. */
export interface KeyClaim {
  personId: string;
  key: string;
  lease: Date;
}

const unfinished = sql<boolean>`response->>'effect' is null`;

/** Claims a new key for a lease; false when the key was already there. */
export async function claimKey(db: Db, claim: KeyClaim, requestHash: string): Promise<boolean> {
  const claimed = await db
    .insertInto('idempotency_keys')
    .values({
      person_id: claim.personId,
      key: claim.key,
      request_hash: requestHash,
      status: 0,
      response: '{}',
      lease_until: claim.lease,
    })
    .onConflict((oc) => oc.columns(['person_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return !!claimed;
}

export function findKey(db: Db, personId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('person_id', '=', personId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
}

/** Takes over a claim whose lease ran out without an effect; false when it is still held or done. */
export async function takeOverAbandoned(db: Db, claim: KeyClaim, now: Date): Promise<boolean> {
  const taken = await db
    .updateTable('idempotency_keys')
    .set({ lease_until: claim.lease })
    .where('person_id', '=', claim.personId)
    .where('key', '=', claim.key)
    .where('status', '=', 0)
    .where(unfinished)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .executeTakeFirst();
  return taken.numUpdatedRows > 0n;
}

/** Records, in the request's own transaction, what it created; false when the claim is no longer this request's. */
export async function markKeyEffect(tx: Tx, claim: KeyClaim, ref: string): Promise<boolean> {
  const marked = await tx
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify({ effect: ref }) })
    .where('person_id', '=', claim.personId)
    .where('key', '=', claim.key)
    .where('status', '=', 0)
    .where('lease_until', '=', claim.lease)
    .where(unfinished)
    .executeTakeFirst();
  return marked.numUpdatedRows > 0n;
}

/** Frees the key after a failed request, unless another request has taken the claim over. */
export async function releaseKey(db: Db, claim: KeyClaim): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('person_id', '=', claim.personId)
    .where('key', '=', claim.key)
    .where('status', '=', 0)
    .where('lease_until', '=', claim.lease)
    .where(unfinished)
    .execute();
}

export async function storeKeyAnswer(db: Db, personId: string, key: string, status: number, body: unknown) {
  await db
    .updateTable('idempotency_keys')
    .set({ status, response: JSON.stringify(body), lease_until: null })
    .where('person_id', '=', personId)
    .where('key', '=', key)
    .execute();
}

/** Called inside a request's transaction with a reference to what it created (see `idempotent`). */
export type MarkEffect = (tx: Tx, ref: string) => Promise<void>;
