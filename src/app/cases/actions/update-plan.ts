import { Type } from 'typebox';
import { asTransaction } from '../../../db/kysely.ts';
import { defineAction } from '../case-action.ts';
import { PlanSchema } from '../schemas.ts';
import { nfc } from '../checks.ts';
import { getPlanVersion, latestPlanVersionNumber, savePlanVersion } from '../../../db/repositories/plan-repository.ts';
import { searchTextFor } from '../../../domain/text/fold-for-search.ts';
import { checkDomain } from '../plan-checks.ts';
import type { ProposalPlan } from '../../../domain/plan/proposal-plan.ts';

/** Saves the proposal plan as a new version; every version is kept with its difference. */
export const updatePlan = defineAction({
  action: 'update_plan',
  event: 'plan_updated',
  summary: { vi: 'Lưu kế hoạch đề xuất (phiên bản mới)', en: 'Save the proposal plan (new version)' },
  body: Type.Object({ plan: PlanSchema, urgent: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
  locked: true,
  async apply({ db, row, input, actor, now }) {
    const plan = nfc(input.plan) as ProposalPlan;
    await checkDomain(db, plan.domain, 'plan.domain');
    const previous = await getPlanVersion(db, row.id, row.plan_version);
    const version = (await latestPlanVersionNumber(db, row.id)) + 1;
    const saved = await savePlanVersion(
      asTransaction(db),
      row.id,
      version,
      'draft',
      plan,
      previous?.plan,
      actor.personId,
      now,
    );
    const title = plan.title?.trim() || row.title;
    return {
      patch: {
        plan_version: version,
        title,
        search_text: searchTextFor(row.code, title),
        domain: plan.domain ?? row.domain,
        ...(input.urgent !== undefined ? { urgent: input.urgent } : {}),
      },
      payload: { planVersion: version, planSha256: saved.sha256, changedPaths: saved.changes.map((c) => c.path) },
    };
  },
});
