import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Ids, OptionalText } from '../schemas.ts';
import { personIdsWithRole } from '../../../db/repositories/org-repository.ts';
import { invalid, type FieldIssue } from '../../../domain/errors.ts';

/** Optional appraisal (Art. 8(2) for wide or complex proposals): by named appraisers or a council. */
export const assignAppraisers = defineAction({
  action: 'assign_appraisers',
  event: 'appraisers_assigned',
  summary: { vi: 'Phân công thẩm định', en: 'Assign appraisers' },
  body: Type.Object({ appraiserIds: Ids(1), council: OptionalText(300) }, { additionalProperties: false }),
  async apply({ db, input, facts, row }) {
    const qualified = await personIdsWithRole(db, input.appraiserIds, 'appraiser');
    const issues: FieldIssue[] = [];
    input.appraiserIds.forEach((id, i) => {
      if (!qualified.has(id)) issues.push({ path: `appraiserIds[${i}]`, code: 'not_an_appraiser' });
      else if (facts.appraisers.some((a) => a.personId === id))
        issues.push({ path: `appraiserIds[${i}]`, code: 'already_assigned' });
      else if (id === row.proposer_id || facts.coProposerIds.includes(id))
        issues.push({ path: `appraiserIds[${i}]`, code: 'is_proposer' });
    });
    if (issues.length) throw invalid(issues);
    const appraisers = [...facts.appraisers, ...input.appraiserIds.map((personId) => ({ personId, answered: false }))];
    return {
      facts: { ...facts, appraisers },
      payload: { appraiserIds: input.appraiserIds, ...(input.council ? { council: input.council } : {}) },
    };
  },
});
