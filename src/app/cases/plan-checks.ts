import type { Db } from '../../db/kysely.ts';
import { invalid, invalidField } from '../../domain/errors.ts';
import { planCompletenessIssues, type ProposalPlan } from '../../domain/plan/proposal-plan.ts';
import { isIsoDate } from '../../domain/calendar/working-calendar.ts';
import { getPlanVersion } from '../../db/repositories/plan-repository.ts';
import { bottleneckKindIssues, type ProcedureProfile } from '../../domain/profile/procedure-profile.ts';

export async function checkDomain(tx: Db, domain: string | undefined, path: string): Promise<void> {
  if (domain === undefined) return;
  const row = await tx
    .selectFrom('domains')
    .select('code')
    .where('code', '=', domain)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row) throw invalidField(path, 'unknown_domain');
}

/**
 * The current plan, checked for the Art. 7(2) sections that submission requires and, under the
 * case's profile, for the kind of bottleneck it may name (Art. 5(1)(a), open question G6).
 */
export async function completePlan(
  tx: Db,
  caseId: string,
  version: number,
  profile?: ProcedureProfile,
): Promise<{ plan: ProposalPlan; sha256: string }> {
  const current = await getPlanVersion(tx, caseId, version);
  if (!current) throw invalidField('plan', 'required_for_submission');
  const issues = planCompletenessIssues(current.plan);
  const t = current.plan.timeline;
  if (t?.startOn && !isIsoDate(t.startOn)) issues.push({ path: 'plan.timeline.startOn', code: 'invalid_date' });
  if (t?.endOn && !isIsoDate(t.endOn)) issues.push({ path: 'plan.timeline.endOn', code: 'invalid_date' });
  if (issues.length) throw invalid(issues, 'plan_incomplete');
  if (profile) {
    const kind = bottleneckKindIssues(profile, current.plan.necessity?.bottleneckKind);
    if (kind.length) throw invalid(kind);
  }
  return { plan: current.plan, sha256: current.sha256 };
}
