import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { IsoDateString } from '../cases/schemas.ts';
import { audit } from '../org/admin-scope.ts';
import { isIsoDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.ts';
import { mayOnPlan, planRelations } from '../../domain/implementation-plans/plan-task-rules.ts';

const Uuid = Type.String({ format: 'uuid' });

export const CreatePlanBody = Type.Object(
  {
    number: Type.String({ minLength: 1, maxLength: 60, description: 'e.g. 116/KH-UBND' }),
    title: Type.String({ minLength: 1, maxLength: 500 }),
    issuingUnitId: Uuid,
    issuedOn: IsoDateString,
    focalUnitId: Uuid,
    periodFrom: IsoDateString,
    periodTo: IsoDateString,
    urgeWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  },
  { additionalProperties: false },
);
export type CreatePlanBody = Static<typeof CreatePlanBody>;

/**
 * A province's implementation plan: its number, the issuing unit, the focal-point unit inside it
 * and the period. The issuing unit's head or organisation officer, or an officer of the chosen
 * focal-point unit, may create it; the tasks are added afterwards.
 */
export async function createPlan(app: AppContext, actor: Actor, input: CreatePlanBody): Promise<string> {
  const body = nfc(input);
  return app.db.transaction().execute(async (tx) => {
    const ids = [body.issuingUnitId, body.focalUnitId, actor.unitId];
    const units = await tx.selectFrom('units').select(['id', 'ancestor_ids']).where('id', 'in', ids).execute();
    const ancestry = new Map(units.map((u) => [u.id, u.ancestor_ids]));
    const issuing = ancestry.get(body.issuingUnitId);
    if (!issuing) throw invalid([{ path: 'issuingUnitId', code: 'unknown_unit' }]);
    const relations = planRelations(actor, {
      issuingAncestry: issuing,
      focalUnitId: body.focalUnitId,
      actorAncestry: ancestry.get(actor.unitId) ?? [],
    });
    if (!mayOnPlan(relations, 'create_plan')) throw new DomainError('forbidden', 'not_permitted');

    const issues: FieldIssue[] = [];
    if (!body.number.trim()) issues.push({ path: 'number', code: 'required' });
    if (!body.title.trim()) issues.push({ path: 'title', code: 'required' });
    const focal = ancestry.get(body.focalUnitId);
    if (!focal) issues.push({ path: 'focalUnitId', code: 'unknown_unit' });
    else if (!focal.includes(body.issuingUnitId)) issues.push({ path: 'focalUnitId', code: 'outside_issuing_unit' });
    for (const key of ['issuedOn', 'periodFrom', 'periodTo'] as const)
      if (!isIsoDate(body[key])) issues.push({ path: key, code: 'invalid_date' });
    if (isIsoDate(body.periodFrom) && isIsoDate(body.periodTo) && body.periodTo < body.periodFrom)
      issues.push({ path: 'periodTo', code: 'before_start' });
    const taken = await tx
      .selectFrom('implementation_plans')
      .select('id')
      .where('issuing_unit_id', '=', body.issuingUnitId)
      .where('number', '=', body.number.trim())
      .executeTakeFirst();
    if (taken) issues.push({ path: 'number', code: 'plan_number_taken' });
    if (issues.length) throw invalid(issues);

    const id = randomUUID();
    await tx
      .insertInto('implementation_plans')
      .values({
        id,
        number: body.number.trim(),
        title: body.title.trim(),
        issuing_unit_id: body.issuingUnitId,
        issued_on: body.issuedOn,
        focal_unit_id: body.focalUnitId,
        period_from: body.periodFrom,
        period_to: body.periodTo,
        ...(body.urgeWorkingDays ? { urge_working_days: body.urgeWorkingDays } : {}),
        created_by: actor.personId,
        created_at: app.now(),
      })
      .execute();
    await audit(tx, actor, 'plan.create', 'implementation_plan', id, body);
    return id;
  });
}
