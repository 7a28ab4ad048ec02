import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { IsoDateString } from '../cases/schemas.ts';
import { audit } from '../org/admin-scope.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalid } from '../../domain/errors.ts';
import { planFor, requireOnPlan } from './plan-access.ts';
import { taskFieldIssues } from './task-fields.ts';

export const AddTaskBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 1000 }),
    expectedOutput: Type.String({ minLength: 1, maxLength: 1000 }),
    assigneeUnitId: Type.String({ format: 'uuid' }),
    dueOn: IsoDateString,
  },
  { additionalProperties: false },
);
export type AddTaskBody = Static<typeof AddTaskBody>;

/** A task of the plan, numbered after the last one, assigned to a unit inside the issuing unit. */
export async function addPlanTask(app: AppContext, actor: Actor, planId: string, input: AddTaskBody): Promise<string> {
  const body = nfc(input);
  return app.db.transaction().execute(async (tx) => {
    const { plan, standing } = await planFor(tx, actor, planId);
    requireOnPlan(standing.relations, 'manage_tasks');
    const issues = await taskFieldIssues(tx, plan.issuing_unit_id, body);
    if (issues.length) throw invalid(issues);
    // Held until commit: two tasks added at once get different numbers.
    await tx.selectFrom('implementation_plans').select('id').where('id', '=', plan.id).forUpdate().execute();
    const last = await tx
      .selectFrom('plan_tasks')
      .select((eb) => eb.fn.max('ordinal').as('n'))
      .where('plan_id', '=', plan.id)
      .executeTakeFirst();
    const id = randomUUID();
    const ordinal = Number(last?.n ?? 0) + 1;
    await tx
      .insertInto('plan_tasks')
      .values({
        id,
        plan_id: plan.id,
        ordinal,
        title: body.title.trim(),
        expected_output: body.expectedOutput.trim(),
        assignee_unit_id: body.assigneeUnitId,
        due_on: body.dueOn,
        status: 'not_started',
        created_by: actor.personId,
        created_at: app.now(),
      })
      .execute();
    await audit(tx, actor, 'plan.task.add', 'plan_task', id, { planId: plan.id, ordinal, ...body });
    return id;
  });
}
