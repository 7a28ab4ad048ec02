import type { AppContext } from '../../app/context.ts';
import { notify, type NewNotification } from '../../app/notifications/notify.ts';
import { caseActors, escalationTargets, STEP_TASKS } from '../../app/notifications/recipients.ts';
import { appendEvent } from '../../db/repositories/event-repository.ts';
import type { Deadline } from '../../domain/case/case-snapshot.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { JobHandler } from '../job-runner.ts';
import { isOverdue } from '../reminder-schedule.ts';
import { findDeadline } from './overdue-intervals.ts';
import { readJobPayload } from '../../contract/jobs.ts';
import { watchCaseAgain } from '../sweep-deadlines.ts';

/**
 * 'deadline_overdue': a time limit passed with its step still open. The case's history gets an
 * 'overdue' event (under the case row lock, like any action, but without a new case version:
 * nothing a client could have read changes), whoever must act is told, and so are the head of
 * the receiving unit and the head of its superior.
 */
export function deadlineOverdueHandler(app: AppContext): JobHandler {
  return {
    async complete(tx, job) {
      const overdueId = readJobPayload('deadline_overdue', job.payload).overdueId;
      const o = await tx.selectFrom('deadline_overdue').selectAll().where('id', '=', overdueId).executeTakeFirst();
      if (!o || o.event_seq !== null) return;
      const c = await tx
        .selectFrom('cases')
        .select(['id', 'code', 'deadlines', 'receiving_unit_id'])
        .where('id', '=', o.case_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const now = app.now();
      const d = findDeadline(c.deadlines as Deadline[], o.step, o.started_on);
      if (d?.status !== 'open' || d.dueOn === null || !isOverdue(d.dueOn, vietnamDate(now))) {
        // Met, paused or moved between the sweep and now: nothing is overdue. Forget the record
        // so that a later sweep can still catch this deadline if it does run late.
        await tx.deleteFrom('deadline_overdue').where('id', '=', overdueId).execute();
        await watchCaseAgain(tx, o.case_id);
        return;
      }
      const event = await appendEvent(tx, {
        caseId: c.id,
        type: 'overdue',
        actorId: null,
        actorRole: 'system',
        actorUnitId: null,
        occurredAt: now,
        reasons: null,
        payload: { step: o.step, startedOn: o.started_on, dueOn: d.dueOn, overdueSince: o.overdue_since },
      });
      await tx
        .updateTable('deadline_overdue')
        .set({ event_seq: event.seq, due_on: d.dueOn })
        .where('id', '=', overdueId)
        .execute();

      const base = { caseId: c.id, caseCode: c.code, sourceKey: `overdue:${overdueId}` };
      const heads = c.receiving_unit_id ? await escalationTargets(tx, c.receiving_unit_id) : [];
      const unit = c.receiving_unit_id
        ? await tx.selectFrom('units').select('name').where('id', '=', c.receiving_unit_id).executeTakeFirst()
        : undefined;
      const actors = await caseActors(tx, c.id, STEP_TASKS[o.step]);
      const items: NewNotification[] = heads.map((h) => ({
        ...base,
        personId: h.personId,
        kind: 'escalation',
        params: {
          step: o.step,
          dueOn: d.dueOn,
          level: h.level,
          unitName: unit?.name ?? '',
          tasks: actors.get(h.personId) ?? [],
        },
      }));
      for (const [personId, tasks] of actors) {
        // A head who must act and is escalated to gets one notification, the escalation.
        if (heads.some((h) => h.personId === personId)) continue;
        items.push({ ...base, personId, kind: 'deadline_overdue', params: { step: o.step, dueOn: d.dueOn, tasks } });
      }
      await notify(tx, app, items);
    },
  };
}
