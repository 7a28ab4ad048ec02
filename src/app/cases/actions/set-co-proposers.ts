import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Ids } from '../schemas.ts';
import { existingPeople } from '../../../db/repositories/org-repository.ts';
import { invalid, type FieldIssue } from '../../../domain/errors.ts';

/** A proposal may come from a group: the lead proposer names the co-proposers. */
export const setCoProposers = defineAction({
  action: 'set_co_proposers',
  event: 'co_proposers_set',
  summary: { vi: 'Cập nhật đồng đề xuất', en: 'Set co-proposers' },
  body: Type.Object({ coProposerIds: Ids() }, { additionalProperties: false }),
  async apply({ db, row, input, facts }) {
    const found = await existingPeople(db, input.coProposerIds);
    const issues: FieldIssue[] = [];
    input.coProposerIds.forEach((id, i) => {
      if (id === row.proposer_id) issues.push({ path: `coProposerIds[${i}]`, code: 'is_proposer' });
      else if (!found.has(id)) issues.push({ path: `coProposerIds[${i}]`, code: 'unknown_person' });
    });
    if (issues.length) throw invalid(issues);
    return { facts: { ...facts, coProposerIds: input.coProposerIds }, payload: { coProposerIds: input.coProposerIds } };
  },
});
