import { useQuery } from '@tanstack/react-query';
import { dueDate } from '../api/org';
import { calendarDaysBetween } from '../format/dates';
import { workingDaysBetween } from '../format/working-days';

/**
 * Remaining working days to each due date, from one calendar request covering the whole range
 * (the server lists the days off it skips), not one request per row.
 */
export function useWorkingDays(today: string | undefined, dueDates: (string | null | undefined)[]) {
  const dates = dueDates.filter((d): d is string => !!d);
  const from = today ? [today, ...dates].sort()[0]! : undefined;
  const to = today ? [today, ...dates].sort().at(-1)! : undefined;
  const span = from && to ? Math.min(999, Math.max(1, calendarDaysBetween(from, to))) : 0;
  const calendar = useQuery({
    queryKey: ['calendar', from, span],
    queryFn: ({ signal }) => dueDate(from!, span, signal),
    enabled: !!from && dates.length > 0,
    staleTime: 3_600_000,
  });
  const off = new Set(calendar.data?.skipped.map((d) => d.date) ?? []);
  return (due: string | null | undefined): number | null =>
    !today || !due || !calendar.data ? null : workingDaysBetween(today, due, off);
}
