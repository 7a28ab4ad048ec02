import { defineAction } from '../case-action.ts';
import { DecisionBody } from '../decision-fields.ts';
import { checkAttachments, checkPastDate } from '../checks.ts';

/**
 * Art. 8(1), second paragraph: when the collective rejects, the head may still decide in writing
 * to implement, answering for it before the superior agency and the law.
 */
export const overrideRejection = defineAction({
  action: 'override_rejection',
  event: 'rejection_overridden',
  summary: { vi: 'Người đứng đầu quyết định triển khai bằng văn bản', en: 'Head overrides the rejection in writing' },
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
        responsibility: 'head_answers_to_superior_and_law',
      },
    };
  },
});
