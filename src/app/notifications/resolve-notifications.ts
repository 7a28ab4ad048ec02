import { sql } from 'kysely';
import { byKey } from '../../db/by-key.ts';
import type { Tx } from '../../db/kysely.ts';
import { caseActors, STEP_TASKS } from './recipients.ts';

/** The notifications that ask someone to do something on a case; each names the tasks it asked for. */
const TASK_KINDS = ['action_required', 'deadline_reminder', 'deadline_overdue', 'escalation'] as const;

interface OpenNotification {
  id: string;
  person_id: string;
  kind: string;
  params: unknown;
}

/**
 * Resolves the task notifications of a case whose step is done, whoever did it: called in the
 * transaction that moved the case, after its worklist was rewritten. A notification is done when
 * its reader has none of the tasks it asked for left on the case; a request to act is also done
 * once the case has left the state it was sent in; an escalation to a head who has no task of
 * their own is done once nobody has a task of its step left. A resolved notification counts as
 * read, and stays resolved even if the same task comes back later (a new one is sent then).
 */
export async function resolveDoneNotifications(tx: Tx, caseId: string, state: string, now: Date): Promise<number> {
  const open = (await tx
    .selectFrom('notifications')
    .select(['id', 'person_id', 'kind', 'params'])
    .where('case_id', '=', caseId)
    .where('resolved_at', 'is', null)
    .where('kind', 'in', TASK_KINDS)
    .modifyEnd(byKey)
    .execute()) as OpenNotification[];
  if (open.length === 0) return 0;
  const actors = await caseActors(tx, caseId);
  const tasksLeft = new Set([...actors.values()].flat());
  const done = open.filter((n) => isDone(n, actors.get(n.person_id) ?? [], tasksLeft, state)).map((n) => n.id);
  if (done.length === 0) return 0;
  await tx
    .updateTable('notifications')
    .set({ resolved_at: now, read_at: sql`coalesce(read_at, ${now})` })
    .where('id', 'in', done)
    .execute();
  return done.length;
}

function isDone(n: OpenNotification, personTasks: string[], tasksLeft: Set<string>, state: string): boolean {
  const p = (n.params ?? {}) as { tasks?: unknown; state?: unknown; step?: unknown };
  const asked = Array.isArray(p.tasks) ? p.tasks.map(String) : [];
  if (n.kind === 'action_required' && typeof p.state === 'string' && p.state !== state) return true;
  if (asked.length > 0) return !asked.some((t) => personTasks.includes(t));
  const stepTasks = STEP_TASKS[String(p.step)];
  return stepTasks !== undefined && !stepTasks.some((t) => tasksLeft.has(t));
}
