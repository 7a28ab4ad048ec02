import { sql, type Insertable } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { loadReminderPolicies, offsetsFor } from '../app/notifications/reminder-policies.ts';
import { BATCH, enqueueJobs } from '../db/repositories/outbox-repository.ts';
import type { DeadlineOverdueTable, DeadlineRemindersTable } from '../db/schema-legal-clock.ts';
import { addDays, vietnamDate, type IsoDate } from '../domain/calendar/working-calendar.ts';
import { DEFAULT_REMINDER_OFFSETS, isOverdue, reminderDue, reminderHorizon } from './reminder-schedule.ts';

export interface SweepResult {
  today: IsoDate;
  reminders: number;
  overdue: number;
}

interface OpenDeadline {
  case_id: string;
  profile_code: string;
  step: string;
  started_on: string;
  due_on: string;
}

/**
 * Turns the open deadlines of all cases into reminder and overdue jobs for today (in Vietnam).
 *
 * Each reminder and each overdue deadline is first recorded under a unique key, in the same
 * transaction as its job: a second sweep, in this process or another sharing the database,
 * finds the key taken and creates nothing. Paused deadlines are not 'open', so they are never
 * reminded about. The jobs do the work (notifications, the overdue event) one case at a time.
 */
export async function sweepDeadlines(app: AppContext): Promise<SweepResult> {
  await app.legalClock.calendars.refresh();
  const cal = app.calendar;
  const now = app.now();
  const today = vietnamDate(now);
  const policies = await loadReminderPolicies(app.db);
  const widest = [...policies.values(), DEFAULT_REMINDER_OFFSETS].flat();
  const horizon = reminderHorizon(today, widest, cal);

  return app.db.transaction().execute(async (tx) => {
    // cases.due_on is the soonest open due date, so it bounds every open deadline of the case.
    const { rows } = await sql<OpenDeadline>`
      select c.id as case_id, c.profile_code, d.step, d."startedOn" as started_on, d."dueOn" as due_on
        from cases c
       cross join lateral jsonb_to_recordset(c.deadlines) as d(step text, "startedOn" text, "dueOn" text, status text)
       where c.due_on is not null and c.due_on <= ${horizon}
         and d.status = 'open' and d."dueOn" is not null and d."dueOn" <= ${horizon}
       order by c.id, d.step`.execute(tx);

    // Decided here (the calendar is in the domain), written in a few multi-row statements: on
    // PGlite the sweep's transaction holds the only connection, and one statement per open
    // deadline held it for seconds on a province's data, every minute.
    const dueReminders: Insertable<DeadlineRemindersTable>[] = [];
    const dueOverdue: Insertable<DeadlineOverdueTable>[] = [];
    for (const d of rows) {
      const offset = reminderDue(d.due_on, today, offsetsFor(policies, d.profile_code), cal);
      if (offset !== undefined) {
        dueReminders.push({
          case_id: d.case_id,
          step: d.step,
          started_on: d.started_on,
          due_on: d.due_on,
          offset_days: offset,
          created_at: now,
        });
      }
      if (isOverdue(d.due_on, today)) {
        dueOverdue.push({
          case_id: d.case_id,
          step: d.step,
          started_on: d.started_on,
          due_on: d.due_on,
          overdue_since: addDays(d.due_on, 1),
          detected_at: now,
        });
      }
    }
    let reminders = 0;
    let overdue = 0;
    for (let i = 0; i < dueReminders.length; i += BATCH) {
      const created = await tx
        .insertInto('deadline_reminders')
        .values(dueReminders.slice(i, i + BATCH))
        .onConflict((oc) => oc.columns(['case_id', 'step', 'started_on', 'due_on', 'offset_days']).doNothing())
        .returning('id')
        .execute();
      await enqueueJobs(
        tx,
        'deadline_reminder',
        created.map((r) => ({ reminderId: r.id })),
      );
      reminders += created.length;
    }
    for (let i = 0; i < dueOverdue.length; i += BATCH) {
      const created = await tx
        .insertInto('deadline_overdue')
        .values(dueOverdue.slice(i, i + BATCH))
        .onConflict((oc) => oc.columns(['case_id', 'step', 'started_on']).doNothing())
        .returning('id')
        .execute();
      await enqueueJobs(
        tx,
        'deadline_overdue',
        created.map((r) => ({ overdueId: r.id })),
      );
      overdue += created.length;
    }
    return { today, reminders, overdue };
  });
}
