import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { AttachmentIds, IsoDateString, LongText } from '../schemas.ts';
import { checkAttachments, checkPastDate } from '../checks.ts';

export const INSPECTION_RECOMMENDATIONS = ['none', 'continue', 'adjust', 'suspend', 'terminate'] as const;

export const recordInspection = defineAction({
  action: 'record_inspection',
  event: 'inspection_recorded',
  summary: { vi: 'Ghi biên bản kiểm tra, giám sát', en: 'Record an inspection' },
  body: Type.Object(
    {
      inspectedOn: IsoDateString,
      findings: LongText(),
      recommendation: Type.Union(INSPECTION_RECOMMENDATIONS.map((r) => Type.Literal(r))),
      attachmentIds: AttachmentIds,
    },
    { additionalProperties: false },
  ),
  async apply({ db, row, input, today }) {
    const inspectedOn = checkPastDate(input.inspectedOn, 'inspectedOn', today);
    const attachmentIds = await checkAttachments(db, row.id, input.attachmentIds, 'attachmentIds');
    return { payload: { ...input, inspectedOn, attachmentIds } };
  },
});
