/**
 * The calendar the procedure's time limits are counted in.
 *
 * Dates are plain ISO calendar dates ('YYYY-MM-DD') in Asia/Ho_Chi_Minh; the domain never
 * touches a time zone. Periods follow the Civil Code (Arts. 147–148): the day of the
 * triggering event does not count, and the period ends at the end of its last working day.
 */
export type IsoDate = string;

export interface DayOff {
  date: IsoDate;
  /** Stable code, e.g. 'weekend', 'tet', 'new-year', 'compensatory'. */
  reason: string;
  /** Human-readable label (Vietnamese), when known. */
  label?: string;
}

export interface DueDate {
  due: IsoDate;
  /** The days off passed over while counting, in order. */
  skipped: DayOff[];
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** Why a date is off, or undefined when it is a working day. */
  dayOff(date: IsoDate): DayOff | undefined;
  /** The end of the n-th working day after `from` (n ≥ 0; n = 0 gives `from` moved to a working day). */
  addWorkingDays(from: IsoDate, n: number): DueDate;
  /** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

const DAY_MS = 86_400_000;

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** The calendar date in Vietnam (UTC+7, no daylight saving) of an instant. */
export function vietnamDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Counting shared by every calendar: only `dayOff` differs between them.
 */
export abstract class CountingCalendar implements WorkingCalendar {
  abstract dayOff(date: IsoDate): DayOff | undefined;

  isWorkingDay(date: IsoDate): boolean {
    return this.dayOff(date) === undefined;
  }

  addWorkingDays(from: IsoDate, n: number): DueDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    const skipped: DayOff[] = [];
    let day = from;
    let counted = 0;
    if (n === 0) {
      for (let off = this.dayOff(day); off; off = this.dayOff(day)) {
        skipped.push(off);
        day = addDays(day, 1);
      }
      return { due: day, skipped };
    }
    while (counted < n) {
      day = addDays(day, 1);
      const off = this.dayOff(day);
      if (off) skipped.push(off);
      else counted += 1;
    }
    return { due: day, skipped };
  }

  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (to === from) return 0;
    const sign = to > from ? 1 : -1;
    const [lo, hi] = sign > 0 ? [from, to] : [to, from];
    let count = 0;
    for (let day = addDays(lo, 1); day <= hi; day = addDays(day, 1)) {
      if (this.isWorkingDay(day)) count += 1;
    }
    return sign * count;
  }
}

/** Saturdays and Sundays off, nothing else: the fallback before a year's holidays are known. */
export class WeekendCalendar extends CountingCalendar {
  dayOff(date: IsoDate): DayOff | undefined {
    const wd = weekday(date);
    return wd === 0 || wd === 6 ? { date, reason: 'weekend', label: wd === 0 ? 'Chủ nhật' : 'Thứ bảy' } : undefined;
  }
}
