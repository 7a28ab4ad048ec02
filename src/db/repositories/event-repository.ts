import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';
import { eventHash, GENESIS_HASH, type StoredChainEvent } from '../../domain/audit/hash-chain.ts';

export interface NewCaseEvent {
  caseId: string;
  type: string;
  actorId: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  occurredAt: Date;
  reasons: string | null;
  payload: Record<string, unknown>;
}

/** An event with its place in the chain and its hash, ready to insert. */
export interface SealedEvent {
  caseId: string;
  seq: number;
  prevHash: string;
  hash: string;
  e: NewCaseEvent;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** Gives an event its number and hash after the chain's head (`seq` 0 for a new chain). */
export function sealEvent(e: NewCaseEvent, head: { seq: number; hash: string | null }): SealedEvent {
  const seq = head.seq + 1;
  const prevHash = head.hash ?? GENESIS_HASH;
  // Round-trip through JSON so that what is hashed is exactly what jsonb will give back.
  const payload = JSON.parse(JSON.stringify(e.payload)) as Record<string, unknown>;
  const occurredAt = new Date(e.occurredAt.getTime());
  const content = {
    caseId: e.caseId,
    seq,
    type: e.type,
    actorId: e.actorId,
    actorRole: e.actorRole,
    actorUnitId: e.actorUnitId,
    occurredAt: occurredAt.toISOString(),
    reasons: e.reasons,
    payload,
  };
  return { caseId: e.caseId, seq, prevHash, hash: eventHash(content, prevHash), e, payload, occurredAt };
}

/**
 * Inserts a sealed event. The caller keeps the case's `event_count` and `head_hash` in step (in
 * its own UPDATE of the case row), and holds the row lock.
 */
export async function insertSealedEvent(tx: Tx, s: SealedEvent): Promise<void> {
  await tx.insertInto('case_events').values(sealedEventValues(s)).execute();
}

/** A sealed event as its `case_events` row. */
export function sealedEventValues(s: SealedEvent) {
  return {
    case_id: s.caseId,
    seq: s.seq,
    type: s.e.type,
    actor_id: s.e.actorId,
    actor_role: s.e.actorRole,
    actor_unit_id: s.e.actorUnitId,
    occurred_at: s.occurredAt,
    reasons: s.e.reasons,
    payload: JSON.stringify(s.payload),
    prev_hash: s.prevHash,
    hash: s.hash,
  };
}

/**
 * Appends one event to a case's chain. Callers hold the case row lock (SELECT … FOR UPDATE), so
 * the previous hash read here cannot change before the insert; the unique (case_id, seq) index
 * is the last line of defence against a fork.
 */
export async function appendEvent(tx: Tx, e: NewCaseEvent): Promise<{ seq: number; hash: string }> {
  const last = await tx
    .selectFrom('case_events')
    .select(['seq', 'hash'])
    .where('case_id', '=', e.caseId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const sealed = sealEvent(e, { seq: last?.seq ?? 0, hash: last?.hash ?? null });
  await insertSealedEvent(tx, sealed);
  await tx
    .updateTable('cases')
    .set({ event_count: sealed.seq, head_hash: sealed.hash })
    .where('id', '=', e.caseId)
    .execute();
  return { seq: sealed.seq, hash: sealed.hash };
}

export async function loadChain(db: Db | Tx, caseId: string): Promise<StoredChainEvent[]> {
  const rows = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    seq: r.seq,
    type: r.type,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    actorUnitId: r.actor_unit_id,
    occurredAt: r.occurred_at.toISOString(),
    reasons: r.reasons,
    payload: r.payload,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** The outcome the case's evaluation recorded (its latest `evaluated` event), or null. */
export async function evaluationOutcomeOf(db: Db | Tx, caseId: string): Promise<string | null> {
  const r = await db
    .selectFrom('case_events')
    .select(sql<string | null>`payload->>'outcome'`.as('outcome'))
    .where('case_id', '=', caseId)
    .where('type', '=', 'evaluated')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.outcome ?? null;
}

/** A page of a case's events after a sequence number, each with its actor's name. */
export function caseEventsAfter(db: Db, caseId: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('case_events')
    .leftJoin('people', 'people.id', 'case_events.actor_id')
    .selectAll('case_events')
    .select('people.full_name as actor_name')
    .where('case_id', '=', caseId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}
