import { sql } from 'kysely';
import type { AppContext } from '../context.ts';

/** How many of the newest receipts the record page lists. */
export const RECEIPTS_SHOWN = 200;

/**
 * The receipts of the actions a person recorded (issue 12, item 4), newest first, each with the
 * first checkpoint that included a head of its case's chain at or after it — "included in
 * checkpoint #N of dd/mm/yyyy" — or pending until the next checkpoint. Checkpoint ids grow with
 * leaf indexes, so the first such checkpoint is the smallest id. The inclusion proof itself is at
 * `GET /api/cases/{code}/receipts/{seq}`.
 */
export async function myReceipts(app: AppContext, personId: string) {
  const rows = await app.db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select((eb) => [
      'c.code',
      'c.title',
      'e.seq',
      'e.type',
      'e.hash',
      'e.occurred_at',
      eb
        .selectFrom('checkpoint_leaves as l')
        .select(sql<number | null>`min(l.checkpoint_id)`.as('first'))
        .whereRef('l.chain', '=', 'e.case_id')
        .whereRef('l.size', '>=', 'e.seq')
        .as('checkpoint_id'),
    ])
    .where('e.actor_id', '=', personId)
    .orderBy('e.id', 'desc')
    .limit(RECEIPTS_SHOWN)
    .execute();
  const ids = [...new Set(rows.map((r) => r.checkpoint_id).filter((id): id is number => id !== null))];
  const checkpoints = ids.length
    ? await app.db.selectFrom('checkpoints').select(['id', 'created_at']).where('id', 'in', ids).execute()
    : [];
  const madeAt = new Map(checkpoints.map((c) => [c.id, new Date(c.created_at).toISOString()]));
  return {
    items: rows.map((r) => ({
      caseCode: r.code,
      caseTitle: r.title,
      seq: r.seq,
      type: r.type,
      hash: r.hash,
      occurredAt: new Date(r.occurred_at).toISOString(),
      checkpoint:
        r.checkpoint_id === null
          ? null
          : { id: Number(r.checkpoint_id), createdAt: madeAt.get(Number(r.checkpoint_id))! },
    })),
  };
}
