/** The states of an outbox job, as the job administration page filters and counts them. */
export const JOB_STATUSES = ['pending', 'running', 'failed', 'done'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A line of `GET /api/admin/jobs`. */
export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  payload: Record<string, unknown>;
}
