import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { IsoDateString, OptionalText } from '../schemas.ts';
import { checkPastDate } from '../checks.ts';

/** Art. 4: the same-level Party committee is asked before approval and before evaluation. */
export const requestPartyOpinion = defineAction({
  action: 'request_party_opinion',
  event: 'party_opinion_requested',
  summary: { vi: 'Xin ý kiến cấp ủy', en: 'Request the Party committee opinion' },
  body: Type.Object(
    { requestedOn: Type.Optional(IsoDateString), note: OptionalText(5000) },
    { additionalProperties: false },
  ),
  apply({ input, facts, snapshot, today }) {
    const requestedOn = input.requestedOn ? checkPastDate(input.requestedOn, 'requestedOn', today) : today;
    const stage = snapshot.state === 'completion_reported' ? 'evaluation' : 'approval';
    return {
      facts: { ...facts, partyOpinions: [...facts.partyOpinions, { stage, requestedOn, givenOn: null }] },
      payload: {
        stage,
        requestedOn,
        partyUnitId: snapshot.receivingPartyUnitId,
        ...(input.note ? { note: input.note } : {}),
      },
    };
  },
});
