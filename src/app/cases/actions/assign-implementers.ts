import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Ids } from '../schemas.ts';
import { existingPeople } from '../../../db/repositories/org-repository.ts';
import { invalid, type FieldIssue } from '../../../domain/errors.ts';

/** Implementers must accept the assignment and follow the decision and directives (Art. 6(4)). */
export const assignImplementers = defineAction({
  action: 'assign_implementers',
  event: 'implementers_assigned',
  summary: { vi: 'Phân công người thực hiện', en: 'Assign implementers' },
  body: Type.Object({ implementerIds: Ids(1) }, { additionalProperties: false }),
  async apply({ db, input, facts }) {
    const found = await existingPeople(db, input.implementerIds);
    const issues: FieldIssue[] = input.implementerIds.flatMap((id, i) =>
      found.has(id) ? [] : [{ path: `implementerIds[${i}]`, code: 'unknown_person' }],
    );
    if (issues.length) throw invalid(issues);
    const implementerIds = [...new Set([...facts.implementerIds, ...input.implementerIds])];
    return { facts: { ...facts, implementerIds }, payload: { implementerIds: input.implementerIds } };
  },
});
