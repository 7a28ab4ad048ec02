import { addDays } from './dates';

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier), given the
 * days off between them: the same counting as the server's calendar.
 */
export function workingDaysBetween(from: string, to: string, daysOff: ReadonlySet<string>): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  const [lo, hi] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  for (let day = addDays(lo, 1); day <= hi; day = addDays(day, 1)) if (!daysOff.has(day)) count += 1;
  return sign * count;
}
