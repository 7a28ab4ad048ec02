import type { Tx } from '../kysely.ts';

/**
 * The transactional outbox: a job is written in the same transaction as the change that causes
 * it, so it exists exactly when the change does. Workers claim jobs with FOR UPDATE SKIP LOCKED.
 */
export async function enqueueJob(tx: Tx, kind: string, payload: Record<string, unknown>, runAt?: Date): Promise<void> {
  await tx
    .insertInto('outbox_jobs')
    .values({ kind, payload: JSON.stringify(payload), ...(runAt ? { run_at: runAt } : {}) })
    .execute();
}
