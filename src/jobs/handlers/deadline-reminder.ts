import type { AppContext } from '../../app/context.ts';
import { notify } from '../../app/notifications/notify.ts';
import { caseActors, STEP_TASKS } from '../../app/notifications/recipients.ts';
import type { Deadline } from '../../domain/case/case-snapshot.ts';
import type { JobHandler } from '../job-runner.ts';
import { findDeadline } from './overdue-intervals.ts';
import { readJobPayload } from '../../contract/jobs.ts';

/** 'deadline_reminder': tells whoever must move a step that its due date is near, here or past. */
export function deadlineReminderHandler(app: AppContext): JobHandler {
  return {
    async complete(tx, job) {
      const reminderId = readJobPayload('deadline_reminder', job.payload).reminderId;
      const r = await tx.selectFrom('deadline_reminders').selectAll().where('id', '=', reminderId).executeTakeFirst();
      if (!r) return;
      const c = await tx
        .selectFrom('cases')
        .select(['id', 'code', 'deadlines'])
        .where('id', '=', r.case_id)
        .executeTakeFirstOrThrow();
      const d = findDeadline(c.deadlines as Deadline[], r.step, r.started_on);
      // Met, paused or moved since the sweep: the reminder has nothing left to say.
      if (d?.status !== 'open' || d.dueOn !== r.due_on) return;
      const actors = await caseActors(tx, c.id, STEP_TASKS[r.step]);
      await notify(
        tx,
        app,
        [...actors].map(([personId, tasks]) => ({
          personId,
          kind: 'deadline_reminder' as const,
          caseId: c.id,
          caseCode: c.code,
          params: { step: r.step, dueOn: r.due_on, offset: r.offset_days, tasks },
          sourceKey: `reminder:${reminderId}`,
        })),
      );
    },
  };
}
