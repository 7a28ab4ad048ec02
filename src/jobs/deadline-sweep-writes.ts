import type { Insertable } from 'kysely';
import { offsetsFor, type ReminderPolicies } from '../app/notifications/reminder-policies.ts';
import type { Tx } from '../db/kysely.ts';
import { BATCH, enqueueJobs } from '../db/repositories/outbox-repository.ts';
import type { DeadlineOverdueTable, DeadlineRemindersTable } from '../db/schema-legal-clock.ts';
import { addDays, type IsoDate, type WorkingCalendar } from '../domain/calendar/working-calendar.ts';
import { isOverdue, reminderDue } from './reminder-schedule.ts';

/** One open deadline of a case, as both sweeps read it. */
export interface OpenDeadline {
  case_id: string;
  profile_code: string;
  step: string;
  started_on: string;
  due_on: string;
}

export interface DueRecords {
  reminders: Insertable<DeadlineRemindersTable>[];
  overdue: Insertable<DeadlineOverdueTable>[];
}

/** What is due today for these deadlines: the latest reminder whose day has come, and overdue marks. */
export function dueOnDay(
  deadlines: readonly OpenDeadline[],
  today: IsoDate,
  now: Date,
  policies: ReminderPolicies,
  cal: WorkingCalendar,
  into: DueRecords = { reminders: [], overdue: [] },
): DueRecords {
  for (const d of deadlines) {
    const offset = reminderDue(d.due_on, today, offsetsFor(policies, d.profile_code), cal);
    if (offset !== undefined) {
      into.reminders.push({
        case_id: d.case_id,
        step: d.step,
        started_on: d.started_on,
        due_on: d.due_on,
        offset_days: offset,
        created_at: now,
      });
    }
    if (isOverdue(d.due_on, today)) {
      into.overdue.push({
        case_id: d.case_id,
        step: d.step,
        started_on: d.started_on,
        due_on: d.due_on,
        overdue_since: addDays(d.due_on, 1),
        detected_at: now,
      });
    }
  }
  return into;
}

/**
 * Records each reminder and overdue mark under its unique key, with its job, in the caller's
 * transaction: a key already taken (by an earlier sweep, or another process's sweep of the same
 * minute) creates nothing. Multi-row statements: on PGlite the sweep's transaction holds the
 * only connection, and one statement per deadline held it for seconds on a province's data.
 */
export async function createDue(tx: Tx, due: DueRecords): Promise<{ reminders: number; overdue: number }> {
  let reminders = 0;
  let overdue = 0;
  for (let i = 0; i < due.reminders.length; i += BATCH) {
    const created = await tx
      .insertInto('deadline_reminders')
      .values(due.reminders.slice(i, i + BATCH))
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
  for (let i = 0; i < due.overdue.length; i += BATCH) {
    const created = await tx
      .insertInto('deadline_overdue')
      .values(due.overdue.slice(i, i + BATCH))
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
  return { reminders, overdue };
}
