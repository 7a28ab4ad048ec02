import type { Db, Tx } from '../../db/kysely.ts';
import {
  ancestryOf,
  findPlan,
  findTask,
  type PlanRow,
  type PlanTaskRow,
} from '../../db/repositories/implementation-plan-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  mayOnPlan,
  planRelations,
  type PlanAction,
  type PlanRelation,
} from '../../domain/implementation-plans/plan-task-rules.ts';

/** How the actor stands to a plan: as issuer, focal point or reader, and to each task as assignee. */
export interface PlanStanding {
  relations: Set<PlanRelation>;
  /** The relations to one task: the plan's, plus `assignee` when the task is the actor's unit's. */
  forTask(assigneeUnitId: string): Set<PlanRelation>;
  actorAncestry: string[];
}

export function standingOn(actor: Actor, plan: PlanRow, actorAncestry: string[]): PlanStanding {
  const units = { issuingAncestry: plan.issuing_ancestor_ids, focalUnitId: plan.focal_unit_id, actorAncestry };
  return {
    relations: planRelations(actor, units),
    forTask: (assigneeUnitId) => planRelations(actor, units, assigneeUnitId),
    actorAncestry,
  };
}

/**
 * A plan the actor may read (issuer, focal point, a unit inside the issuing unit, or a unit a task
 * of it is assigned to); 404 for anyone else, so a stranger cannot tell it exists.
 */
export async function planFor(
  db: Db | Tx,
  actor: Actor,
  id: string,
): Promise<{ plan: PlanRow; standing: PlanStanding }> {
  const plan = await findPlan(db, id);
  if (!plan) throw new DomainError('not_found', 'plan_not_found');
  const standing = standingOn(actor, plan, await ancestryOf(db, actor.unitId));
  if (!mayOnPlan(standing.relations, 'read') && !(await assignedAny(db, actor, plan.id)))
    throw new DomainError('not_found', 'plan_not_found');
  return { plan, standing };
}

async function assignedAny(db: Db | Tx, actor: Actor, planId: string): Promise<boolean> {
  const units = [actor.unitId, ...actor.grants.map((g) => g.unitId)];
  const row = await db
    .selectFrom('plan_tasks')
    .select('id')
    .where('plan_id', '=', planId)
    .where('assignee_unit_id', 'in', units)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** A task of a plan the actor may read, with the relations to it; 404 otherwise. */
export async function taskFor(
  db: Db | Tx,
  actor: Actor,
  taskId: string,
): Promise<{ plan: PlanRow; task: PlanTaskRow; relations: Set<PlanRelation> }> {
  const task = await findTask(db, taskId);
  if (!task) throw new DomainError('not_found', 'plan_task_not_found');
  const { plan, standing } = await planFor(db, actor, task.plan_id);
  return { plan, task, relations: standing.forTask(task.assignee_unit_id) };
}

export function requireOnPlan(relations: ReadonlySet<PlanRelation>, action: PlanAction): void {
  if (!mayOnPlan(relations, action)) throw new DomainError('forbidden', 'not_permitted');
}

/** The If-Match check of a task write: 428 without it, 409 when another write came first. */
export function checkVersion(task: { version: number }, version: number | undefined): void {
  if (version === undefined) throw new DomainError('precondition', 'if_match_required');
  if (version !== task.version)
    throw new DomainError('conflict', 'plan_task_stale_version', [], { current: task.version });
}
