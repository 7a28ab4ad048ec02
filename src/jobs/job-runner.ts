import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import type { Db, Tx } from '../db/kysely.ts';

/**
 * A small runner over the transactional outbox (`outbox_jobs`). pg-boss would bring its own
 * schema and a second queue beside the outbox the use cases already write in their
 * transactions; this is the part of it we need, over that one table, on PGlite and PostgreSQL.
 *
 * - Claiming is one UPDATE over `SELECT … FOR UPDATE SKIP LOCKED`: two runners never claim the
 *   same job, and a claim is durable (status 'running', locked_by, locked_at).
 * - A handler's database work runs in the transaction that marks the job done, after checking
 *   that this runner still holds the claim: it commits exactly once or not at all.
 * - Work outside the database (mail) runs before that transaction, never inside one: with
 *   PGlite a transaction holds the only connection. It may repeat if the process dies between
 *   sending and committing, which is why mails carry a stable Message-ID.
 * - A claim whose runner died is taken over once its lease has expired.
 * - A failure is retried with exponential backoff until max_attempts, then the job is 'failed'
 *   with its last error, for an administrator to see and retry.
 * - A runner claims only the kinds it has handlers for; another feature registers its own.
 * Job timing uses the database clock, the one clock all processes share.
 */
export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  /** Including this one. */
  attempts: number;
  maxAttempts: number;
}

export interface JobHandler {
  /** Effects outside the database; runs before `complete`. */
  external?(job: Job): Promise<void>;
  /** Database work, committed together with the job's completion. */
  complete?(tx: Tx, job: Job): Promise<void>;
}

export interface JobRunnerOptions {
  workerId: string;
  /** How long a claim holds before another runner may take the job over. */
  leaseMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Jobs claimed per round. */
  batchSize: number;
  pollMs: number;
  /** How long `stop()` waits for the job in hand. */
  shutdownGraceMs: number;
}

export const DEFAULT_RUNNER_OPTIONS: Omit<JobRunnerOptions, 'workerId'> = {
  leaseMs: 5 * 60_000,
  backoffBaseMs: 30_000,
  backoffMaxMs: 6 * 3_600_000,
  batchSize: 5,
  pollMs: 1_000,
  shutdownGraceMs: 10_000,
};

/** `id = …` for the bigint id, which Kysely types as a string on read and a number or string on write. */
export const jobId = (id: string) => sql<SqlBool>`id = ${id}::bigint`;

/** The wait before attempt n + 1 after n failures: base, 2·base, 4·base … capped. */
export function backoffMs(failures: number, base: number, max: number): number {
  return Math.min(base * 2 ** Math.max(0, failures - 1), max);
}

export class JobRunner {
  readonly options: JobRunnerOptions;
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly db: Db,
    options: Partial<JobRunnerOptions> = {},
    private readonly log: (message: string, err?: unknown) => void = (m, e) => console.error(m, e ?? ''),
  ) {
    this.options = {
      ...DEFAULT_RUNNER_OPTIONS,
      workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      ...options,
    };
  }

  register(kind: string, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /** Claims one batch of due jobs and runs them; returns how many were claimed. */
  async runDue(): Promise<number> {
    const jobs = await this.claim(this.options.batchSize);
    for (const job of jobs) await this.execute(job);
    return jobs.length;
  }

  /** Runs rounds until none is due (tests, and the background loop's catch-up). */
  async drain(maxRounds = 1_000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds && !this.stopping; i++) {
      const n = await this.runDue();
      if (n === 0) break;
      total += n;
      // Let the event loop read sockets between rounds: PGlite answers within microtasks, so a
      // backlog of jobs would otherwise keep every request waiting until the last one is done.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return total;
  }

  /** Polls in the background until `stop()`. */
  start(): void {
    this.stopping = false;
    const tick = () => {
      this.loop = this.drain()
        .then(() => undefined)
        .catch((err) => this.log('jobs: polling failed', err))
        .finally(() => {
          if (!this.stopping) this.timer = setTimeout(tick, this.options.pollMs);
        });
    };
    tick();
  }

  /** Stops polling and waits (up to the grace period) for the job in hand; an unfinished one is taken over after its lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    if (this.loop) {
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([this.loop, new Promise((r) => (grace = setTimeout(r, this.options.shutdownGraceMs)))]);
      clearTimeout(grace);
    }
  }

  private async claim(limit: number): Promise<Job[]> {
    const { workerId, leaseMs } = this.options;
    // Only kinds this process can run: a job of a newer kind waits for a process that knows it
    // (during a rolling upgrade, say) instead of failing here.
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return [];
    const { rows } = await sql<{
      id: string;
      kind: string;
      payload: Record<string, unknown>;
      attempts: number;
      max_attempts: number;
    }>`
      update outbox_jobs j
         set status = 'running', locked_at = now(), locked_by = ${workerId}, attempts = j.attempts + 1
       where j.id in (
             select id from outbox_jobs
              where kind = any(${kinds}::text[])
                and ((status = 'pending' and run_at <= now())
                  or (status = 'running' and locked_at < now() - ${leaseMs}::float8 * interval '1 millisecond'))
              order by run_at, id
              limit ${limit}
                for update skip locked)
      returning j.id, j.kind, j.payload, j.attempts, j.max_attempts`.execute(this.db);
    return rows
      .map((r) => ({
        id: String(r.id),
        kind: r.kind,
        payload: r.payload,
        attempts: r.attempts,
        maxAttempts: r.max_attempts,
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async execute(job: Job): Promise<void> {
    try {
      const handler = this.handlers.get(job.kind);
      if (!handler) throw new Error(`no handler for job kind '${job.kind}'`);
      await handler.external?.(job);
      await this.db.transaction().execute(async (tx) => {
        if (!(await this.holds(tx, job))) return;
        await handler.complete?.(tx, job);
        await tx
          .updateTable('outbox_jobs')
          .set({
            status: 'done',
            finished_at: sql`now()`,
            locked_at: null,
            locked_by: null,
            finished_by: this.options.workerId,
          })
          .where(jobId(job.id))
          .execute();
      });
    } catch (err) {
      await this.fail(job, err).catch((e) => this.log(`jobs: could not record the failure of job ${job.id}`, e));
    }
  }

  /** Locks the job row and checks the claim is still ours (not taken over after a lease expiry). */
  private async holds(tx: Tx, job: Job): Promise<boolean> {
    const row = await tx
      .selectFrom('outbox_jobs')
      .select('id')
      .where(jobId(job.id))
      .where('status', '=', 'running')
      .where('locked_by', '=', this.options.workerId)
      .forUpdate()
      .executeTakeFirst();
    return row !== undefined;
  }

  private async fail(job: Job, err: unknown): Promise<void> {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 2_000);
    const last = job.attempts >= job.maxAttempts;
    const delay = backoffMs(job.attempts, this.options.backoffBaseMs, this.options.backoffMaxMs);
    await this.db
      .updateTable('outbox_jobs')
      .set({
        status: last ? 'failed' : 'pending',
        run_at: sql`now() + ${delay}::float8 * interval '1 millisecond'`,
        last_error: message,
        locked_at: null,
        locked_by: null,
        finished_at: last ? sql`now()` : null,
      })
      .where(jobId(job.id))
      .where('status', '=', 'running')
      .where('locked_by', '=', this.options.workerId)
      .execute();
  }
}
