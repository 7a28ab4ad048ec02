import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Reasons } from '../schemas.ts';

/** After a failed vote, without an override, the proposal is rejected with written reasons. */
export const rejectProposal = defineAction({
  action: 'reject',
  event: 'rejected',
  summary: { vi: 'Không chấp thuận đề xuất', en: 'Reject the proposal' },
  body: Type.Object({ reasons: Reasons }, { additionalProperties: false }),
  apply({ input }) {
    return { reasons: input.reasons, payload: {} };
  },
});
