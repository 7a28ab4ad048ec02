import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLegalCalendar } from '../../../src/domain/calendar/index.ts';

/**
 * Due dates of the procedure's time limits (legal-procedure.md §(c), §(h)): 7 working days for the
 * consideration meeting, 5 for the completion report, 7 for the evaluation, 3 for the step after
 * it. The day of the trigger is not counted. Expected values were worked out by hand from the
 * announced periods off.
 */
const cal = defaultLegalCalendar();

// [trigger, limit, due, why]
const CASES: [string, number, string, string][] = [
  // Tết Ất Tỵ 2025: off Sat 25/1 – Sun 2/2
  ['2025-01-22', 7, '2025-02-07', 'Thu 23, Fri 24, then 3–7/2'],
  ['2025-01-22', 5, '2025-02-05', ''],
  ['2025-01-22', 3, '2025-02-03', ''],
  ['2025-01-24', 7, '2025-02-11', 'counting starts after the break'],
  ['2025-01-24', 5, '2025-02-07', ''],
  ['2025-01-24', 3, '2025-02-05', ''],
  ['2025-01-27', 3, '2025-02-05', 'a trigger on a holiday counts from the next working day'],
  ['2025-01-27', 7, '2025-02-11', ''],
  // Tết Bính Ngọ 2026: off Sat 14/2 – Sun 22/2
  ['2026-02-11', 7, '2026-02-27', 'Thu 12, Fri 13, then 23–27/2'],
  ['2026-02-11', 5, '2026-02-25', ''],
  ['2026-02-11', 3, '2026-02-23', ''],
  ['2026-02-13', 7, '2026-03-03', ''],
  ['2026-02-13', 5, '2026-02-27', ''],
  ['2026-02-13', 3, '2026-02-25', ''],
  ['2026-02-13', 1, '2026-02-23', ''],
  // New Year 2026: 1/1 off, Fri 2/1 swapped off, Sat 10/1 worked
  ['2025-12-31', 7, '2026-01-12', 'Sat 10/1 counts'],
  ['2025-12-31', 5, '2026-01-09', ''],
  ['2025-12-31', 3, '2026-01-07', ''],
  // 30/4–1/5/2024: off Sat 27/4 – Wed 1/5 (Mon 29/4 swapped), Sat 4/5 worked
  ['2024-04-26', 3, '2024-05-04', 'due on the Saturday worked in exchange'],
  ['2024-04-26', 5, '2024-05-07', ''],
  ['2024-04-26', 7, '2024-05-09', ''],
  // 30/4–1/5/2025: off Wed 30/4 – Sun 4/5 (Fri 2/5 swapped), Sat 26/4 worked
  ['2025-04-24', 3, '2025-04-28', 'Fri 25, Sat 26 (worked), Mon 28'],
  ['2025-04-24', 5, '2025-05-05', ''],
  ['2025-04-24', 7, '2025-05-07', ''],
  ['2025-04-29', 3, '2025-05-07', ''],
  ['2025-04-29', 5, '2025-05-09', ''],
  ['2025-04-29', 7, '2025-05-13', ''],
  // Giỗ Tổ + 30/4–1/5/2026: off Sat 25/4 – Mon 27/4 and Thu 30/4 – Sun 3/5
  ['2026-04-24', 3, '2026-05-04', 'Tue 28, Wed 29, Mon 4/5'],
  ['2026-04-24', 5, '2026-05-06', ''],
  ['2026-04-24', 7, '2026-05-08', ''],
  // 2/9/2025: off Sat 30/8 – Tue 2/9
  ['2025-08-28', 3, '2025-09-04', 'Fri 29, Wed 3, Thu 4'],
  ['2025-08-28', 5, '2025-09-08', ''],
  ['2025-08-28', 7, '2025-09-10', ''],
  // 2/9/2026: off Sat 29/8 – Wed 2/9 (Mon 31/8 swapped), Sat 22/8 worked
  ['2026-08-21', 3, '2026-08-25', 'Sat 22 (worked), Mon 24, Tue 25'],
  ['2026-08-21', 5, '2026-08-27', ''],
  ['2026-08-21', 7, '2026-09-03', ''],
  ['2026-08-27', 3, '2026-09-04', ''],
  ['2026-08-27', 5, '2026-09-08', ''],
  ['2026-08-27', 7, '2026-09-10', ''],
  // Tết 2027, provisional until its decision is entered: off Thu 4/2 – Wed 10/2
  ['2027-02-03', 3, '2027-02-15', 'provisional'],
];

describe('due dates of the procedure limits around holidays', () => {
  for (const [trigger, limit, due, why] of CASES) {
    it(`${limit} working days after ${trigger} end on ${due}${why ? ` (${why})` : ''}`, () => {
      assert.equal(cal.addWorkingDays(trigger, limit).due, due);
      assert.equal(cal.workingDaysBetween(trigger, due), limit);
    });
  }
});
