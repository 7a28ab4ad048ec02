import { Type } from 'typebox';
import { DomainError } from '../../../domain/errors.ts';
import { defineAction } from '../case-action.ts';
import { IsoDateString, LongText, ShortText } from '../schemas.ts';

/**
 * KL14 §2.5, institutionalisation: an initiative that revealed a gap in the rules becomes a
 * proposal to the competent body to regulate it, tracked until the regulation is issued.
 */
export const proposeInstitutionalisation = defineAction({
  action: 'propose_institutionalisation',
  event: 'institutionalisation_proposed',
  summary: { vi: 'Đề xuất thể chế hoá', en: 'Propose institutionalisation' },
  body: Type.Object(
    { addressedTo: ShortText(300), gap: LongText(4000), proposal: LongText(4000) },
    { additionalProperties: false },
  ),
  apply({ facts, input }) {
    return {
      payload: { ...input },
      facts: { ...facts, institutionalisation: { status: 'proposed' as const, addressedTo: input.addressedTo } },
    };
  },
});

export const recordRegulationIssued = defineAction({
  action: 'record_regulation_issued',
  event: 'regulation_issued',
  summary: { vi: 'Ghi nhận văn bản quy phạm đã ban hành', en: 'Record the regulation issued' },
  body: Type.Object(
    { documentNumber: ShortText(100), issuedOn: IsoDateString, issuer: ShortText(300), title: ShortText(500) },
    { additionalProperties: false },
  ),
  apply({ facts, input }) {
    const pending = facts.institutionalisation;
    if (!pending) throw new DomainError('conflict', 'no_institutionalisation_pending');
    return {
      payload: { ...input },
      facts: { ...facts, institutionalisation: { ...pending, status: 'issued' as const } },
    };
  },
});
