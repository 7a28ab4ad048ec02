import type { Db, Tx } from '../../db/kysely.ts';
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

export const REVIEW_EXTRA_GATHERERS: ReviewExtraGatherer[] = [];

export async function gatherExtras(
  db: Db | Tx,
  unit: { id: string; name: string },
  period: ReviewPeriod,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const g of REVIEW_EXTRA_GATHERERS) out[g.id] = await g.gather(db, unit, period);
  return out;
}
