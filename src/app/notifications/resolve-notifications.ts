import type { Db } from '../../db/kysely.ts';
import type { OpenTaskNotification } from '../../db/repositories/case-repository.ts';
import { activeTaskHolders } from '../../db/repositories/task-holders-repository.ts';
import type { WorkItem } from '../../domain/case/next-actors.ts';
import { actorsOf, STEP_TASKS } from './recipients.ts';

/** The notifications that ask someone to do something on a case; each names the tasks it asked for. */
export const TASK_NOTIFICATION_KINDS = [
  'action_required',
  'deadline_reminder',
  'deadline_overdue',
  'escalation',
] as const;

/**
 * The task notifications of a case that an action settles, whoever did it: `open` are the case's
 * unresolved ones (read with the locked row), `items` its worklist after the action. A
 * notification is done when its reader has none of the tasks it asked for left on the case; a
 * request to act is also done once the case has left the state it was sent in; an escalation to a
 * head who has no task of their own is done once nobody has a task of its step left. The caller
 * resolves them in the transaction that moved the case: a resolved notification counts as read,
 * and stays resolved even if the same task comes back later (a new one is sent then).
 */
export async function settledNotifications(
  tx: Db,
  open: readonly OpenTaskNotification[],
  items: readonly WorkItem[],
  state: string,
): Promise<string[]> {
  if (open.length === 0) return [];
  const actors = actorsOf(await activeTaskHolders(tx, items));
  const tasksLeft = new Set([...actors.values()].flat());
  return open.filter((n) => isDone(n, actors.get(n.person_id) ?? [], tasksLeft, state)).map((n) => n.id);
}

function isDone(n: OpenTaskNotification, personTasks: string[], tasksLeft: Set<string>, state: string): boolean {
  const p = (n.params ?? {}) as { tasks?: unknown; state?: unknown; step?: unknown };
  const asked = Array.isArray(p.tasks) ? p.tasks.map(String) : [];
  if (n.kind === 'action_required' && typeof p.state === 'string' && p.state !== state) return true;
  if (asked.length > 0) return !asked.some((t) => personTasks.includes(t));
  const stepTasks = STEP_TASKS[String(p.step)];
  return stepTasks !== undefined && !stepTasks.some((t) => tasksLeft.has(t));
}
