import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { LongText } from '../schemas.ts';
import { completePlan } from '../plan-checks.ts';

/** The proposer answers the head's requests and sends the completed plan back. */
export const resubmitProposal = defineAction({
  action: 'resubmit',
  event: 'resubmitted',
  summary: { vi: 'Gửi lại kế hoạch đã hoàn thiện', en: 'Resubmit the completed plan' },
  body: Type.Object({ response: LongText(10_000) }, { additionalProperties: false }),
  async apply({ db, row, input, snapshot }) {
    const { sha256 } = await completePlan(db, row.id, row.plan_version, snapshot.profile);
    return { payload: { response: input.response, planVersion: row.plan_version, planSha256: sha256 } };
  },
});
