/**
 * Paid public holidays as the Labour Code sets them, without any yearly decision:
 * Bộ luật Lao động 2019, Art. 112(1) (from 2021; before that the 2012 Code, Art. 115, which had
 * 2/9 only) and Art. 111(3) (a holiday on the weekly rest day gives a compensatory day on the
 * next working day). The yearly decision replaces the parts the Code leaves to the Prime
 * Minister: which five days make up Tết, which day joins 2/9, and any swaps.
 */
import { hungKingsDate, solarToLunar, tetDate } from './lunar.ts';
import { addDays, weekday } from './working-calendar.ts';
import type { IsoDate } from './working-calendar.ts';
import type { DecisionDayOff } from './day-off.ts';

/** Giỗ Tổ became a paid holiday with the 2007 amendment of the Labour Code. */
export const HUNG_KINGS_FROM = 2007;
/** The second National Day (a day adjacent to 2/9) came with the Labour Code 2019, in force 1/1/2021. */
export const NATIONAL_DAY_ADJACENT_FROM = 2021;

export interface HolidayRuleOptions {
  /**
   * Days of the five Tết days that fall before mùng 1 when no decision says. 'auto' (default)
   * puts as few of them on a weekend as possible and otherwise two before, three after: this
   * reproduces every announced year 2020–2026. 1 is "last day of the year + mùng 1–4".
   */
  tetDaysBefore?: 'auto' | 1 | 2;
  /** First year in which Ngày Văn hóa Việt Nam (24/11) is a paid holiday; unset while it is not law. */
  cultureDayFrom?: number;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export function isWeekend(date: IsoDate): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6;
}

/** 'Thứ Bảy 25/01/2020'. */
export function describeDate(date: IsoDate): string {
  return `${WEEKDAY_NAMES[weekday(date)]} ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** 'Tết Nguyên đán (29 tháng Chạp)', 'Tết Nguyên đán (mùng 1)'. */
export function tetLabel(date: IsoDate): string {
  const l = solarToLunar(date);
  return `Tết Nguyên đán (${l.month === 1 ? `mùng ${l.day}` : `${l.day} tháng Chạp`})`;
}

/** The holidays fixed to a date by the Code: nothing to decide, so they apply in every year. */
export function fixedHolidays(year: number, options: HolidayRuleOptions = {}): DecisionDayOff[] {
  const y = String(year).padStart(4, '0');
  const days: DecisionDayOff[] = [{ date: `${y}-01-01`, reason: 'new-year', label: 'Tết Dương lịch (1/1)' }];
  if (year >= HUNG_KINGS_FROM)
    days.push({ date: hungKingsDate(year), reason: 'hung-kings', label: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  days.push(
    { date: `${y}-04-30`, reason: 'reunification', label: 'Ngày Chiến thắng (30/4)' },
    { date: `${y}-05-01`, reason: 'labour-day', label: 'Ngày Quốc tế lao động (1/5)' },
    { date: `${y}-09-02`, reason: 'national-day', label: 'Quốc khánh (2/9)' },
  );
  if (options.cultureDayFrom !== undefined && year >= options.cultureDayFrom) {
    days.push({ date: `${y}-11-24`, reason: 'culture-day', label: 'Ngày Văn hóa Việt Nam (24/11)' });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** How many of the five Tết days precede mùng 1 under `choice`. */
export function tetDaysBeforeFor(year: number, choice: HolidayRuleOptions['tetDaysBefore'] = 'auto'): 1 | 2 {
  if (choice === 1 || choice === 2) return choice;
  const tet = tetDate(year);
  const onWeekend = (before: number) =>
    Array.from({ length: 5 }, (_, i) => addDays(tet, i - before)).filter(isWeekend).length;
  return onWeekend(1) < onWeekend(2) ? 1 : 2;
}

/** The five Tết days of lunar year `year` as the rule proposes them. */
export function tetHolidays(year: number, choice: HolidayRuleOptions['tetDaysBefore'] = 'auto'): DecisionDayOff[] {
  const tet = tetDate(year);
  const before = tetDaysBeforeFor(year, choice);
  return Array.from({ length: 5 }, (_, i) => {
    const date = addDays(tet, i - before);
    return { date, reason: 'tet' as const, label: tetLabel(date) };
  });
}

/**
 * The day joined to 2/9. The Code lets the Prime Minister pick the day before or after; the
 * choices 2021–2026 always joined 2/9 to a weekend where one side allows it (Thu → Fri,
 * Fri → Thu, Sat → Fri, Mon → Tue, Tue → Mon), and took the day before when neither does (Wed).
 */
export function nationalDayAdjacent(year: number): DecisionDayOff | undefined {
  if (year < NATIONAL_DAY_ADJACENT_FROM) return undefined;
  const sep2 = `${String(year).padStart(4, '0')}-09-02`;
  const after = [0, 1, 4].includes(weekday(sep2));
  return {
    date: addDays(sep2, after ? 1 : -1),
    reason: 'national-day',
    label: `Quốc khánh (ngày liền ${after ? 'sau' : 'trước'} 2/9)`,
  };
}

/**
 * Art. 111(3): each holiday on a Saturday or Sunday gives one compensatory day, on the first
 * weekday after it that is neither a holiday nor already a compensatory day.
 */
export function compensatoryDays(holidays: readonly DecisionDayOff[]): DecisionDayOff[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result: DecisionDayOff[] = [];
  for (const h of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    result.push({ date: day, reason: 'compensatory', label: `Nghỉ bù ${h.label}, trùng ${describeDate(h.date)}` });
  }
  return result;
}

/** Every day off the Code gives in `year` when no decision is entered (weekends aside). */
export function statutoryDaysOff(year: number, options: HolidayRuleOptions = {}): DecisionDayOff[] {
  const holidays = [...fixedHolidays(year, options), ...tetHolidays(year, options.tetDaysBefore)];
  const adjacent = nationalDayAdjacent(year);
  if (adjacent) holidays.push(adjacent);
  return [...holidays, ...compensatoryDays(holidays)].sort((a, b) => a.date.localeCompare(b.date));
}
