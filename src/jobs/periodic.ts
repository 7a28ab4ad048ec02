import type { AppContext } from '../app/context.ts';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';
import { createCheckpoint } from '../app/verify/create-checkpoint.ts';
import { createDigests } from './digests.ts';
import type { JobRunner } from './job-runner.ts';
import { sweepDeadlines } from './sweep-deadlines.ts';
import { createWitnessMails } from './witness-mail.ts';
import { sweepCampaigns } from './sweep-campaigns.ts';

/**
 * Claims one run of a periodic task: the process whose UPDATE moves `next_run_at` past now runs
 * it; the others find the row already moved (the row lock makes them wait for that commit) and
 * skip. Due times are on the application clock, since they follow the legal day in Vietnam.
 */
export async function claimPeriodic(
  app: AppContext,
  name: string,
  next: Date,
  firstRun: Date,
  worker: string,
): Promise<boolean> {
  const now = app.now();
  await app.db
    .insertInto('periodic_tasks')
    .values({ name, next_run_at: firstRun })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const claimed = await app.db
    .updateTable('periodic_tasks')
    .set({ next_run_at: next, last_run_at: now, last_run_by: worker })
    .where('name', '=', name)
    .where('next_run_at', '<=', now)
    .returning('name')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** The next hour:00 in Vietnam (UTC+7) strictly after `now`. */
export function nextLocalHour(now: Date, hour: number): Date {
  const today = Date.parse(`${vietnamDate(now)}T${String(hour).padStart(2, '0')}:00:00+07:00`);
  return new Date(today > now.getTime() ? today : today + 86_400_000);
}

export interface BackgroundOptions {
  sweepIntervalMs: number;
  /** Hour of the day (Vietnam) at which daily digests go out. */
  digestHour: number;
  /** How often a signed checkpoint of every chain's head is made (issue 12); none when absent. */
  checkpointIntervalMs?: number;
  /** A scheduled snapshot of the database (small offices on PGlite); none when absent. */
  snapshot?: { intervalMs: number; take: () => Promise<unknown> };
}

/**
 * The work a server process does besides answering requests: the job runner, the deadline
 * sweep and the daily digests. Any number of processes may run it against one PostgreSQL.
 */
export function startBackground(
  app: AppContext,
  runner: JobRunner,
  opts: BackgroundOptions,
): { stop(): Promise<void> } {
  const worker = runner.options.workerId;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    const now = app.now();
    if (await claimPeriodic(app, 'deadline_sweep', new Date(now.getTime() + opts.sweepIntervalMs), now, worker))
      await sweepDeadlines(app);
    const nextDigest = nextLocalHour(now, opts.digestHour);
    if (await claimPeriodic(app, 'daily_digest', nextDigest, nextDigest, worker)) await createDigests(app);
    const every = opts.checkpointIntervalMs;
    if (every && (await claimPeriodic(app, 'checkpoint', new Date(now.getTime() + every), now, worker)))
      await createCheckpoint(app);
    // The day's checkpoints to the witnesses, with the digests (issue 12, item 2).
    if (
      app.checkpoints?.witnessEmails.length &&
      (await claimPeriodic(app, 'witness_mail', nextDigest, nextDigest, worker))
    )
      await createWitnessMails(app);
    // Registration campaigns (issue 14): reminders before a deadline, escalation after it.
    if (await claimPeriodic(app, 'campaign_sweep', new Date(now.getTime() + opts.sweepIntervalMs), now, worker))
      await sweepCampaigns(app);
    // Last, and on its own: a failed copy (a full disk) must not hold back the legal clock's work.
    const snapshot = opts.snapshot;
    if (snapshot && (await claimPeriodic(app, 'snapshot', new Date(now.getTime() + snapshot.intervalMs), now, worker)))
      await snapshot.take().catch((err) => console.error('snapshot failed / sao lưu định kỳ lỗi', err));
  };
  const schedule = () => {
    running = tick()
      .catch((err) => console.error('legal clock: periodic work failed', err))
      .finally(() => {
        if (!stopped) timer = setTimeout(schedule, Math.min(opts.sweepIntervalMs, 60_000));
      });
  };
  runner.start();
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await runner.stop();
    },
  };
}
