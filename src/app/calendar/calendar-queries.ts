import type { Selectable } from 'kysely';
import type { AppContext } from '../context.ts';
import type { CalendarYearsTable } from '../../db/schema-legal-clock.ts';
import { LegalCalendar, type YearStatus, type YearSummary } from '../../domain/calendar/legal-calendar.ts';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from '../../domain/calendar/lunar.ts';
import { isIsoDate, type DayOff, type IsoDate } from '../../domain/calendar/working-calendar.ts';
import type { YearDecision } from '../../domain/calendar/year-decision.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';

export interface StoredYear {
  year: number;
  revision: number;
  status: YearStatus;
  updatedAt: string;
  updatedBy: { id: string; name: string | null } | null;
  decision: YearDecision;
}

/** The calendar the stored decisions give, even where a test injected another into `app.calendar`. */
export function legalCalendarOf(app: AppContext): LegalCalendar {
  return app.calendar instanceof LegalCalendar ? app.calendar : app.legalClock.calendars.calendar;
}

function checkYear(year: number, path: string): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw invalidField(path, 'out_of_range', { min: LUNAR_MIN_YEAR, max: LUNAR_MAX_YEAR });
  }
}

async function personName(app: AppContext, id: string | null): Promise<{ id: string; name: string | null } | null> {
  if (!id) return null;
  const p = await app.db.selectFrom('people').select('full_name').where('id', '=', id).executeTakeFirst();
  return { id, name: p?.full_name ?? null };
}

export async function presentYear(app: AppContext, row: Selectable<CalendarYearsTable>): Promise<StoredYear> {
  const decision = row.decision as YearDecision;
  return {
    year: row.year,
    revision: row.revision,
    status: decision.decided ? 'decided' : 'provisional',
    updatedAt: row.updated_at.toISOString(),
    updatedBy: await personName(app, row.updated_by),
    decision,
  };
}

/** The stored decision of a year, as an administrator edits it. */
export async function getStoredYear(app: AppContext, year: number): Promise<StoredYear> {
  checkYear(year, 'params.year');
  const row = await app.db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'calendar_year_not_found', [], { year });
  return presentYear(app, row);
}

/** Every change of a year's decision, newest first: who, when, and the decision before and after. */
export async function yearHistory(app: AppContext, year: number) {
  checkYear(year, 'params.year');
  const rows = await app.db
    .selectFrom('calendar_year_history as h')
    .leftJoin('people as p', 'p.id', 'h.changed_by')
    .select(['h.revision', 'h.changed_at', 'h.changed_by', 'p.full_name', 'h.origin', 'h.before', 'h.after'])
    .where('h.year', '=', year)
    .orderBy('h.id', 'desc')
    .execute();
  return {
    year,
    items: rows.map((r) => ({
      revision: r.revision,
      changedAt: r.changed_at.toISOString(),
      changedBy: r.changed_by ? { id: r.changed_by, name: r.full_name } : null,
      origin: r.origin,
      before: r.before as YearDecision | null,
      after: r.after as YearDecision,
    })),
  };
}

export interface DueDateAnswer {
  from: IsoDate;
  workingDays: number;
  due: IsoDate;
  skipped: DayOff[];
  /** True when a year counted through has no decision entered yet: the due date may still move. */
  provisional: boolean;
  years: { year: number; status: YearStatus }[];
}

/** The n-th working day after `from`, with the days off passed over and why (Civil Code Art. 147). */
export async function dueDateFrom(app: AppContext, from: IsoDate, workingDays: number): Promise<DueDateAnswer> {
  if (!isIsoDate(from)) throw invalidField('querystring.from', 'invalid_date');
  checkYear(Number(from.slice(0, 4)), 'querystring.from');
  await app.legalClock.calendars.refresh();
  let result: ReturnType<typeof app.calendar.addWorkingDays>;
  try {
    result = app.calendar.addWorkingDays(from, workingDays);
  } catch (e) {
    if (e instanceof RangeError) throw invalidField('querystring.workingDays', 'out_of_range');
    throw e;
  }
  const legal = legalCalendarOf(app);
  const years = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(result.due.slice(0, 4)); y++)
    years.push({ year: y, status: legal.yearStatus(y) });
  return { from, workingDays, ...result, provisional: years.some((y) => y.status === 'provisional'), years };
}

/** A year's weekdays off and worked weekends, with reasons, status and source. */
export async function daysOffIn(app: AppContext, year: number): Promise<YearSummary> {
  checkYear(year, 'querystring.year');
  await app.legalClock.calendars.refresh();
  return legalCalendarOf(app).summary(year);
}
