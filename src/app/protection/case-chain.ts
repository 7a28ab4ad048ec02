import type { Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import { appendEvent } from '../../db/repositories/event-repository.ts';
import { enqueueJob } from '../../db/repositories/outbox-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

/**
 * Protection and reward decisions are events of the proposal's own hash chain, so that one
 * verifiable history holds the approval, the evaluation and what followed from them. Writers lock
 * the case row first, exactly as case actions do, which also serialises every write to the
 * protection and reward rows of that case.
 */
export async function lockCaseById(tx: Tx, caseId: string): Promise<CaseRow> {
  const row = await tx.selectFrom('cases').selectAll().where('id', '=', caseId).forUpdate().executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'case_not_found');
  return row;
}

export async function lockCaseByCode(tx: Tx, code: string): Promise<CaseRow> {
  const row = await tx.selectFrom('cases').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'case_not_found');
  return row;
}

export interface ChainedEvent {
  type: string;
  actor: Actor;
  relation: string;
  reasons?: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

/** Appends the event (the caller holds the case lock) and the outbox job that announces it. */
export async function chainEvent(tx: Tx, row: CaseRow, e: ChainedEvent): Promise<number> {
  const event = await appendEvent(tx, {
    caseId: row.id,
    type: e.type,
    actorId: e.actor.personId,
    actorRole: e.relation,
    actorUnitId: e.actor.unitId,
    occurredAt: e.at,
    reasons: e.reasons ?? null,
    payload: e.payload,
  });
  await enqueueJob(tx, 'case_event', {
    caseId: row.id,
    code: row.code,
    seq: event.seq,
    type: e.type,
    state: row.state,
  });
  return event.seq;
}
