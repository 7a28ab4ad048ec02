import { Type } from 'typebox';
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
  async apply({ tx, row, input, actor, now }) {
    const plan = nfc(input.plan) as ProposalPlan;
    await checkDomain(tx, plan.domain, 'plan.domain');
    const previous = await getPlanVersion(tx, row.id, row.plan_version);
    const version = (await latestPlanVersionNumber(tx, row.id)) + 1;
    const saved = await savePlanVersion(tx, row.id, version, 'draft', plan, previous?.plan, actor.personId, now);
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
