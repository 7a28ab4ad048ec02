import { sql, type Updateable } from 'kysely';
import type { Db } from '../kysely.ts';
import type { CaseRow, CasesTable } from '../schema.ts';
import type { WorkItem } from '../../domain/case/next-actors.ts';
import type { JobPayload } from '../../contract/jobs.ts';
import { sealedEventValues, type SealedEvent } from './event-repository.ts';
import { withTransitionTallies, type Transition } from './statistics-repository.ts';

/** What one action writes on a case. */
export interface TransitionWrite {
  caseId: string;
  /** The version the action read: the statement changes nothing unless it is still current. */
  version: number;
  /**
   * The length of the chain the action read, which its event continues: an event appended since
   * without a new version (an attachment, an overdue step) also makes the statement change nothing.
   */
  eventCount: number;
  set: Updateable<CasesTable>;
  event: SealedEvent;
  /** The case's whole worklist after the action, replacing the one before. */
  workItems: WorkItem[];
  dueOn: string | null;
  /** The case's task notifications the action settles: resolved, and read if they were not. */
  settledNotificationIds: string[];
  now: Date;
  /** When the state changes: the counters to move (statistics-repository). */
  tallies?: Transition & { createdAt: Date };
  job: JobPayload<'case_event'>;
}

/**
 * Writes a transition in one statement: the case row's update, its sealed event, its worklist
 * replaced, the notifications it settles, the statistics' counters when the state changes and the
 * `case_event` job, as data-modifying CTEs. Each was a round trip of its own, and on a busy
 * database a round trip costs more than the work of these statements; the counters' shared rows
 * are locked only from this statement to the commit.
 *
 * The update is guarded by the version and the chain's length the action read, and the event takes
 * its number from the updated row: when either moved, the update finds no row, the event's number
 * is null and the whole statement fails, with every CTE undone. So the statement is atomic on its
 * own: an action that read the case without a lock sends it outside any transaction
 * (`perform-case-action.ts`), and one that locked the row sends it inside its transaction. Either
 * way the answer is the updated row, or `undefined` when the case had moved on.
 *
 * The delete of the old worklist and the insert of the new one see the same snapshot, so the
 * delete removes only the old items. The worklist goes in as arrays, so that the statement's text
 * is the same for any number of items and stays one prepared statement per set of changed
 * columns; so do the notifications' ids.
 */
export async function writeTransition(db: Db, w: TransitionWrite): Promise<CaseRow | undefined> {
  const items = w.workItems;
  const q = w.tallies ? withTransitionTallies(db, w.tallies) : db;
  try {
    return await q
      .with('updated', (db) =>
        db
          .updateTable('cases')
          .set(w.set)
          .where('id', '=', w.caseId)
          .where('version', '=', w.version)
          .where('event_count', '=', w.eventCount)
          .returningAll(),
      )
      .with('event', (db) =>
        db
          .insertInto('case_events')
          .values({ ...sealedEventValues(w.event), seq: sql<number>`(select event_count from updated)` }),
      )
      .with('old_items', (db) => db.deleteFrom('work_items').where('case_id', '=', w.caseId))
      .with('new_items', (db) =>
        db
          .insertInto('work_items')
          .columns(WORKLIST_COLUMNS)
          .expression(worklistRows(w.caseId, items, w.dueOn)),
      )
      .with('settled', (db) =>
        db
          .updateTable('notifications')
          .set({ resolved_at: w.now, read_at: sql`coalesce(read_at, ${w.now})` })
          .where('id', '=', sql<string>`any(${w.settledNotificationIds}::bigint[])`),
      )
      .with('job', (db) => db.insertInto('outbox_jobs').values({ kind: 'case_event', payload: JSON.stringify(w.job) }))
      .selectFrom('updated')
      .selectAll()
      .executeTakeFirst();
  } catch (e) {
    if (caseMovedOn(e)) return undefined;
    throw e;
  }
}

/** The guard above: the event's number was null because the update found no row as the action read it. */
const caseMovedOn = (e: unknown) => {
  const err = e as { code?: string; table?: string; column?: string };
  return err.code === '23502' && err.table === 'case_events' && err.column === 'seq';
};

export const WORKLIST_COLUMNS = ['case_id', 'person_id', 'unit_id', 'role', 'task', 'due_on'] as const;

/** A worklist as rows of `work_items` (WORKLIST_COLUMNS), from arrays: one text for any number of items. */
export function worklistRows(caseId: string, items: readonly WorkItem[], dueOn: string | null) {
  return sql`select ${caseId}::uuid, w.person_id, w.unit_id, w.role, w.task, ${dueOn}::date
    from ${unnestWorklist(items)} as w(person_id, unit_id, role, task)`;
}

/** A worklist as a set of rows (person_id, unit_id, role, task), from one array per column. */
export function unnestWorklist(items: readonly WorkItem[]) {
  const column = <T>(pick: (item: WorkItem) => T) => items.map(pick);
  return sql`unnest(${column((i) => (i.kind === 'person' ? i.personId : null))}::uuid[],
                ${column((i) => (i.kind === 'unit_role' ? i.unitId : null))}::uuid[],
                ${column((i) => (i.kind === 'unit_role' ? i.role : null))}::text[],
                ${column((i) => i.task)}::text[])`;
}
