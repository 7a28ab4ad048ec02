import type { AppContext } from '../../app/context.ts';
import { caseActors } from '../../app/notifications/recipients.ts';
import { notify } from '../../app/notifications/notify.ts';
import type { Tx } from '../../db/kysely.ts';
import type { JobHandler } from '../job-runner.ts';
import { readJobPayload } from '../../contract/jobs.ts';
import { readCaseEvent } from '../../contract/events.ts';
import { closeOverdueIntervals, SYSTEM_EVENT_TYPES } from './overdue-intervals.ts';

/**
 * 'case_event', written by every case action: tells the next actors that the case awaits them,
 * and closes the overdue interval of any late step the action met.
 *
 * The worklist is read when the job runs. If another action has followed meanwhile, this one is
 * superseded: the later event's job tells whoever must act by then, and nobody is told about a
 * task that is already gone.
 */
export function caseEventHandler(app: AppContext): JobHandler {
  return {
    async complete(tx, job) {
      const p = readJobPayload('case_event', job.payload);
      await closeOverdueIntervals(tx, app, p.caseId, p.seq);

      const latest = await tx
        .selectFrom('case_events')
        .select(['seq', 'type', 'actor_id', 'payload'])
        .where('case_id', '=', p.caseId)
        .where('type', 'not in', SYSTEM_EVENT_TYPES)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!latest || latest.seq !== p.seq) return;

      const c = await tx
        .selectFrom('cases')
        .select(['due_on', 'state'])
        .where('id', '=', p.caseId)
        .executeTakeFirstOrThrow();
      const actors = await caseActors(tx, p.caseId);
      // Whoever acted knows already.
      if (latest.actor_id) actors.delete(latest.actor_id);
      // An event that moves the case on tells everyone who must act now. One that does not (a
      // progress report, a protection decision) tells only those whose tasks it changed.
      const event = readCaseEvent(latest.type, latest.payload);
      const { from, to } = 'from' in event.payload ? event.payload : { from: undefined, to: undefined };
      if (from === undefined || from === to) {
        const told = await lastTold(tx, p.caseId, [...actors.keys()]);
        for (const [personId, tasks] of actors) {
          const last = told.get(personId);
          if (last && last.state === c.state && sameTasks(last.tasks, tasks)) actors.delete(personId);
        }
      }
      await notify(
        tx,
        app,
        [...actors].map(([personId, tasks]) => ({
          personId,
          kind: 'action_required' as const,
          caseId: p.caseId,
          caseCode: p.code,
          params: { tasks, eventType: p.type, state: c.state, ...(c.due_on ? { dueOn: c.due_on } : {}) },
          sourceKey: `event:${p.caseId}:${p.seq}`,
        })),
      );
    },
  };
}

async function lastTold(
  tx: Tx,
  caseId: string,
  personIds: string[],
): Promise<Map<string, { state: unknown; tasks: unknown }>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('notifications')
    .select(['person_id', 'params'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'action_required')
    .where('person_id', 'in', personIds)
    // A resolved notice no longer tells anyone anything: a task that came back is told again.
    .where('resolved_at', 'is', null)
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.params as { state: unknown; tasks: unknown }]));
}

const sameTasks = (a: unknown, b: string[]) =>
  Array.isArray(a) && a.length === b.length && b.every((t) => a.includes(t));
