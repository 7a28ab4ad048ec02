import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { canonicalJson } from '../domain/audit/hash-chain.ts';
import { sha256 } from '../db/repositories/session-repository.ts';
import { DomainError, invalidField } from '../domain/errors.ts';
import { actorOf } from './auth.ts';

/**
 * `Idempotency-Key` for requests that create something: the first request with a key claims it,
 * runs, and stores its response; a retry with the same key and body gets the stored response
 * instead of creating twice; the same key with another body is refused.
 */
export async function idempotent(
  app: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  run: () => Promise<{ status: number; body: unknown }>,
  bodyForHash: unknown = request.body,
) {
  const key = request.headers['idempotency-key'];
  if (key === undefined) {
    const r = await run();
    return reply.status(r.status).send(r.body);
  }
  if (typeof key !== 'string' || key.length < 1 || key.length > 200) throw invalidField('Idempotency-Key', 'invalid_format');
  const personId = actorOf(request).personId;
  const requestHash = sha256(`${request.method} ${request.url}\n${canonicalJson(bodyForHash ?? null)}`);
  const claimed = await app.db
    .insertInto('idempotency_keys')
    .values({ person_id: personId, key, request_hash: requestHash, status: 0, response: '{}' })
    .onConflict((oc) => oc.columns(['person_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!claimed) {
    const existing = await app.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('person_id', '=', personId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (existing.request_hash !== requestHash) throw new DomainError('validation', 'idempotency_key_reused');
    if (existing.status === 0) throw new DomainError('conflict', 'request_in_progress');
    return reply.status(existing.status).header('idempotent-replayed', 'true').send(existing.response);
  }
  try {
    const r = await run();
    await app.db
      .updateTable('idempotency_keys')
      .set({ status: r.status, response: JSON.stringify(r.body) })
      .where('person_id', '=', personId)
      .where('key', '=', key)
      .execute();
    return reply.status(r.status).send(r.body);
  } catch (error) {
    // A failed request did not happen: the key is free again for a corrected retry.
    await app.db.deleteFrom('idempotency_keys').where('person_id', '=', personId).where('key', '=', key).execute();
    throw error;
  }
}
