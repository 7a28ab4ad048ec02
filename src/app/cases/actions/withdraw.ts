import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { OptionalText, WithdrawalReason } from '../schemas.ts';
import { invalidField } from '../../../domain/errors.ts';

/** The proposer may withdraw before a decision, giving one of the fixed reasons. */
export const withdrawProposal = defineAction({
  action: 'withdraw',
  event: 'withdrawn',
  summary: { vi: 'Rút đề xuất', en: 'Withdraw the proposal' },
  body: Type.Object({ reason: WithdrawalReason, note: OptionalText(5000) }, { additionalProperties: false }),
  apply({ input }) {
    const note = input.note?.trim();
    if (input.reason === 'other' && !note) throw invalidField('note', 'required_for_other');
    return { payload: { reason: input.reason, ...(note ? { note } : {}) } };
  },
});
