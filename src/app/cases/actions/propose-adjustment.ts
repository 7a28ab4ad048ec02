import { Type } from 'typebox';
import { asTransaction } from '../../../db/kysely.ts';
import { defineAction } from '../case-action.ts';
import { PlanSchema, Reasons } from '../schemas.ts';
import { nfc } from '../checks.ts';
import { checkDomain } from '../plan-checks.ts';
import { getPlanVersion, latestPlanVersionNumber, savePlanVersion } from '../../../db/repositories/plan-repository.ts';
import { invalid } from '../../../domain/errors.ts';
import { planCompletenessIssues, type ProposalPlan } from '../../../domain/plan/proposal-plan.ts';
import { bottleneckKindIssues } from '../../../domain/profile/procedure-profile.ts';

/** A change to the approved plan, proposed as a new version; it applies once the deciding body approves it. */
export const proposeAdjustment = defineAction({
  action: 'propose_adjustment',
  event: 'adjustment_proposed',
  summary: { vi: 'Đề nghị điều chỉnh kế hoạch', en: 'Propose a plan adjustment' },
  body: Type.Object({ plan: PlanSchema, reasons: Reasons }, { additionalProperties: false }),
  locked: true,
  async apply({ db, row, input, actor, now, snapshot }) {
    const plan = nfc(input.plan) as ProposalPlan;
    await checkDomain(db, plan.domain, 'plan.domain');
    const issues = planCompletenessIssues(plan);
    if (issues.length) throw invalid(issues, 'plan_incomplete');
    const kind = bottleneckKindIssues(snapshot.profile, plan.necessity?.bottleneckKind);
    if (kind.length) throw invalid(kind);
    const approved = await getPlanVersion(db, row.id, row.approved_plan_version ?? row.plan_version);
    const version = (await latestPlanVersionNumber(db, row.id)) + 1;
    const saved = await savePlanVersion(
      asTransaction(db),
      row.id,
      version,
      'adjustment_proposed',
      plan,
      approved?.plan,
      actor.personId,
      now,
    );
    return {
      reasons: input.reasons,
      patch: { pending_adjustment_version: version },
      payload: { planVersion: version, planSha256: saved.sha256, changedPaths: saved.changes.map((c) => c.path) },
    };
  },
});
