import { addDays, type IsoDate, type WorkingCalendar } from '../domain/calendar/working-calendar.ts';

/**
 * When to remind about a deadline: offsets in working days relative to its due date
 * (−2: two working days before; 0: on the due day; 1: the first working day after it).
 */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-2, 0, 1];
export const MAX_REMINDER_OFFSET = 30;

export function reminderDate(dueOn: IsoDate, offset: number, cal: WorkingCalendar): IsoDate {
  if (offset === 0) return dueOn;
  if (offset > 0) return cal.addWorkingDays(dueOn, offset).due;
  let day = dueOn;
  for (let counted = 0; counted < -offset; ) {
    day = addDays(day, -1);
    if (cal.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The reminder due today, if any: the latest offset whose day has come. Only the latest, so a
 * sweeper that was down for a few days sends one reminder rather than a burst of stale ones;
 * and a "before" or "due today" reminder is never sent once the due date has passed.
 */
export function reminderDue(
  dueOn: IsoDate,
  today: IsoDate,
  offsets: readonly number[],
  cal: WorkingCalendar,
): number | undefined {
  let pick: { offset: number; on: IsoDate } | undefined;
  for (const offset of offsets) {
    if (offset <= 0 && today > dueOn) continue;
    const on = reminderDate(dueOn, offset, cal);
    if (on <= today && (!pick || on > pick.on || (on === pick.on && offset > pick.offset))) pick = { offset, on };
  }
  return pick?.offset;
}

/** The time limit has passed: the due date was the last day (Civil Code Art. 148). */
export const isOverdue = (dueOn: IsoDate, today: IsoDate) => today > dueOn;

/** The latest due date a reminder could concern today: nothing due later needs looking at yet. */
export function reminderHorizon(today: IsoDate, offsets: readonly number[], cal: WorkingCalendar): IsoDate {
  const before = Math.max(0, ...offsets.map((o) => -o));
  return cal.addWorkingDays(today, before).due;
}

/** The first day whose reminder horizon reaches `dueOn` (the horizon never moves backwards). */
export function firstDayInHorizon(dueOn: IsoDate, offsets: readonly number[], cal: WorkingCalendar): IsoDate {
  const before = Math.max(0, ...offsets.map((o) => -o));
  let day = reminderDate(dueOn, -before, cal);
  while (reminderHorizon(day, offsets, cal) < dueOn) day = addDays(day, 1);
  while (reminderHorizon(addDays(day, -1), offsets, cal) >= dueOn) day = addDays(day, -1);
  return day;
}

/**
 * The next day after `today` on which the sweep's verdict on an open deadline can change: what
 * `reminderDue` and `isOverdue` answer, and whether the deadline is within the horizon at all,
 * are constant between these days. `widest` is every policy's offsets together (the horizon's);
 * undefined when nothing more can ever be due for this deadline.
 */
export function nextSweepDay(
  dueOn: IsoDate,
  today: IsoDate,
  offsets: readonly number[],
  widest: readonly number[],
  cal: WorkingCalendar,
): IsoDate | undefined {
  const days = [addDays(dueOn, 1), ...offsets.map((o) => reminderDate(dueOn, o, cal))];
  if (reminderHorizon(today, widest, cal) < dueOn) days.push(firstDayInHorizon(dueOn, widest, cal));
  let next: IsoDate | undefined;
  for (const d of days) if (d > today && (next === undefined || d < next)) next = d;
  return next;
}
