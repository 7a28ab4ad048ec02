import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { dashboardUnit } from '../statistics/dashboard.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { PlanTaskTally } from '../../domain/implementation-plans/plan-task-rules.ts';
import { tallyOf } from './plan-queries.ts';

/**
 * The dashboard's plan-task figure: the tasks of every plan assigned to the unit or a unit below
 * it, by status, and those overdue on the legal calendar. Read from the tasks themselves (one
 * plan per province, tens of tasks each), so it is always exact; who may see it is the dashboard's rule.
 */
export async function planTaskFigures(
  app: AppContext,
  actor: Actor,
  unitId: string,
): Promise<PlanTaskTally & { unit: { id: string; name: string }; today: string }> {
  const unit = await dashboardUnit(app.db, actor, unitId);
  await app.legalClock.calendars.refresh();
  const tasks = await app.db
    .selectFrom('plan_tasks as t')
    .innerJoin('units as u', 'u.id', 't.assignee_unit_id')
    .select(['t.status', 't.due_on'])
    .where(sql<boolean>`u.ancestor_ids @> array[${unit.id}]::uuid[]`)
    .execute();
  const today = vietnamDate(app.now());
  return { unit: { id: unit.id, name: unit.name }, today, ...tallyOf(tasks, today, app.calendar) };
}
