import type { AppContext } from '../context.ts';
import { dashboardUnitFor } from '../statistics/dashboard.ts';
import { subtreeTasks } from '../../db/repositories/implementation-plan-repository.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { PlanTaskTally } from '../../domain/implementation-plans/plan-task-rules.ts';
import { tallyOf } from './plan-queries.ts';

/**
 * The dashboard's plan-task figure: the tasks of every plan assigned to the unit or a unit below
 * it, by status, and those overdue on the legal calendar. Read from the tasks themselves (one
 * plan per province, tens of tasks each), so it is always exact; who may see it is the dashboard's
 * rule. One statement: the unit, its tasks and the calendar's version together.
 */
export async function planTaskFigures(
  app: AppContext,
  actor: Actor,
  unitId: string,
): Promise<PlanTaskTally & { unit: { id: string; name: string }; today: string }> {
  const unit = dashboardUnitFor(actor, unitId, await subtreeTasks(app.db, unitId));
  await app.legalClock.calendars.refreshFor(unit.calendar_version);
  const today = vietnamDate(app.now());
  return { unit: { id: unit.id, name: unit.name }, today, ...tallyOf(unit.tasks ?? [], today, app.calendar) };
}
