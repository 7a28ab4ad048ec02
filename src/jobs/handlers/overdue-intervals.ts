import type { AppContext } from '../../app/context.ts';
import type { Tx } from '../../db/kysely.ts';
import { appendEvent } from '../../db/repositories/event-repository.ts';
import type { Deadline } from '../../domain/case/case-snapshot.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';

/** Events the legal clock appends on its own; they are not actions and move no case forward. */
export const SYSTEM_EVENT_TYPES = ['overdue', 'overdue_ended'];

/** The deadline a sweep recorded, as the case holds it now (the latest of that step and start). */
export function findDeadline(deadlines: Deadline[], step: string, startedOn: string): Deadline | undefined {
  return deadlines.findLast((d) => d.step === step && d.startedOn === startedOn);
}

/**
 * Once a late step is met (or dropped, when the case is withdrawn or rejected), records how long
 * it was overdue: on the overdue row, and as an 'overdue_ended' event in the case's chain.
 * Called for every case event; costs one indexed read when nothing is overdue.
 */
export async function closeOverdueIntervals(tx: Tx, app: AppContext, caseId: string, seq: number): Promise<void> {
  const open = await tx
    .selectFrom('deadline_overdue')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('ended_on', 'is', null)
    .where('event_seq', 'is not', null)
    .orderBy('id')
    .execute();
  if (open.length === 0) return;
  // The chain is appended to under the case row lock, as every action does; the version stays.
  const row = await tx
    .selectFrom('cases')
    .select('deadlines')
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const deadlines = row.deadlines as Deadline[];
  const cause = await tx
    .selectFrom('case_events')
    .select('occurred_at')
    .where('case_id', '=', caseId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  const endedOn = vietnamDate(cause?.occurred_at ?? app.now());
  for (const o of open) {
    const d = findDeadline(deadlines, o.step, o.started_on);
    if (d && (d.status === 'open' || d.status === 'paused')) continue;
    const outcome = d?.status === 'met' ? ('met' as const) : ('cancelled' as const);
    const overdueWorkingDays = Math.max(0, app.calendar.workingDaysBetween(o.due_on, endedOn));
    await appendEvent(tx, {
      caseId,
      type: 'overdue_ended',
      actorId: null,
      actorRole: 'system',
      actorUnitId: null,
      occurredAt: app.now(),
      reasons: null,
      payload: {
        step: o.step,
        startedOn: o.started_on,
        dueOn: o.due_on,
        overdueSince: o.overdue_since,
        endedOn,
        outcome,
        overdueWorkingDays,
        overdueEventSeq: o.event_seq,
      },
    });
    await tx
      .updateTable('deadline_overdue')
      .set({ ended_on: endedOn, outcome, overdue_working_days: overdueWorkingDays })
      .where('id', '=', o.id)
      .execute();
  }
}
