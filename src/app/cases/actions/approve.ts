import { defineAction } from '../case-action.ts';
import { DecisionBody } from '../decision-fields.ts';
import { checkAttachments, checkPastDate } from '../checks.ts';

/** After a passed vote the head issues the decision to implement, with reasons. */
export const approveProposal = defineAction({
  action: 'approve',
  event: 'approved',
  summary: { vi: 'Quyết định cho triển khai thực hiện', en: 'Decide to implement' },
  body: DecisionBody,
  async apply({ db, row, input, today }) {
    const decisionDate = checkPastDate(input.decisionDate, 'decisionDate', today);
    const attachmentIds = await checkAttachments(db, row.id, input.attachmentIds, 'attachmentIds');
    return {
      reasons: input.reasons,
      patch: { approved_plan_version: row.plan_version },
      payload: {
        decisionNumber: input.decisionNumber,
        decisionDate,
        approvedPlanVersion: row.plan_version,
        attachmentIds,
      },
    };
  },
});
