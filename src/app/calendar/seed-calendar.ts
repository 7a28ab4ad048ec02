import { sql } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import { HOLIDAY_DECISIONS } from '../../domain/calendar/holiday-decisions.ts';
import type { YearDecision } from '../../domain/calendar/year-decision.ts';

/**
 * Stores the built-in year decisions that the table does not have yet. A year already stored is
 * never overwritten: an administrator's correction wins over the decisions shipped with the code,
 * while a year added to the code in a later release still arrives on the next start.
 */
export async function seedCalendarYears(
  db: Db,
  now: Date,
  decisions: readonly YearDecision[] = HOLIDAY_DECISIONS,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    // Taking the state row's lock first serialises this with edits and with other starting processes.
    await tx.selectFrom('calendar_state').select('version').where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
    const inserted = await tx
      .insertInto('calendar_years')
      .values(
        decisions.map((d) => ({
          year: d.year,
          decision: JSON.stringify(d),
          revision: 1,
          updated_at: now,
          updated_by: null,
        })),
      )
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('year')
      .execute();
    if (inserted.length === 0) return 0;
    const years = new Set(inserted.map((r) => r.year));
    await tx
      .insertInto('calendar_year_history')
      .values(
        decisions
          .filter((d) => years.has(d.year))
          .map((d) => ({
            year: d.year,
            revision: 1,
            changed_at: now,
            changed_by: null,
            origin: 'seed' as const,
            before: null,
            after: JSON.stringify(d),
          })),
      )
      .execute();
    await tx.updateTable('calendar_state').set({ version: sql`version + 1` }).where('id', '=', 1).execute();
    return inserted.length;
  });
}
