import type { AppContext } from '../context.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { legalCalendarOf } from './calendar-queries.ts';

/**
 * A case's legal clock as its reader needs it: every deadline with its status (a paused one
 * with the working days it kept), the working days left, whether its year's calendar is still
 * provisional, and how it went overdue, if it did. The case view lists the bare deadlines.
 */
export async function caseDeadlines(app: AppContext, actor: Actor, code: string) {
  const { row, snapshot } = await loadVisibleCase(app, actor, code);
  await app.legalClock.calendars.refresh();
  const today = vietnamDate(app.now());
  const legal = legalCalendarOf(app);
  const [overdue, reminders] = await Promise.all([
    app.db
      .selectFrom('deadline_overdue')
      .selectAll()
      .where('case_id', '=', row.id)
      .where('event_seq', 'is not', null)
      .execute(),
    app.db
      .selectFrom('deadline_reminders')
      .select(['step', 'started_on', 'due_on', 'offset_days', 'created_at'])
      .where('case_id', '=', row.id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    code: row.code,
    state: row.state,
    today,
    dueOn: row.due_on,
    dueStep: row.due_step,
    items: snapshot.deadlines.map((d) => {
      const o = overdue.find((x) => x.step === d.step && x.started_on === d.startedOn);
      const running = d.status === 'open' && d.dueOn !== null;
      return {
        step: d.step,
        status: d.status,
        startedOn: d.startedOn,
        dueOn: d.dueOn,
        /** While paused: the working days the step keeps for when the clock resumes. */
        remainingDays: d.remainingDays,
        /** Open: working days from today to the due date (negative once overdue). */
        workingDaysLeft: running ? app.calendar.workingDaysBetween(today, d.dueOn!) : null,
        overdue: running ? today > d.dueOn! : false,
        provisional: d.dueOn !== null && legal.yearStatus(Number(d.dueOn.slice(0, 4))) === 'provisional',
        overdueRecord: o
          ? {
              since: o.overdue_since,
              eventSeq: o.event_seq,
              endedOn: o.ended_on,
              outcome: o.outcome,
              overdueWorkingDays: o.overdue_working_days,
            }
          : null,
        remindersSent: reminders
          .filter((r) => r.step === d.step && r.started_on === d.startedOn)
          .map((r) => ({ dueOn: r.due_on, offset: r.offset_days, at: r.created_at.toISOString() })),
      };
    }),
  };
}
