import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';
import type { PlanTaskStatus } from '../schema-plans.ts';

/** A plan with the names and ancestries its permissions and pages need. */
export interface PlanRow {
  id: string;
  number: string;
  title: string;
  issuing_unit_id: string;
  issuing_name: string;
  issuing_ancestor_ids: string[];
  issued_on: string;
  focal_unit_id: string;
  focal_name: string;
  period_from: string;
  period_to: string;
  urge_working_days: number;
  created_by: string;
  created_at: Date;
  version: number;
}

function planQuery(db: Db | Tx) {
  return db
    .selectFrom('implementation_plans as p')
    .innerJoin('units as i', 'i.id', 'p.issuing_unit_id')
    .innerJoin('units as f', 'f.id', 'p.focal_unit_id')
    .select([
      'p.id',
      'p.number',
      'p.title',
      'p.issuing_unit_id',
      'i.name as issuing_name',
      'i.ancestor_ids as issuing_ancestor_ids',
      'p.issued_on',
      'p.focal_unit_id',
      'f.name as focal_name',
      'p.period_from',
      'p.period_to',
      'p.urge_working_days',
      'p.created_by',
      'p.created_at',
      'p.version',
    ]);
}

export const findPlan = (db: Db | Tx, id: string): Promise<PlanRow | undefined> =>
  planQuery(db).where('p.id', '=', id).executeTakeFirst();

/** Every plan, newest first: one per province and period, so a caller filters them in memory. */
export const allPlans = (db: Db | Tx): Promise<PlanRow[]> =>
  planQuery(db).orderBy('p.issued_on', 'desc').orderBy('p.number').execute();

/** A task with what its line in the table shows: the assignee's name, the last report, the urges. */
export interface PlanTaskRow {
  id: string;
  plan_id: string;
  ordinal: number;
  title: string;
  expected_output: string;
  assignee_unit_id: string;
  assignee_name: string;
  due_on: string;
  status: PlanTaskStatus;
  percent: number;
  done_on: string | null;
  last_report_at: Date | null;
  version: number;
  last_report_text: string | null;
  urge_count: number;
  last_urge_due_by: string | null;
  last_urge_at: Date | null;
}

function taskQuery(db: Db | Tx) {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('units as a', 'a.id', 't.assignee_unit_id')
    .select([
      't.id',
      't.plan_id',
      't.ordinal',
      't.title',
      't.expected_output',
      't.assignee_unit_id',
      'a.name as assignee_name',
      't.due_on',
      't.status',
      't.percent',
      't.done_on',
      't.last_report_at',
      't.version',
      (eb) =>
        eb
          .selectFrom('plan_task_reports as r')
          .select('r.text')
          .whereRef('r.task_id', '=', 't.id')
          .orderBy('r.id', 'desc')
          .limit(1)
          .as('last_report_text'),
      (eb) =>
        eb
          .selectFrom('plan_task_urges as u')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('u.task_id', '=', 't.id')
          .as('urge_count'),
      (eb) =>
        eb
          .selectFrom('plan_task_urges as u')
          .select('u.due_by')
          .whereRef('u.task_id', '=', 't.id')
          .orderBy('u.id', 'desc')
          .limit(1)
          .as('last_urge_due_by'),
      (eb) =>
        eb
          .selectFrom('plan_task_urges as u')
          .select('u.at')
          .whereRef('u.task_id', '=', 't.id')
          .orderBy('u.id', 'desc')
          .limit(1)
          .as('last_urge_at'),
    ]);
}

export async function tasksOfPlan(db: Db | Tx, planId: string): Promise<PlanTaskRow[]> {
  const rows = await taskQuery(db).where('t.plan_id', '=', planId).orderBy('t.ordinal').execute();
  return rows.map((r) => ({ ...r, urge_count: Number(r.urge_count ?? 0) }));
}

export async function findTask(db: Db | Tx, id: string): Promise<PlanTaskRow | undefined> {
  const r = await taskQuery(db).where('t.id', '=', id).executeTakeFirst();
  return r && { ...r, urge_count: Number(r.urge_count ?? 0) };
}

