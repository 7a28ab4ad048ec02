import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { audit } from '../org/admin-scope.ts';
import { enqueueJob } from '../../db/repositories/outbox-repository.ts';
import { lockTask } from '../../db/repositories/implementation-plan-repository.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { overdueWorkingDays, urgeDueBy } from '../../domain/implementation-plans/plan-task-rules.ts';
import { requireOnPlan, taskFor } from './plan-access.ts';

export const UrgeTaskBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type UrgeTaskBody = Static<typeof UrgeTaskBody>;

/**
 * The focal point urges an unfinished task: the urge is kept (with how late the task is and the
 * date it now asks for, the plan's number of working days ahead on the legal calendar) and a job
 * in the same transaction tells the assignee unit's people, in the application and by e-mail.
 */
export async function urgePlanTask(app: AppContext, actor: Actor, taskId: string, input: UrgeTaskBody) {
  const body = nfc(input);
  await app.legalClock.calendars.refresh();
  return app.db.transaction().execute(async (tx) => {
    await lockTask(tx, taskId);
    const { plan, task, relations } = await taskFor(tx, actor, taskId);
    requireOnPlan(relations, 'urge');
    if (task.status === 'done') throw new DomainError('conflict', 'plan_task_done');
    const now = app.now();
    const today = vietnamDate(now);
    const overdue = overdueWorkingDays({ status: task.status, dueOn: task.due_on }, today, app.calendar);
    const dueBy = urgeDueBy(today, plan.urge_working_days, app.calendar);
    const urge = await tx
      .insertInto('plan_task_urges')
      .values({
        task_id: taskId,
        urged_by: actor.personId,
        at: now,
        note: body.note?.trim() ?? '',
        overdue_working_days: overdue,
        working_days: plan.urge_working_days,
        due_by: dueBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueJob(tx, 'plan_task_urge', { urgeId: urge.id });
    await audit(tx, actor, 'plan.task.urge', 'plan_task', taskId, { ...body, dueBy, overdue });
    return { id: urge.id, dueBy, overdueWorkingDays: overdue };
  });
}
