import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { AttachmentIds, LongText } from '../schemas.ts';
import { checkAttachments } from '../checks.ts';

export const APPRAISAL_OPINIONS = ['supports', 'supports_with_conditions', 'does_not_support'] as const;

export const recordAppraisal = defineAction({
  action: 'record_appraisal',
  event: 'appraisal_recorded',
  summary: { vi: 'Ghi ý kiến thẩm định', en: 'Record an appraisal opinion' },
  body: Type.Object(
    {
      opinion: Type.Union(APPRAISAL_OPINIONS.map((o) => Type.Literal(o))),
      content: LongText(),
      attachmentIds: AttachmentIds,
    },
    { additionalProperties: false },
  ),
  async apply({ db, row, input, facts, actor }) {
    const attachmentIds = await checkAttachments(db, row.id, input.attachmentIds, 'attachmentIds');
    const appraisers = facts.appraisers.map((a) => (a.personId === actor.personId ? { ...a, answered: true } : a));
    return {
      facts: { ...facts, appraisers },
      deadline: { lastAppraisal: appraisers.every((a) => a.answered) },
      payload: { opinion: input.opinion, content: input.content, attachmentIds },
    };
  },
});
