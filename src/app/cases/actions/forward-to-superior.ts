import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Id, Reasons } from '../schemas.ts';
import { getUnit, headOf } from '../../../db/repositories/org-repository.ts';
import { DomainError, invalidField } from '../../../domain/errors.ts';

/** A matter beyond the unit's authority (Art. 4(2)) goes up to a superior level that can decide it. */
export const forwardToSuperior = defineAction({
  action: 'forward_to_superior',
  event: 'forwarded_to_superior',
  summary: { vi: 'Chuyển cấp trên có thẩm quyền', en: 'Forward to the competent superior' },
  body: Type.Object({ targetUnitId: Id, reasons: Reasons }, { additionalProperties: false }),
  async apply({ db, row, input, facts }) {
    const current = await getUnit(db, row.receiving_unit_id!);
    if (input.targetUnitId === current.id || !current.ancestor_ids.includes(input.targetUnitId)) {
      throw invalidField('targetUnitId', 'not_a_superior_unit');
    }
    const target = await getUnit(db, input.targetUnitId);
    const targetHead = await headOf(db, target.id);
    if (!targetHead) throw new DomainError('conflict', 'unit_has_no_head', [], { unitId: target.id });
    // Art. 7(4): a proposer (lead or co-proposer) never receives their own proposal.
    if (targetHead === row.proposer_id || facts.coProposerIds.includes(targetHead))
      throw invalidField('targetUnitId', 'head_is_proposer');
    return { routeTo: target, reasons: input.reasons, payload: { fromUnitId: current.id, toUnitId: target.id } };
  },
});
