import type { AppContext } from '../../app/context.ts';
import { notify } from '../../app/notifications/notify.ts';
import { readJobPayload } from '../../contract/jobs.ts';
import { peopleOfUnit } from '../../db/repositories/implementation-plan-repository.ts';
import type { JobHandler } from '../job-runner.ts';

/**
 * 'plan_task_urge': tells every active person of the task's unit that the focal point urges it,
 * with the date it is now asked for; in-app and by e-mail through each person's preferences. The
 * job runs once, and the source key keeps a retried job from notifying twice.
 */
export function planTaskUrgeHandler(app: AppContext): JobHandler {
  return {
    async complete(tx, job) {
      const urgeId = readJobPayload('plan_task_urge', job.payload).urgeId;
      const u = await tx
        .selectFrom('plan_task_urges as u')
        .innerJoin('plan_tasks as t', 't.id', 'u.task_id')
        .innerJoin('implementation_plans as p', 'p.id', 't.plan_id')
        .innerJoin('units as a', 'a.id', 't.assignee_unit_id')
        .select([
          'u.task_id',
          'u.due_by',
          'u.note',
          'u.overdue_working_days',
          't.plan_id',
          't.ordinal',
          't.title',
          't.due_on',
          't.status',
          't.assignee_unit_id',
          'a.name as unit_name',
          'p.number',
        ])
        .where('u.id', '=', urgeId)
        .executeTakeFirst();
      if (!u || u.status === 'done') return;
      const people = await peopleOfUnit(tx, u.assignee_unit_id);
      await notify(
        tx,
        app,
        people.map((personId) => ({
          personId,
          kind: 'plan_task_urge' as const,
          caseId: null,
          caseCode: null,
          params: {
            planId: u.plan_id,
            taskId: u.task_id,
            planNumber: u.number,
            ordinal: u.ordinal,
            title: u.title,
            unitName: u.unit_name,
            dueOn: u.due_on,
            dueBy: u.due_by,
            overdue: u.overdue_working_days,
            note: u.note,
          },
          sourceKey: `plan-task-urge:${urgeId}`,
        })),
      );
    },
  };
}
