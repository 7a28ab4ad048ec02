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
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
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
  const hash = eventHash(content, prevHash);
  await tx
    .insertInto('case_events')
    .values({
      case_id: e.caseId,
      seq,
      type: e.type,
      actor_id: e.actorId,
      actor_role: e.actorRole,
      actor_unit_id: e.actorUnitId,
      occurred_at: occurredAt,
      reasons: e.reasons,
      payload: JSON.stringify(payload),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  await tx.updateTable('cases').set({ event_count: seq, head_hash: hash }).where('id', '=', e.caseId).execute();
  return { seq, hash };
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
