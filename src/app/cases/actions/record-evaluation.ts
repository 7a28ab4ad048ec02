import { asTransaction } from '../../../db/kysely.ts';
import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Ids, IsoDateString, LongText, Money } from '../schemas.ts';
import { checkPastDate } from '../checks.ts';
import { decidingCollective } from '../collective.ts';
import { invalid, invalidField, type FieldIssue } from '../../../domain/errors.ts';
import { openOnEvaluation, protectionCaseRef } from '../../protection/open-protection-case.ts';

import { EVALUATION_OUTCOMES } from '../../../contract/events.ts';
export { EVALUATION_OUTCOMES };

/**
 * Within 7 working days of the report, the head chairs the collective (less a deputy who is a
 * proposer) to evaluate: the outcome, any damage, and the objective and subjective causes.
 */
export const recordEvaluation = defineAction({
  action: 'record_evaluation',
  event: 'evaluated',
  summary: { vi: 'Ghi kết quả đánh giá', en: 'Record the evaluation' },
  body: Type.Object(
    {
      meetingOn: IsoDateString,
      attendeeIds: Ids(1),
      outcome: Type.Union(EVALUATION_OUTCOMES.map((o) => Type.Literal(o))),
      damage: Type.Object(
        { occurred: Type.Boolean(), estimateVnd: Type.Optional(Money) },
        { additionalProperties: false },
      ),
      causes: Type.Object({ objective: LongText(), subjective: LongText() }, { additionalProperties: false }),
      conclusion: LongText(),
    },
    { additionalProperties: false },
  ),
  locked: true,
  async apply({ db, row, facts, input, snapshot, today, now }) {
    const reportedOn = snapshot.deadlines.findLast((d) => d.step === 'evaluation')?.startedOn;
    const meetingOn = checkPastDate(input.meetingOn, 'meetingOn', today, reportedOn);
    if (!input.damage.occurred && input.damage.estimateVnd)
      throw invalidField('damage.estimateVnd', 'no_damage_declared');
    const body = await decidingCollective(db, snapshot);
    const issues: FieldIssue[] = [];
    input.attendeeIds.forEach((id, i) => {
      if (body.excluded.includes(id)) issues.push({ path: `attendeeIds[${i}]`, code: 'voter_excluded' });
      else if (!body.members.includes(id)) issues.push({ path: `attendeeIds[${i}]`, code: 'not_a_member' });
    });
    if (!input.attendeeIds.includes(body.headId)) issues.push({ path: 'attendeeIds', code: 'head_must_chair' });
    if (issues.length) throw invalid(issues);
    // A proposal that fell short or caused damage opens its protection case (Art. 11) in this
    // same transaction, so no such evaluation can exist without one.
    const opened = await openOnEvaluation(asTransaction(db), { row, facts, profile: snapshot.profile, now }, input);
    return {
      payload: {
        ...input,
        meetingOn,
        excludedIds: body.excluded,
        approvedPlanVersion: row.approved_plan_version,
        ...(opened ? { protectionCase: protectionCaseRef(opened) } : {}),
      },
      // Kept with the case: what may follow the evaluation (a model, KL14 §2.5) depends on it.
      facts: { ...facts, evaluationOutcome: input.outcome },
    };
  },
});
