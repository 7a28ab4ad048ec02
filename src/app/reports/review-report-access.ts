import type { Db, Tx } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { maySeeDashboard } from '../statistics/dashboard.ts';

export interface ReviewReportAccess {
  unit: { id: string; name: string; ancestor_ids: string[] };
  /** Whoever sees the unit's statistics (its leadership, organisation officers, inspectors above it). */
  canRead: boolean;
  /** The unit's head, or an organisation officer whose grant covers the unit. */
  canIssue: boolean;
}

/**
 * Who reviews a unit's period: its head, or the organisation officer whose grant is on the unit
 * or, with its subtree, on a unit above it. Reading the reports follows the dashboard's rule.
 */
export async function reviewReportAccess(db: Db | Tx, actor: Actor, unitId: string): Promise<ReviewReportAccess> {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'name', 'ancestor_ids'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw new DomainError('not_found', 'unit_not_found', [], { id: unitId });
  const covers = (g: Actor['grants'][number]) =>
    g.unitId === unit.id || (g.includeSubtree && unit.ancestor_ids.includes(g.unitId));
  const canIssue = actor.grants.some(
    (g) => (g.role === 'head' && g.unitId === unit.id) || (g.role === 'org_officer' && covers(g)),
  );
  return { unit, canRead: canIssue || maySeeDashboard(actor, unit), canIssue };
}

export async function readableReviewReports(db: Db | Tx, actor: Actor, unitId: string) {
  const access = await reviewReportAccess(db, actor, unitId);
  if (!access.canRead) throw new DomainError('forbidden', 'not_permitted', [], { action: 'view_review_reports' });
  return access;
}

export async function issuableReviewReports(db: Db | Tx, actor: Actor, unitId: string) {
  const access = await reviewReportAccess(db, actor, unitId);
  if (!access.canIssue) throw new DomainError('forbidden', 'not_permitted', [], { action: 'issue_review_report' });
  return access;
}
