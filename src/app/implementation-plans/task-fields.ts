import type { Tx } from '../../db/kysely.ts';
import { isIsoDate } from '../../domain/calendar/working-calendar.ts';
import type { FieldIssue } from '../../domain/errors.ts';

/** The checks a task's fields pass when added or changed: a real date, a unit inside the plan's issuing unit. */
export async function taskFieldIssues(
  tx: Tx,
  issuingUnitId: string,
  body: { title?: string; expectedOutput?: string; assigneeUnitId?: string; dueOn?: string },
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (body.title !== undefined && !body.title.trim()) issues.push({ path: 'title', code: 'required' });
  if (body.expectedOutput !== undefined && !body.expectedOutput.trim())
    issues.push({ path: 'expectedOutput', code: 'required' });
  if (body.dueOn !== undefined && !isIsoDate(body.dueOn)) issues.push({ path: 'dueOn', code: 'invalid_date' });
  if (body.assigneeUnitId !== undefined) {
    const unit = await tx
      .selectFrom('units')
      .select('ancestor_ids')
      .where('id', '=', body.assigneeUnitId)
      .executeTakeFirst();
    if (!unit) issues.push({ path: 'assigneeUnitId', code: 'unknown_unit' });
    else if (!unit.ancestor_ids.includes(issuingUnitId))
      issues.push({ path: 'assigneeUnitId', code: 'outside_issuing_unit' });
  }
  return issues;
}
