import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { AttachmentIds, IsoDateString, LongText, OptionalText } from '../schemas.ts';
import { checkAttachments } from '../checks.ts';

export const reportProgress = defineAction({
  action: 'report_progress',
  event: 'progress_reported',
  summary: { vi: 'Báo cáo tiến độ', en: 'Report progress' },
  body: Type.Object(
    {
      milestone: OptionalText(300),
      percentComplete: Type.Integer({ minimum: 0, maximum: 100 }),
      content: LongText(),
      evidenceAttachmentIds: AttachmentIds,
      /** The period reported on; its dates are bounded by the plan's start and today (domain/case/date-bounds.ts). */
      period: Type.Optional(Type.Object({ from: IsoDateString, to: IsoDateString }, { additionalProperties: false })),
    },
    { additionalProperties: false },
  ),
  async apply({ db, row, input }) {
    const evidence = await checkAttachments(db, row.id, input.evidenceAttachmentIds, 'evidenceAttachmentIds');
    return { payload: { ...input, evidenceAttachmentIds: evidence } };
  },
});
