import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

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

/**
 * The catalogue of outbox jobs: each kind with the schema of its payload. `enqueueJob` takes only
 * a payload of its kind, and a handler reads it back with `readJobPayload`, never by assertion.
 */
export const JOB_PAYLOADS = {
  /** Written by every case event: tell the next actors, close a late step's overdue interval. */
  case_event: Type.Object({
    caseId: Type.String(),
    code: Type.String(),
    seq: Type.Integer(),
    type: Type.String(),
    state: Type.String(),
  }),
  deadline_reminder: Type.Object({ reminderId: Type.String() }),
  deadline_overdue: Type.Object({ overdueId: Type.String() }),
  send_digest: Type.Object({ digestId: Type.String() }),
  email_notification: Type.Object({ notificationId: Type.String() }),
  /** The checkpoints since the last mail, to one witness address. */
  mail_checkpoints: Type.Object({ to: Type.String(), fromId: Type.Integer(), toId: Type.Integer() }),
  /** A registration campaign's reminder to a unit with nothing registered, or its escalation after the deadline. */
  campaign_notice: Type.Object({ noticeId: Type.String() }),
  /** The focal point's urge on a late plan task, to the people of the task's unit. */
  plan_task_urge: Type.Object({ urgeId: Type.String() }),
};
export type JobKind = keyof typeof JOB_PAYLOADS;
export type JobPayload<K extends JobKind> = Static<(typeof JOB_PAYLOADS)[K]>;

/** A job's payload, checked against its kind's schema; a job that does not match fails (and is retried, then kept failed). */
export function readJobPayload<K extends JobKind>(kind: K, payload: unknown): JobPayload<K> {
  const schema = JOB_PAYLOADS[kind];
  if (!Value.Check(schema, payload)) {
    const problems = [...Value.Errors(schema, payload)].map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`payload of a '${kind}' job: ${problems.join('; ')}`);
  }
  return payload as JobPayload<K>;
}
