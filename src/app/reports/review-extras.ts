import { sql } from 'kysely';
import type { Db, Tx } from '../../db/kysely.ts';
import type { ReviewPlanTask } from '../../contract/review-reports.ts';
import type { ReviewPeriod } from './review-figures.ts';

/**
 * Data a later section of the review report needs (the plan tasks of the unit's plan, for one),
 * gathered at issue and kept in the snapshot under `extras[id]` for the section builder of the
 * same id (`documents/review-report-sections.ts`). Empty: no extra section.
 */
export interface ReviewExtraGatherer {
  id: string;
  gather(db: Db | Tx, unit: { id: string; name: string }, period: ReviewPeriod): Promise<unknown>;
}

/**
 * The plan tasks a review report accounts for: those assigned to the unit or a unit below it and
 * due by the end of the period, whatever plan they belong to, with their state as the report is
 * issued. Lateness is judged against the period's end (a report looks back on a closed period).
 */
const planTasksGatherer: ReviewExtraGatherer = {
  id: 'plan_tasks',
  async gather(db: Db | Tx, unit, period): Promise<ReviewPlanTask[]> {
    const rows = await db
      .selectFrom('plan_tasks as t')
      .innerJoin('implementation_plans as p', 'p.id', 't.plan_id')
      .innerJoin('units as u', 'u.id', 't.assignee_unit_id')
      .select(['p.number', 't.ordinal', 't.title', 'u.name', 't.due_on', 't.status', 't.done_on'])
      .where(sql<boolean>`u.ancestor_ids @> array[${unit.id}]::uuid[]`)
      .where('t.due_on', '<', period.to)
      .orderBy('p.number')
      .orderBy('t.ordinal')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      planNumber: r.number,
      ordinal: r.ordinal,
      title: r.title,
      unitName: r.name,
      dueOn: r.due_on,
      status: r.status,
      doneOn: r.done_on ?? null,
      late: r.status === 'done' ? !!r.done_on && r.done_on > r.due_on : true,
    }));
  },
};

export const REVIEW_EXTRA_GATHERERS: ReviewExtraGatherer[] = [planTasksGatherer];

export async function gatherExtras(
  db: Db | Tx,
  unit: { id: string; name: string },
  period: ReviewPeriod,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const g of REVIEW_EXTRA_GATHERERS) out[g.id] = await g.gather(db, unit, period);
  return out;
}
