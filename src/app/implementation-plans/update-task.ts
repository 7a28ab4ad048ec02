import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { IsoDateString } from '../cases/schemas.ts';
import { audit } from '../org/admin-scope.ts';
import { lockTask } from '../../db/repositories/implementation-plan-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalid } from '../../domain/errors.ts';
import { checkVersion, requireOnPlan, taskFor } from './plan-access.ts';
import { taskFieldIssues } from './task-fields.ts';

export const UpdateTaskBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    expectedOutput: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    assigneeUnitId: Type.Optional(Type.String({ format: 'uuid' })),
    dueOn: Type.Optional(IsoDateString),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTaskBody = Static<typeof UpdateTaskBody>;

/** Changes a task's wording, unit or due date (the plan amended), with the version last read. */
export async function updatePlanTask(
  app: AppContext,
  actor: Actor,
  taskId: string,
  input: UpdateTaskBody,
  version: number | undefined,
): Promise<void> {
  const body = nfc(input);
  await app.db.transaction().execute(async (tx) => {
    await lockTask(tx, taskId);
    const { plan, task, relations } = await taskFor(tx, actor, taskId);
    requireOnPlan(relations, 'manage_tasks');
    checkVersion(task, version);
    const issues = await taskFieldIssues(tx, plan.issuing_unit_id, body);
    if (issues.length) throw invalid(issues);
    await tx
      .updateTable('plan_tasks')
      .set({
        ...(body.title !== undefined ? { title: body.title.trim() } : {}),
        ...(body.expectedOutput !== undefined ? { expected_output: body.expectedOutput.trim() } : {}),
        ...(body.assigneeUnitId !== undefined ? { assignee_unit_id: body.assigneeUnitId } : {}),
        ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
        version: task.version + 1,
      })
      .where('id', '=', taskId)
      .execute();
    await audit(tx, actor, 'plan.task.update', 'plan_task', taskId, { version, ...body });
  });
}
