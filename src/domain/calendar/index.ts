/**
 * The calendar deadlines are counted in. Use cases receive a `WorkingCalendar`; the application
 * builds a `LegalCalendar` from the stored year decisions (or `defaultLegalCalendar()` before any
 * are stored).
 */
import { HOLIDAY_DECISIONS } from './holiday-decisions.ts';
import { LegalCalendar } from './legal-calendar.ts';
import type { LegalCalendarOptions } from './legal-calendar.ts';

export * from './working-calendar.ts';
export * from './lunar.ts';
export * from './year-decision.ts';
export * from './holiday-rules.ts';
export * from './legal-calendar.ts';
export { HOLIDAY_DECISIONS } from './holiday-decisions.ts';

/** The legal calendar with the built-in decisions 2020–2027. */
export function defaultLegalCalendar(options: LegalCalendarOptions = {}): LegalCalendar {
  return new LegalCalendar(HOLIDAY_DECISIONS, options);
}
