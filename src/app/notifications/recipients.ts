import type { Db, Tx } from '../../db/kysely.ts';
import { activeTaskHolders, type TaskHolder } from '../../db/repositories/task-holders-repository.ts';
import type { WorkItem } from '../../domain/case/next-actors.ts';
import type { Role } from '../../domain/case/case-snapshot.ts';

/**
 * Who must act on a case is its `work_items`: a named person, or whoever holds a role on a unit
 * (matched exactly, as the worklist matches them). Tasks are kept per person for the message.
 */
export async function caseActors(
  db: Db | Tx,
  caseId: string,
  onlyTasks?: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('work_items')
    .select(['person_id', 'unit_id', 'role', 'task'])
    .where('case_id', '=', caseId)
    .execute();
  let items = rows.flatMap((r): WorkItem[] =>
    r.person_id
      ? [{ kind: 'person', personId: r.person_id, task: r.task }]
      : r.unit_id && r.role
        ? [{ kind: 'unit_role', unitId: r.unit_id, role: r.role as Role, task: r.task }]
        : [],
  );
  if (onlyTasks) {
    const relevant = items.filter((i) => onlyTasks.includes(i.task));
    // A step no task of the worklist names (an unusual state): remind everyone who must act.
    if (relevant.length > 0) items = relevant;
  }
  return actorsOf(await activeTaskHolders(db, items));
}

/** The tasks of each person, in the order first held. */
export function actorsOf(holders: readonly TaskHolder[]): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  for (const { personId, task } of holders) {
    const tasks = byPerson.get(personId) ?? [];
    if (!tasks.includes(task)) tasks.push(task);
    byPerson.set(personId, tasks);
  }
  return byPerson;
}

export interface EscalationTarget {
  personId: string;
  level: 'receiving' | 'superior';
  unitId: string;
}

/**
 * The head of the receiving unit and the head of its superior: the nearest unit above it that
 * has a head (a province, say, is only a container of its People's Committee and departments).
 */
export async function escalationTargets(db: Db | Tx, receivingUnitId: string): Promise<EscalationTarget[]> {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'ancestor_ids'])
    .where('id', '=', receivingUnitId)
    .executeTakeFirst();
  if (!unit) return [];
  const above = unit.ancestor_ids.filter((id) => id !== unit.id);
  const heads = await db
    .selectFrom('role_grants')
    .innerJoin('people', 'people.id', 'role_grants.person_id')
    .select(['role_grants.person_id', 'role_grants.unit_id'])
    .where('role_grants.unit_id', 'in', [unit.id, ...above])
    .where('role_grants.role', '=', 'head')
    .where('people.active', '=', true)
    .execute();
  const headOf = (unitId: string) => heads.filter((h) => h.unit_id === unitId).map((h) => h.person_id);
  const targets: EscalationTarget[] = headOf(unit.id).map((personId) => ({
    personId,
    level: 'receiving',
    unitId: unit.id,
  }));
  const superior = [...above].reverse().find((id) => headOf(id).length > 0);
  for (const personId of superior ? headOf(superior) : []) {
    if (!targets.some((t) => t.personId === personId)) targets.push({ personId, level: 'superior', unitId: superior! });
  }
  return targets;
}

/** Which worklist tasks move each timed step forward: a reminder about a step goes to those. */
export const STEP_TASKS: Record<string, readonly string[]> = {
  consideration: ['accept_for_consideration', 'record_party_opinion', 'record_appraisal', 'record_vote'],
  party_opinion: ['record_party_opinion'],
  appraisal: ['record_appraisal'],
  completion_report: ['submit_completion_report'],
  evaluation: ['record_party_opinion', 'record_evaluation'],
};
