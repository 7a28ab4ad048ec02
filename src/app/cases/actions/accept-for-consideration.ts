import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { OptionalText } from '../schemas.ts';
import { invalid, type FieldIssue } from '../../../domain/errors.ts';

/** Each unmet Art. 5(1) condition gets its own message, so the reader sees which one is missing. */
const CONDITION_NOT_MET = {
  removesBottleneck: 'removes_bottleneck_not_met',
  commonGood: 'common_good_not_met',
  urgentPracticalNeed: 'urgent_practical_need_not_met',
  noAdverseEffect: 'no_adverse_effect_not_met',
  promotesReform: 'promotes_reform_not_met',
} as const;

/**
 * The head's intake against Art. 5(1): the content removes a bottleneck (a), serves the common
 * good (b), answers an urgent practical need without harming defence, security or others (c),
 * and — where the profile makes it cumulative — promotes decentralisation or reform (d); and the
 * matter is within the unit's authority (Art. 4(2)), otherwise it is forwarded up.
 */
export const acceptForConsideration = defineAction({
  action: 'accept_for_consideration',
  event: 'accepted_for_consideration',
  summary: { vi: 'Tiếp nhận xem xét (Điều 5 khoản 1)', en: 'Accept for consideration (Art. 5(1))' },
  body: Type.Object(
    {
      conditions: Type.Object(
        {
          removesBottleneck: Type.Boolean(),
          commonGood: Type.Boolean(),
          urgentPracticalNeed: Type.Boolean(),
          noAdverseEffect: Type.Boolean(),
          promotesReform: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
      withinAuthority: Type.Boolean(),
      note: OptionalText(5000),
    },
    { additionalProperties: false },
  ),
  apply({ input, snapshot }) {
    const c = input.conditions;
    const issues: FieldIssue[] = [];
    for (const key of ['removesBottleneck', 'commonGood', 'urgentPracticalNeed', 'noAdverseEffect'] as const) {
      if (!c[key]) issues.push({ path: `conditions.${key}`, code: CONDITION_NOT_MET[key] });
    }
    if (snapshot.profile.art5ConditionDRequired && !c.promotesReform) {
      issues.push({ path: 'conditions.promotesReform', code: CONDITION_NOT_MET.promotesReform });
    }
    if (!input.withinAuthority) issues.push({ path: 'withinAuthority', code: 'forward_instead' });
    if (issues.length) throw invalid(issues, 'intake_conditions_not_met');
    return { payload: { conditions: c, withinAuthority: true, ...(input.note ? { note: input.note } : {}) } };
  },
});
