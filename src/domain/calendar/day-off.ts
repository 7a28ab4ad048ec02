/**
 * A weekday off as a year's decision or the Labour Code's rules give it, and the reasons a day may
 * be off. Shared by the holiday rules and the yearly decisions, so neither imports the other.
 */
import type { IsoDate } from './working-calendar.ts';

export const DAY_OFF_REASONS = [
  'weekend',
  'new-year',
  'tet',
  'hung-kings',
  'reunification',
  'labour-day',
  'national-day',
  'culture-day',
  'compensatory',
  'swap',
  'other',
] as const;

export type DayOffReason = (typeof DAY_OFF_REASONS)[number];

export interface DecisionDayOff {
  date: IsoDate;
  reason: DayOffReason;
  label: string;
}
