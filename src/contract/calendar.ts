/** The legal calendar's yearly decisions and summaries, as the calendar pages read and edit them. */
export type {
  YearDecision,
  DayOffReason,
  DecisionDayOff,
  DecisionWorkingDay,
} from '../domain/calendar/year-decision.ts';
export type { YearSummary } from '../domain/calendar/legal-calendar.ts';
export type { DayOff } from '../domain/calendar/working-calendar.ts';
export { DAY_OFF_REASONS } from '../domain/calendar/day-off.ts';
