import { sql, type SqlBool } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { requireAnyAdmin } from '../app/org/admin-scope.ts';
import type { Actor } from '../domain/case/case-snapshot.ts';
import { DomainError } from '../domain/errors.ts';
import { jobId } from './job-runner.ts';

import { JOB_STATUSES, type JobStatus } from '../contract/jobs.ts';
export { JOB_STATUSES, type JobStatus };

/** Jobs for administrators, newest first, with their last error; keyset-paginated by id. */
export async function listJobs(
  app: AppContext,
  actor: Actor,
  f: { status?: JobStatus; beforeId?: string; limit: number },
) {
  requireAnyAdmin(actor);
  let q = app.db.selectFrom('outbox_jobs').selectAll();
  if (f.status) q = q.where('status', '=', f.status);
  if (f.beforeId) q = q.where(sql<SqlBool>`id < ${f.beforeId}::bigint`);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const page = rows.slice(0, f.limit);
  const counts = await app.db
    .selectFrom('outbox_jobs')
    .select(['status', sql<string>`count(*)`.as('n')])
    .groupBy('status')
    .execute();
  return {
    items: page.map((j) => ({
      id: String(j.id),
      kind: j.kind,
      status: j.status,
      attempts: j.attempts,
      maxAttempts: j.max_attempts,
      runAt: j.run_at.toISOString(),
      lastError: j.last_error,
      lockedBy: j.locked_by,
      createdAt: j.created_at.toISOString(),
      finishedAt: j.finished_at?.toISOString() ?? null,
      payload: j.payload,
    })),
    counts: Object.fromEntries(JOB_STATUSES.map((s) => [s, Number(counts.find((c) => c.status === s)?.n ?? 0)])),
    nextCursor: rows.length > f.limit ? String(page.at(-1)!.id) : null,
  };
}

/** A failed job gets its full number of attempts again, from now. */
export async function retryJob(app: AppContext, actor: Actor, id: string) {
  requireAnyAdmin(actor);
  const row = await app.db
    .updateTable('outbox_jobs')
    .set({ status: 'pending', attempts: 0, run_at: sql`now()`, finished_at: null })
    .where(jobId(id))
    .where('status', '=', 'failed')
    .returning(['id', 'status', 'run_at'])
    .executeTakeFirst();
  if (row) return { id: String(row.id), status: row.status, runAt: row.run_at.toISOString() };
  const exists = await app.db.selectFrom('outbox_jobs').select('status').where(jobId(id)).executeTakeFirst();
  if (!exists) throw new DomainError('not_found', 'job_not_found', [], { id });
  throw new DomainError('conflict', 'job_not_failed', [], { status: exists.status });
}
