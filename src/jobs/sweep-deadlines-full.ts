import { sql } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { loadReminderPolicies } from '../app/notifications/reminder-policies.ts';
import type { Db, Tx } from '../db/kysely.ts';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';
import { createDue, dueOnDay, type DueRecords, type OpenDeadline } from './deadline-sweep-writes.ts';
import { DEFAULT_REMINDER_OFFSETS, reminderHorizon } from './reminder-schedule.ts';
import type { SweepResult } from './sweep-deadlines.ts';

/**
 * The sweep as it was before `deadline_watch`: every open deadline within the reminder horizon
 * read and judged again, each minute. It costs what is open (1.25 s nationally with nothing
 * new), so the server runs `sweepDeadlines` instead; this one is the reference the incremental
 * sweep is tested against (test/legal-clock/incremental-sweep.test.ts), and a repair that needs
 * nothing but the cases.
 */
export async function sweepDeadlinesFull(app: AppContext): Promise<SweepResult> {
  await app.legalClock.calendars.refresh();
  return app.db.transaction().execute(async (tx) => {
    const { today, due, looked } = await dueByFullSweep(app, tx);
    return { today, ...(await createDue(tx, due)), looked };
  });
}

/** What the full sweep would record today, before the unique keys drop what exists: nothing written. */
export async function dueByFullSweep(app: AppContext, db: Db | Tx) {
  const cal = app.calendar;
  const now = app.now();
  const today = vietnamDate(now);
  const policies = await loadReminderPolicies(db);
  const widest = [...policies.values(), DEFAULT_REMINDER_OFFSETS].flat();
  const horizon = reminderHorizon(today, widest, cal);
  // cases.due_on is the soonest open due date, so it bounds every open deadline of the case.
  const { rows } = await sql<OpenDeadline>`
    select c.id as case_id, c.profile_code, d.step, d."startedOn" as started_on, d."dueOn" as due_on
      from cases c
     cross join lateral jsonb_to_recordset(c.deadlines) as d(step text, "startedOn" text, "dueOn" text, status text)
     where c.due_on is not null and c.due_on <= ${horizon}
       and d.status = 'open' and d."dueOn" is not null and d."dueOn" <= ${horizon}
     order by c.id, d.step`.execute(db);
  const due: DueRecords = dueOnDay(rows, today, now, policies, cal);
  return { today, due, looked: rows.length };
}
