import { sql } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { loadReminderPolicies, offsetsFor, type ReminderPolicies } from '../app/notifications/reminder-policies.ts';
import type { Db, Tx } from '../db/kysely.ts';
import type { Deadline } from '../domain/case/case-snapshot.ts';
import { vietnamDate, type IsoDate } from '../domain/calendar/working-calendar.ts';
import { createDue, dueOnDay, type DueRecords, type OpenDeadline } from './deadline-sweep-writes.ts';
import { DEFAULT_REMINDER_OFFSETS, nextSweepDay, reminderHorizon } from './reminder-schedule.ts';

export interface SweepResult {
  today: IsoDate;
  reminders: number;
  overdue: number;
  /** Deadlines (full sweep) or cases (incremental sweep) looked at. */
  looked: number;
}

/** Cases judged per transaction: a short hold of PGlite's one connection, few round trips on PostgreSQL. */
const CASES_PER_STEP = 500;

/**
 * Turns open deadlines into reminder and overdue jobs for today (in Vietnam), reading only the
 * cases that have something due (item 5 of "Performance, second round").
 *
 * `deadline_watch` (migration 027) keeps, per case with an open deadline, the next day on which
 * a reminder or an overdue mark can become due, or null once its deadlines changed (a trigger on
 * `cases` marks it). The sweep reads the rows due by today — an index range that is empty when
 * nothing is new — judges those cases exactly as the full sweep (`sweepDeadlinesFull`) judges
 * every open deadline, and writes each case's next day under the stamp it read, so a change
 * committed meanwhile stays marked. Reminder days count working days, so a calendar edit or a
 * reminder-policy change marks every case with an open deadline again (`basis`): one read of
 * the open cases per edit, as the full sweep read them every minute.
 *
 * Each reminder and overdue mark is recorded under a unique key, in the transaction of its job:
 * a second sweep, here or in another process, creates nothing. Paused deadlines are not open,
 * so they are never reminded about. The jobs do the work (notifications, the overdue event).
 */
export async function sweepDeadlines(app: AppContext): Promise<SweepResult> {
  await app.legalClock.calendars.refresh();
  const cal = app.calendar;
  const now = app.now();
  const today = vietnamDate(now);
  const policies = await loadReminderPolicies(app.db);
  const widest = [...policies.values(), DEFAULT_REMINDER_OFFSETS].flat();
  const horizon = reminderHorizon(today, widest, cal);
  await markAllIfBasisChanged(app.db, sweepBasis(app, policies));

  const { rows: due } = await sql<{ case_id: string }>`
    select case_id from deadline_watch where next_on is null
    union all
    select case_id from deadline_watch where next_on <= ${today}`.execute(app.db);
  const result: SweepResult = { today, reminders: 0, overdue: 0, looked: 0 };
  const ids = [...new Set(due.map((r) => r.case_id))].sort();
  for (let i = 0; i < ids.length; i += CASES_PER_STEP) {
    const step = ids.slice(i, i + CASES_PER_STEP);
    await app.db.transaction().execute(async (tx) => {
      // The stamp and the deadlines in one statement: one snapshot, so they belong together.
      const { rows } = await sql<{ case_id: string; stamp: string; profile_code: string | null; deadlines: unknown }>`
        select w.case_id, w.stamp, c.profile_code, c.deadlines
          from deadline_watch w left join cases c on c.id = w.case_id
         where w.case_id = any(${step}::uuid[]) and (w.next_on is null or w.next_on <= ${today})`.execute(tx);
      const records: DueRecords = { reminders: [], overdue: [] };
      const next: { case_id: string; stamp: string; next_on: IsoDate | null }[] = [];
      for (const row of rows) {
        const open = ((row.deadlines ?? []) as Deadline[]).filter((d) => d.status === 'open' && d.dueOn !== null);
        const profile = row.profile_code ?? '';
        const offsets = offsetsFor(policies, profile);
        // Within the horizon only, as the full sweep reads them: beyond it nothing can be due.
        const judged: OpenDeadline[] = open
          .filter((d) => d.dueOn! <= horizon)
          .map((d) => ({
            case_id: row.case_id,
            profile_code: profile,
            step: d.step,
            started_on: d.startedOn,
            due_on: d.dueOn!,
          }));
        dueOnDay(judged, today, now, policies, cal, records);
        let nextOn: IsoDate | undefined;
        for (const d of open) {
          const day = nextSweepDay(d.dueOn!, today, offsets, widest, cal);
          if (day !== undefined && (nextOn === undefined || day < nextOn)) nextOn = day;
        }
        next.push({ case_id: row.case_id, stamp: row.stamp, next_on: nextOn ?? null });
      }
      const created = await createDue(tx, records);
      await saveNextDays(tx, next);
      result.reminders += created.reminders;
      result.overdue += created.overdue;
      result.looked += rows.length;
    });
  }
  return result;
}

