import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { audit } from '../org/admin-scope.ts';
import { lockTask } from '../../db/repositories/implementation-plan-repository.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.ts';
import { afterReport } from '../../domain/implementation-plans/plan-task-rules.ts';
import { checkVersion, requireOnPlan, taskFor } from './plan-access.ts';

export const ReportTaskBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('progress'), Type.Literal('completion')]),
    text: Type.String({ minLength: 1, maxLength: 5000 }),
    percent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    attachmentIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type ReportTaskBody = Static<typeof ReportTaskBody>;

/**
 * The assignee unit reports progress (the task is under way, at a percentage) or completion (done
 * today, at 100 %), with files uploaded to the task beforehand. The report is kept for good; the
 * task's status moves with it, under the version last read.
 */
export async function reportPlanTask(
  app: AppContext,
  actor: Actor,
  taskId: string,
  input: ReportTaskBody,
  version: number | undefined,
): Promise<void> {
  const body = nfc(input);
  await app.db.transaction().execute(async (tx) => {
    await lockTask(tx, taskId);
    const { task, relations } = await taskFor(tx, actor, taskId);
    requireOnPlan(relations, 'report');
    checkVersion(task, version);
    const issues: FieldIssue[] = [];
    if (!body.text.trim()) issues.push({ path: 'text', code: 'required' });
    if (body.kind === 'progress' && body.percent === undefined) issues.push({ path: 'percent', code: 'required' });
    const ids = body.attachmentIds ?? [];
    if (ids.length) {
      const found = new Set(
        (
          await tx
            .selectFrom('plan_task_files')
            .select('id')
            .where('task_id', '=', taskId)
            .where('id', 'in', ids)
            .execute()
        ).map((r) => r.id),
      );
      ids.forEach((id, i) => {
        if (!found.has(id)) issues.push({ path: `attachmentIds[${i}]`, code: 'unknown_attachment' });
      });
    }
    if (issues.length) throw invalid(issues);
    const next = afterReport(task.status, body.kind, body.percent ?? 100);
    if (next === 'already_done') throw new DomainError('conflict', 'plan_task_done');
    const now = app.now();
    await tx
      .insertInto('plan_task_reports')
      .values({
        task_id: taskId,
        author_id: actor.personId,
        author_unit_id: actor.unitId,
        at: now,
        kind: body.kind,
        text: body.text.trim(),
        percent: next.percent,
        attachment_ids: JSON.stringify(ids),
      })
      .execute();
    await tx
      .updateTable('plan_tasks')
      .set({
        status: next.status,
        percent: next.percent,
        done_on: next.status === 'done' ? vietnamDate(now) : null,
        last_report_at: now,
        version: task.version + 1,
      })
      .where('id', '=', taskId)
      .execute();
    await audit(tx, actor, `plan.task.report.${body.kind}`, 'plan_task', taskId, { version, ...body });
  });
}
