import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { AttachmentIds, LongText, OptionalText } from '../schemas.ts';
import { checkAttachments } from '../checks.ts';

/** The written report, full and truthful, within 5 working days of completion (evaluation article, cl. 1). */
export const submitCompletionReport = defineAction({
  action: 'submit_completion_report',
  event: 'completion_reported',
  summary: { vi: 'Nộp báo cáo kết quả thực hiện', en: 'Submit the completion report' },
  body: Type.Object(
    {
      results: LongText(),
      targetsAssessment: LongText(),
      difficulties: OptionalText(),
      truthfulDeclaration: Type.Literal(true, { description: 'The reporter declares the report full and truthful' }),
      attachmentIds: AttachmentIds,
    },
    { additionalProperties: false },
  ),
  async apply({ db, row, input }) {
    const attachmentIds = await checkAttachments(db, row.id, input.attachmentIds, 'attachmentIds');
    return { payload: { ...input, attachmentIds } };
  },
});
