import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Reasons, ShortText } from '../schemas.ts';

/** The head sends the plan back with the points to complete; the profile says whether the clock pauses. */
export const returnForCompletion = defineAction({
  action: 'return_for_completion',
  event: 'returned_for_completion',
  summary: { vi: 'Yêu cầu bổ sung, hoàn thiện kế hoạch', en: 'Return the plan for completion' },
  body: Type.Object(
    { requests: Type.Array(ShortText(2000), { minItems: 1, maxItems: 50 }), reasons: Reasons },
    { additionalProperties: false },
  ),
  apply({ input, snapshot }) {
    return { reasons: input.reasons, payload: { requests: input.requests, clock: snapshot.profile.clockOnReturn } };
  },
});
