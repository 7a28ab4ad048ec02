/**
 * The working-day calendar of state bodies with a fixed Saturday + Sunday rest
 * (Quyết định 188/1999/QĐ-TTg): weekends, the Labour Code's holidays, and each year's decision.
 *
 * For a year whose decision is entered (`decided`), the decision's list is the truth for Tết,
 * the day joined to 2/9 and compensatory days; only the holidays the Code pins to a date are
 * added by rule, since no decision can move them. For any other year the Code's rules propose
 * the whole year, and that year reports itself as provisional.
 */
import { invalid } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { fixedHolidays, isWeekend, statutoryDaysOff } from './holiday-rules.ts';
import type { HolidayRuleOptions } from './holiday-rules.ts';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.ts';
import { CountingCalendar, isIsoDate, weekday } from './working-calendar.ts';
import type { DayOff, IsoDate } from './working-calendar.ts';
import { yearDecisionIssues } from './year-decision.ts';
import type { DecisionDayOff, DecisionWorkingDay, YearDecision } from './year-decision.ts';

export type LegalCalendarOptions = HolidayRuleOptions;

export type YearStatus = 'decided' | 'provisional';

export interface YearSummary {
  year: number;
  status: YearStatus;
  /** The decision's documents; null when no decision is entered for the year. */
  source: string | null;
  sourceUrls: string[];
  note?: string;
  /** Weekdays off, in date order. */
  daysOff: DayOff[];
  /** Saturdays and Sundays worked (làm bù), in date order. */
  workingDays: DecisionWorkingDay[];
}

interface YearTable {
  off: Map<IsoDate, DayOff>;
  working: Map<IsoDate, DecisionWorkingDay>;
}

const WEEKEND_LABELS: Record<number, string> = { 0: 'Chủ nhật', 6: 'Thứ bảy' };

export class LegalCalendar extends CountingCalendar {
  private readonly decisions = new Map<number, YearDecision>();
  private readonly tables = new Map<number, YearTable>();

  /**
   * Throws a validation DomainError (fields prefixed `decisions[i].`) when a decision is
   * malformed or two decisions share a year: a silently wrong calendar moves legal deadlines.
   */
  constructor(
    decisions: readonly YearDecision[] = [],
    private readonly options: LegalCalendarOptions = {},
  ) {
    super();
    const issues: FieldIssue[] = [];
    decisions.forEach((d, i) => {
      for (const f of yearDecisionIssues(d, options)) issues.push({ ...f, path: `decisions[${i}].${f.path}` });
      if (this.decisions.has(d.year)) issues.push({ path: `decisions[${i}].year`, code: 'duplicate' });
      // A private copy: later edits to the caller's objects must not change computed deadlines.
      this.decisions.set(d.year, structuredClone(d));
    });
    if (issues.length > 0) throw invalid(issues, 'invalid_year_decision');
  }

  dayOff(date: IsoDate): DayOff | undefined {
    const table = this.table(yearOf(date));
    if (table.working.has(date)) return undefined;
    const off = table.off.get(date);
    if (off) return { ...off };
    const wd = weekday(date);
    return wd === 0 || wd === 6 ? { date, reason: 'weekend', label: WEEKEND_LABELS[wd] } : undefined;
  }

  /** The weekdays off in `year`, with their reasons (GET /api/calendar/days-off?year=). */
  listDaysOff(year: number): DayOff[] {
    const table = this.table(year);
    return [...table.off.values()]
      .filter((d) => !isWeekend(d.date) && !table.working.has(d.date))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({ ...d }));
  }

  /** The Saturdays and Sundays worked in `year`. */
  listWorkingWeekends(year: number): DecisionWorkingDay[] {
    return [...this.table(year).working.values()].sort((a, b) => a.date.localeCompare(b.date)).map((w) => ({ ...w }));
  }

  yearStatus(year: number): YearStatus {
    return this.decisions.get(year)?.decided ? 'decided' : 'provisional';
  }

  decision(year: number): YearDecision | undefined {
    const d = this.decisions.get(year);
    return d && structuredClone(d);
  }

  summary(year: number): YearSummary {
    const d = this.decisions.get(year);
    return {
      year,
      status: this.yearStatus(year),
      source: d ? d.source : null,
      sourceUrls: d ? [...d.sourceUrls] : [],
      ...(d?.note !== undefined ? { note: d.note } : {}),
      daysOff: this.listDaysOff(year),
      workingDays: this.listWorkingWeekends(year),
    };
  }

  private table(year: number): YearTable {
    let table = this.tables.get(year);
    if (table) return table;
    if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
      throw new RangeError(`the legal calendar covers ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}, got ${year}`);
    }
    const decision = this.decisions.get(year);
    const byRule = decision?.decided ? fixedHolidays(year, this.options) : statutoryDaysOff(year, this.options);
    const off = new Map<IsoDate, DayOff>();
    const put = (d: DecisionDayOff) =>
      off.set(d.date, Object.freeze({ date: d.date, reason: d.reason, label: d.label }));
    byRule.forEach(put);
    // The decision's own wording wins over the rule's for the same date.
    decision?.daysOff.forEach(put);
    const working = new Map((decision?.workingDays ?? []).map((w) => [w.date, Object.freeze({ ...w })]));
    table = { off, working };
    this.tables.set(year, table);
    return table;
  }
}

function yearOf(date: IsoDate): number {
  // Malformed input must fail loudly, not count as an ordinary working day.
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return Number(date.slice(0, 4));
}
