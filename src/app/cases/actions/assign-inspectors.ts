import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Ids } from '../schemas.ts';
import { personIdsWithRole } from '../../../db/repositories/org-repository.ts';
import { invalid, type FieldIssue } from '../../../domain/errors.ts';

/** Monitoring and inspection of the pilot (KL14 point 2.4). */
export const assignInspectors = defineAction({
  action: 'assign_inspectors',
  event: 'inspectors_assigned',
  summary: { vi: 'Phân công kiểm tra, giám sát', en: 'Assign inspectors' },
  body: Type.Object({ inspectorIds: Ids(1) }, { additionalProperties: false }),
  async apply({ db, input, facts }) {
    const qualified = await personIdsWithRole(db, input.inspectorIds, 'inspector');
    const issues: FieldIssue[] = input.inspectorIds.flatMap((id, i) =>
      qualified.has(id) ? [] : [{ path: `inspectorIds[${i}]`, code: 'not_an_inspector' }],
    );
    if (issues.length) throw invalid(issues);
    const inspectorIds = [...new Set([...facts.inspectorIds, ...input.inspectorIds])];
    return { facts: { ...facts, inspectorIds }, payload: { inspectorIds: input.inspectorIds } };
  },
});
