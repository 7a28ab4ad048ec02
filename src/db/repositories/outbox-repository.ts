import type { Tx } from '../kysely.ts';
import type { JobKind, JobPayload } from '../../contract/jobs.ts';

/**
 * The transactional outbox: a job is written in the same transaction as the change that causes
 * it, so it exists exactly when the change does. Workers claim jobs with FOR UPDATE SKIP LOCKED.
 */
export async function enqueueJob<K extends JobKind>(
  tx: Tx,
  kind: K,
  payload: JobPayload<K>,
  runAt?: Date,
): Promise<void> {
  await tx
    .insertInto('outbox_jobs')
    .values({ kind, payload: JSON.stringify(payload), ...(runAt ? { run_at: runAt } : {}) })
    .execute();
}

/** Several jobs of one kind in one statement (a sweep may create thousands at once). */
export async function enqueueJobs<K extends JobKind>(tx: Tx, kind: K, payloads: JobPayload<K>[]): Promise<void> {
  for (let i = 0; i < payloads.length; i += BATCH) {
    await tx
      .insertInto('outbox_jobs')
      .values(payloads.slice(i, i + BATCH).map((payload) => ({ kind, payload: JSON.stringify(payload) })))
      .execute();
  }
}

/** Rows per multi-row INSERT: well inside PostgreSQL's 65,535 parameters per statement. */
export const BATCH = 1_000;
