import { Type } from 'typebox';
import { AttachmentIds, IsoDateString, Reasons, ShortText } from './schemas.ts';

/** A written decision: its number, date, reasons and the signed document. */
export const DecisionBody = Type.Object(
  { decisionNumber: ShortText(100), decisionDate: IsoDateString, reasons: Reasons, attachmentIds: AttachmentIds },
  { additionalProperties: false },
);