/** Locks a task row until commit, so two writes to one task are serialised and the version check holds. */
export async function lockTask(tx: Tx, id: string): Promise<void> {
  await tx.selectFrom('plan_tasks').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function ancestryOf(db: Db | Tx, unitId: string): Promise<string[]> {
  const r = await db.selectFrom('units').select('ancestor_ids').where('id', '=', unitId).executeTakeFirst();
  return r?.ancestor_ids ?? [unitId];
}

/** The people of a unit who hear about its tasks: everyone active whose unit it is. */
export async function peopleOfUnit(db: Db | Tx, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

export interface PlanTaskReportRow {
  id: string;
  task_id: string;
  author_name: string;
  author_unit_name: string;
  at: Date;
  kind: 'progress' | 'completion';
  text: string;
  percent: number;
  attachment_ids: string[];
}

export function reportsOfPlan(db: Db | Tx, planId: string): Promise<PlanTaskReportRow[]> {
  return db
    .selectFrom('plan_task_reports as r')
    .innerJoin('plan_tasks as t', 't.id', 'r.task_id')
    .innerJoin('people as p', 'p.id', 'r.author_id')
    .innerJoin('units as u', 'u.id', 'r.author_unit_id')
    .select([
      sql<string>`r.id::text`.as('id'),
      'r.task_id',
      'p.full_name as author_name',
      'u.name as author_unit_name',
      'r.at',
      'r.kind',
      'r.text',
      'r.percent',
      'r.attachment_ids',
    ])
    .where('t.plan_id', '=', planId)
    .orderBy('r.id', 'desc')
    .execute();
}

export interface PlanTaskUrgeRow {
  id: string;
  task_id: string;
  urged_by_name: string;
  at: Date;
  note: string;
  overdue_working_days: number;
  working_days: number;
  due_by: string;
}

export function urgesOfPlan(db: Db | Tx, planId: string): Promise<PlanTaskUrgeRow[]> {
  return db
    .selectFrom('plan_task_urges as u')
    .innerJoin('plan_tasks as t', 't.id', 'u.task_id')
    .innerJoin('people as p', 'p.id', 'u.urged_by')
    .select([
      sql<string>`u.id::text`.as('id'),
      'u.task_id',
      'p.full_name as urged_by_name',
      'u.at',
      'u.note',
      'u.overdue_working_days',
      'u.working_days',
      'u.due_by',
    ])
    .where('t.plan_id', '=', planId)
    .orderBy('u.id', 'desc')
    .execute();
}

export function filesOfPlan(db: Db | Tx, planId: string) {
  return db
    .selectFrom('plan_task_files as f')
    .innerJoin('plan_tasks as t', 't.id', 'f.task_id')
    .select(['f.id', 'f.task_id', 'f.filename', 'f.media_type', 'f.size', 'f.sha256', 'f.uploaded_at'])
    .where('t.plan_id', '=', planId)
    .orderBy('f.uploaded_at')
    .execute();
}

/** A unit, the status and due date of every task assigned in its subtree, and the calendar's version. */
export interface SubtreeTasksRow {
  id: string;
  name: string;
  ancestor_ids: string[];
  tasks: { status: PlanTaskStatus; due_on: string }[] | null;
  calendar_version: string;
}

/**
 * What the dashboard's plan-task figure needs, in one round trip: the unit (for the caller's
 * authorisation), its subtree's tasks, and the legal calendar's version (whether this process's
 * calendar is current). No row when the unit does not exist.
 */
export async function subtreeTasks(db: Db | Tx, unitId: string): Promise<SubtreeTasksRow | undefined> {
  const { rows } = await sql<SubtreeTasksRow>`
select u.id, u.name, u.ancestor_ids,
  (select json_agg(json_build_object('status', t.status, 'due_on', t.due_on))
     from plan_tasks t join units a on a.id = t.assignee_unit_id
    -- The unit as a constant, not u.id: the planner then sees how few units a department has below
    -- it and how many the nation has, and walks the (few hundred) tasks rather than the units.
    where a.ancestor_ids @> array[${unitId}::uuid]) as tasks,
  (select version::text from calendar_state where id = 1) as calendar_version
from units u where u.id = ${unitId}::uuid`.execute(db);
  return rows[0];
}
