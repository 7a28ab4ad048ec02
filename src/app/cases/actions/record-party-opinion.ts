import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { AttachmentIds, IsoDateString, LongText } from '../schemas.ts';
import { checkAttachments, checkPastDate } from '../checks.ts';

export const PARTY_OPINIONS = ['agree', 'agree_with_conditions', 'disagree'] as const;

/** The liaison records the committee's opinion: when it was asked, when given, what it says. */
export const recordPartyOpinion = defineAction({
  action: 'record_party_opinion',
  event: 'party_opinion_recorded',
  summary: { vi: 'Ghi nhận ý kiến cấp ủy', en: 'Record the Party committee opinion' },
  body: Type.Object(
    {
      opinion: Type.Union(PARTY_OPINIONS.map((o) => Type.Literal(o))),
      content: LongText(),
      givenOn: IsoDateString,
      attachmentIds: AttachmentIds,
    },
    { additionalProperties: false },
  ),
  async apply({ db, row, input, facts, today }) {
    const index = facts.partyOpinions.findLastIndex((p) => p.givenOn === null);
    const request = facts.partyOpinions[index]!;
    const givenOn = checkPastDate(input.givenOn, 'givenOn', today, request.requestedOn);
    const attachmentIds = await checkAttachments(db, row.id, input.attachmentIds, 'attachmentIds');
    const partyOpinions = facts.partyOpinions.map((p, i) => (i === index ? { ...p, givenOn } : p));
    return {
      facts: { ...facts, partyOpinions },
      payload: {
        stage: request.stage,
        requestedOn: request.requestedOn,
        givenOn,
        opinion: input.opinion,
        content: input.content,
        attachmentIds,
      },
    };
  },
});
