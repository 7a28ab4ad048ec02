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

/** Several jobs of one kind in one statement (a sweep may create thousands at once). */
export async function enqueueJobs(tx: Tx, kind: string, payloads: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < payloads.length; i += BATCH) {
    await tx
      .insertInto('outbox_jobs')
      .values(payloads.slice(i, i + BATCH).map((payload) => ({ kind, payload: JSON.stringify(payload) })))
      .execute();
  }
}

/** Rows per multi-row INSERT: well inside PostgreSQL's 65,535 parameters per statement. */
export const BATCH = 1_000;
