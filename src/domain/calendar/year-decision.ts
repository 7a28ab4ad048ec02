/**
 * A year's official arrangement of days off for cán bộ, công chức, viên chức, as the Government
 * announces it (a Văn phòng Chính phủ letter and the ministry's Thông báo). It is data, entered
 * and corrected by administrators at run time, because decisions arrive late (the 2024 swap was
 * decided on 12/4/2024) and can change.
 */
import type { FieldIssue } from '../errors.ts';
import { fixedHolidays } from './holiday-rules.ts';
import type { HolidayRuleOptions } from './holiday-rules.ts';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.ts';
import { isIsoDate, weekday } from './working-calendar.ts';
import type { IsoDate } from './working-calendar.ts';
import { DAY_OFF_REASONS, type DayOffReason, type DecisionDayOff } from './day-off.ts';

// The reasons and the shape of a decided day off live in day-off.ts, which the holiday rules share.
export { DAY_OFF_REASONS, type DayOffReason, type DecisionDayOff };

/** Default Vietnamese label of each reason; a day's own label may be more specific. */
export const REASON_LABELS: Readonly<Record<DayOffReason, string>> = {
  weekend: 'Nghỉ hằng tuần',
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  'hung-kings': 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  reunification: 'Ngày Chiến thắng (30/4)',
  'labour-day': 'Ngày Quốc tế lao động (1/5)',
  'national-day': 'Quốc khánh (2/9)',
  'culture-day': 'Ngày Văn hóa Việt Nam (24/11)',
  compensatory: 'Nghỉ bù',
  swap: 'Nghỉ do hoán đổi ngày làm việc',
  other: 'Ngày nghỉ khác',
};

export interface DecisionWorkingDay {
  /** A Saturday or Sunday worked instead (làm bù). */
  date: IsoDate;
  label: string;
  /** The weekday given off in exchange, when the decision pairs them. */
  inExchangeFor?: IsoDate;
}

export interface YearDecision {
  year: number;
  /**
   * True once the year's decision is entered: `daysOff` is then the authoritative list of Tết
   * days, the day adjacent to 2/9 and compensatory days, and none of them is derived by rule.
   * False: those are proposed by the Labour Code rules (the year shows as provisional), and
   * `daysOff`/`workingDays` hold only what is already known.
   */
  decided: boolean;
  /** Document numbers and dates, e.g. '12729/VPCP-KGVX ngày 25/12/2025'. */
  source: string;
  sourceUrls: string[];
  note?: string;
  /** Days off beyond the weekend; weekend dates may be listed to name the holiday that falls on them. */
  daysOff: DecisionDayOff[];
  workingDays: DecisionWorkingDay[];
}

/**
 * What makes a decision unusable, as field issues (empty when it is valid). Codes beyond the
 * catalogue's generic ones: `not_a_weekend` (a làm-bù day that is already a working day),
 * `is_public_holiday` (a làm-bù day on a fixed holiday), `exchange_not_listed`.
 */
export function yearDecisionIssues(d: YearDecision, options: HolidayRuleOptions = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, code: string, params?: Record<string, string | number>) =>
    issues.push({ path, code, ...(params ? { params } : {}) });
  const yearOk = Number.isInteger(d.year) && d.year >= LUNAR_MIN_YEAR && d.year <= LUNAR_MAX_YEAR;
  if (!yearOk) issue('year', 'out_of_range', { min: LUNAR_MIN_YEAR, max: LUNAR_MAX_YEAR });
  if (typeof d.decided !== 'boolean') issue('decided', 'invalid_type');
  if (typeof d.source !== 'string') issue('source', 'invalid_type');
  if (!Array.isArray(d.sourceUrls) || d.sourceUrls.some((u) => typeof u !== 'string'))
    issue('sourceUrls', 'invalid_type');
  if (!Array.isArray(d.daysOff)) issue('daysOff', 'invalid_type');
  if (!Array.isArray(d.workingDays)) issue('workingDays', 'invalid_type');
  if (!yearOk || !Array.isArray(d.daysOff) || !Array.isArray(d.workingDays)) return issues;

  const seen = new Set<IsoDate>();
  const checkDate = (date: unknown, path: string): date is IsoDate => {
    if (typeof date !== 'string' || !isIsoDate(date)) {
      issue(path, 'invalid_date');
      return false;
    }
    if (Number(date.slice(0, 4)) !== d.year)
      issue(path, 'out_of_range', { min: `${d.year}-01-01`, max: `${d.year}-12-31` });
    if (seen.has(date)) issue(path, 'duplicate');
    seen.add(date);
    return true;
  };
  const checkLabel = (label: unknown, path: string) => {
    if (typeof label !== 'string' || label.trim() === '') issue(path, 'required');
  };
  d.daysOff.forEach((off, i) => {
    checkDate(off?.date, `daysOff[${i}].date`);
    // 'weekend' is implied by the date; listing it would hide a Saturday that is worked.
    if (!DAY_OFF_REASONS.includes(off?.reason) || off.reason === 'weekend')
      issue(`daysOff[${i}].reason`, 'invalid_value');
    checkLabel(off?.label, `daysOff[${i}].label`);
  });
  const fixed = new Set(fixedHolidays(d.year, options).map((h) => h.date));
  d.workingDays.forEach((w, i) => {
    if (checkDate(w?.date, `workingDays[${i}].date`)) {
      if (![0, 6].includes(weekday(w.date))) issue(`workingDays[${i}].date`, 'not_a_weekend');
      else if (fixed.has(w.date)) issue(`workingDays[${i}].date`, 'is_public_holiday');
    }
    checkLabel(w?.label, `workingDays[${i}].label`);
    if (w?.inExchangeFor !== undefined && !d.daysOff.some((off) => off?.date === w.inExchangeFor)) {
      issue(`workingDays[${i}].inExchangeFor`, 'exchange_not_listed');
    }
  });
  return issues;
}
