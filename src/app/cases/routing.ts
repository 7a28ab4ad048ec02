import type { Tx } from '../../db/kysely.ts';
import type { UnitRow } from '../../db/schema.ts';
import { getUnit, headOf } from '../../db/repositories/org-repository.ts';
import { DomainError } from '../../domain/errors.ts';

/**
 * Where a proposal goes on submission (Decree 73 Art. 7(3)–(4)): the head of the proposer's
 * unit, or the head of the superior unit when the proposer is the head.
 */
export async function routeFor(tx: Tx, proposerId: string, proposerUnitId: string): Promise<{ unit: UnitRow; toSuperior: boolean }> {
  const own = await getUnit(tx, proposerUnitId);
  const ownHead = await headOf(tx, own.id);
  if (ownHead !== proposerId) {
    if (!ownHead) throw new DomainError('conflict', 'unit_has_no_head', [], { unitId: own.id });
    return { unit: own, toSuperior: false };
  }
  if (!own.parent_id) throw new DomainError('conflict', 'no_superior_unit', [], { unitId: own.id });
  const superior = await getUnit(tx, own.parent_id);
  if (!(await headOf(tx, superior.id))) throw new DomainError('conflict', 'unit_has_no_head', [], { unitId: superior.id });
  return { unit: superior, toSuperior: true };
}
