import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { canonicalJson } from '../domain/audit/hash-chain.ts';
import { sha256 } from '../domain/text/secret-hash.ts';
import {
  claimKey,
  findKey,
  type MarkEffect,
  markKeyEffect,
  releaseKey,
  storeKeyAnswer,
  takeOverAbandoned,
} from '../db/repositories/idempotency-repository.ts';
import { DomainError, invalidField } from '../domain/errors.ts';
import { actorOf } from './auth.ts';

/**
 * How long a request may hold its key before a retry may take it over. A process that crashed
 * never releases its claim; after this lease the key is free again, so the client is not blocked
 * for ever. Settable for tests of crash recovery.
 */
const LEASE_MS = Number(process.env.KHIEN_IDEMPOTENCY_LEASE_SECONDS ?? 60) * 1000;

type Answer = { status: number; body: unknown };

/**
 * Called inside the request's own transaction with a reference to what it created (a case's
 * code). It commits with the effect, so a retry after a crash between the commit and the stored
 * answer rebuilds the answer from the reference instead of creating a second time; it fails (and
 * the transaction rolls back) when another request has taken the key over.
 */
export type { MarkEffect };

/**
 * `Idempotency-Key` for requests that create something: the first request with a key claims it
 * for a lease, runs, and stores its response; a retry with the same key and body gets the stored
 * response (or, after a crash, the one rebuilt by `replay` from the effect marked in the
 * request's transaction) instead of creating twice; the same key with another body is refused.
 */
export async function idempotent(
  app: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  /** `markEffect` is absent without a key: there is no claim to mark, so no transaction is needed for it. */
  run: (markEffect: MarkEffect | undefined) => Promise<Answer>,
  bodyForHash: unknown = request.body,
  replay?: (ref: string) => Promise<Answer>,
) {
  const key = request.headers['idempotency-key'];
  if (key === undefined) {
    const r = await run(undefined);
    return reply.status(r.status).send(r.body);
  }
  if (typeof key !== 'string' || key.length < 1 || key.length > 200)
    throw invalidField('Idempotency-Key', 'invalid_format');
  const personId = actorOf(request).personId;
  const requestHash = sha256(`${request.method} ${request.url}\n${canonicalJson(bodyForHash ?? null)}`);
  // Leases are about processes, not the procedure: they run on the machine's clock.
  const lease = new Date(Date.now() + LEASE_MS);
  const claim = { personId, key, lease };
  if (!(await claimKey(app.db, claim, requestHash))) {
    const existing = await findKey(app.db, personId, key);
    if (existing.request_hash !== requestHash) throw new DomainError('validation', 'idempotency_key_reused');
    if (existing.status !== 0)
      return reply.status(existing.status).header('idempotent-replayed', 'true').send(existing.response);
    const effect = (existing.response as { effect?: string }).effect;
    if (effect && replay) {
      // The request committed its effect, then its process died before the answer was stored.
      const r = await replay(effect);
      await storeKeyAnswer(app.db, personId, key, r.status, r.body);
      return reply.status(r.status).header('idempotent-replayed', 'true').send(r.body);
    }
    // A claim whose lease ran out without an effect was abandoned (a crash): take it over, once.
    if (!(await takeOverAbandoned(app.db, claim, new Date()))) throw new DomainError('conflict', 'request_in_progress');
  }
  const markEffect: MarkEffect = async (tx, ref) => {
    if (!(await markKeyEffect(tx, claim, ref))) throw new DomainError('conflict', 'request_in_progress');
  };
  try {
    const r = await run(markEffect);
    crashHereInTests('before_answer');
    await storeKeyAnswer(app.db, personId, key, r.status, r.body);
    return reply.status(r.status).send(r.body);
  } catch (error) {
    // A failed request did not happen: the key is free again for a corrected retry (unless the
    // claim was taken over meanwhile, which is then the other request's to finish).
    await releaseKey(app.db, claim);
    throw error;
  }
}

/**
 * Crash-recovery tests stop the process at a chosen point (`KHIEN_TEST_CRASH_AT`), as a power cut
 * would; never outside tests.
 */
function crashHereInTests(point: 'before_answer') {
  if (process.env.NODE_ENV !== 'production' && process.env.KHIEN_TEST_CRASH_AT === point)
    process.kill(process.pid, 'SIGKILL');
}