/** Each case's next day, or the row dropped when nothing more can be due; only where the stamp is still the one read. */
async function saveNextDays(tx: Tx, next: { case_id: string; stamp: string; next_on: IsoDate | null }[]) {
  const keep = next.filter((n) => n.next_on !== null);
  const drop = next.filter((n) => n.next_on === null);
  if (keep.length)
    await sql`
      update deadline_watch w set next_on = v.next_on
        from unnest(${keep.map((n) => n.case_id)}::uuid[], ${keep.map((n) => n.stamp)}::bigint[],
                    ${keep.map((n) => n.next_on)}::date[]) as v(case_id, stamp, next_on)
       where w.case_id = v.case_id and w.stamp = v.stamp`.execute(tx);
  if (drop.length)
    await sql`
      delete from deadline_watch w
       using unnest(${drop.map((n) => n.case_id)}::uuid[], ${drop.map((n) => n.stamp)}::bigint[]) as v(case_id, stamp)
       where w.case_id = v.case_id and w.stamp = v.stamp`.execute(tx);
}

/** What the watched days were computed with: a change to either moves reminder days. */
function sweepBasis(app: AppContext, policies: ReminderPolicies): string {
  const calendar = app.legalClock.calendars.version ?? '';
  return JSON.stringify([calendar, [...policies.entries()].sort(([a], [b]) => (a < b ? -1 : 1))]);
}

async function markAllIfBasisChanged(db: Db, basis: string): Promise<void> {
  const state = await db.selectFrom('deadline_sweep_state').select('basis').where('id', '=', 1).executeTakeFirst();
  if (state?.basis === basis) return;
  await db.transaction().execute(async (tx) => {
    // Every case with an open deadline, not only those watched: a case whose reminders were all
    // sent was dropped, and a new policy or calendar may give it another reminder day.
    await sql`
      insert into deadline_watch as w (case_id, next_on)
      select id, null from cases where due_on is not null
      on conflict (case_id) do update set next_on = null, stamp = nextval('deadline_watch_stamp')`.execute(tx);
    await tx
      .insertInto('deadline_sweep_state')
      .values({ id: 1, basis })
      .onConflict((oc) => oc.column('id').doUpdateSet({ basis }))
      .execute();
  });
}

/**
 * Marks a case for the next sweep: its deadlines did not change, but a mark the sweep made was
 * withdrawn (an overdue record forgotten because the deadline was not overdue when its job ran).
 */
export async function watchCaseAgain(tx: Tx, caseId: string): Promise<void> {
  await sql`
    insert into deadline_watch as w (case_id, next_on) values (${caseId}, null)
    on conflict (case_id) do update set next_on = null, stamp = nextval('deadline_watch_stamp')`.execute(tx);
}

/**
 * Watches every case with an open deadline that is not watched yet: for rows loaded with the
 * triggers off (the benchmark's generator).
 */
export async function watchUnwatchedDeadlines(db: Db): Promise<number> {
  const r = await sql`
    insert into deadline_watch (case_id)
    select id from cases c where deadlines @> '[{"status":"open"}]'
       and not exists (select 1 from deadline_watch w where w.case_id = c.id)
    on conflict (case_id) do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
