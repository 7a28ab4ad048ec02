import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Reasons } from '../schemas.ts';

/** The deciding body approves or refuses a proposed adjustment; an approved one becomes the plan in force. */
export const decideAdjustment = defineAction({
  action: 'decide_adjustment',
  event: 'adjustment_decided',
  summary: { vi: 'Quyết định điều chỉnh kế hoạch', en: 'Decide on a plan adjustment' },
  body: Type.Object(
    { decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]), reasons: Reasons },
    { additionalProperties: false },
  ),
  apply({ row, input }) {
    const version = row.pending_adjustment_version!;
    const approved = input.decision === 'approved';
    return {
      reasons: input.reasons,
      patch: {
        pending_adjustment_version: null,
        ...(approved ? { approved_plan_version: version, plan_version: version } : {}),
      },
      payload: { planVersion: version, decision: input.decision },
    };
  },
});
