import type { AppContext } from '../context.ts';
import {
  allPlans,
  ancestryOf,
  filesOfPlan,
  reportsOfPlan,
  tasksOfPlan,
  urgesOfPlan,
  type PlanRow,
  type PlanTaskRow,
} from '../../db/repositories/implementation-plan-repository.ts';
import { vietnamDate, type WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import {
  issuingUnitChoices,
  mayOnPlan,
  isOverdue,
  overdueWorkingDays,
  type PlanRelation,
  type PlanTaskTally,
} from '../../domain/implementation-plans/plan-task-rules.ts';
import { planFor, standingOn } from './plan-access.ts';

export interface PlanView {
  plan: PlanRow;
  relations: Set<PlanRelation>;
  tally: PlanTaskTally;
}

export interface TaskView {
  task: PlanTaskRow;
  overdue: number;
  relations: Set<PlanRelation>;
}

export function tallyOf(
  tasks: readonly { status: PlanTaskRow['status']; due_on: string }[],
  today: string,
  cal: WorkingCalendar,
) {
  const t: PlanTaskTally = { total: 0, not_started: 0, in_progress: 0, done: 0, overdue: 0 };
  for (const task of tasks) {
    t.total += 1;
    t[task.status] += 1;
    if (isOverdue({ status: task.status, dueOn: task.due_on }, today, cal)) t.overdue += 1;
  }
  return t;
}

/**
 * The plans the actor may read: one per province and period, so all are read and filtered here
 * (issuer, focal point, reader inside the issuing unit), with those where a task is the actor's.
 */
export async function plansOf(app: AppContext, actor: Actor): Promise<PlanView[]> {
  await app.legalClock.calendars.refresh();
  const [plans, ancestry] = await Promise.all([allPlans(app.db), ancestryOf(app.db, actor.unitId)]);
  if (plans.length === 0) return [];
  const assignedIn = new Set(
    (
      await app.db
        .selectFrom('plan_tasks')
        .select('plan_id')
        .distinct()
        .where('assignee_unit_id', 'in', [actor.unitId, ...actor.grants.map((g) => g.unitId)])
        .execute()
    ).map((r) => r.plan_id),
  );
  const visible = plans
    .map((plan) => ({ plan, relations: standingOn(actor, plan, ancestry).relations }))
    .filter((v) => mayOnPlan(v.relations, 'read') || assignedIn.has(v.plan.id));
  if (visible.length === 0) return [];
  const tasks = await app.db
    .selectFrom('plan_tasks')
    .select(['plan_id', 'status', 'due_on'])
    .where(
      'plan_id',
      'in',
      visible.map((v) => v.plan.id),
    )
    .execute();
  const today = vietnamDate(app.now());
  return visible.map((v) => ({
    ...v,
    tally: tallyOf(
      tasks.filter((t) => t.plan_id === v.plan.id),
      today,
      app.calendar,
    ),
  }));
}

/**
 * What the "new plan" form may offer the actor: the issuing units `create_plan` allows them to
 * name (createPlan checks the same rule again on submission), with their names.
 */
export async function planCreation(app: AppContext, actor: Actor): Promise<{ id: string; name: string }[]> {
  const ids = issuingUnitChoices(actor, await ancestryOf(app.db, actor.unitId));
  if (ids.length === 0) return [];
  const rows = await app.db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  const name = new Map(rows.map((r) => [r.id, r.name]));
  return ids.flatMap((id) => (name.has(id) ? [{ id, name: name.get(id)! }] : []));
}

/** A plan with every task, its reports, urges and files, overdue figures computed for today. */
export async function planDetail(app: AppContext, actor: Actor, id: string) {
  await app.legalClock.calendars.refresh();
  const { plan, standing } = await planFor(app.db, actor, id);
  const [tasks, reports, urges, files] = await Promise.all([
    tasksOfPlan(app.db, plan.id),
    reportsOfPlan(app.db, plan.id),
    urgesOfPlan(app.db, plan.id),
    filesOfPlan(app.db, plan.id),
  ]);
  const today = vietnamDate(app.now());
  const taskViews: TaskView[] = tasks.map((task) => ({
    task,
    overdue: overdueWorkingDays({ status: task.status, dueOn: task.due_on }, today, app.calendar),
    relations: standing.forTask(task.assignee_unit_id),
  }));
  return {
    view: { plan, relations: standing.relations, tally: tallyOf(tasks, today, app.calendar) } satisfies PlanView,
    today,
    tasks: taskViews,
    reports,
    urges,
    files,
  };
}
export type PlanDetailData = Awaited<ReturnType<typeof planDetail>>;
