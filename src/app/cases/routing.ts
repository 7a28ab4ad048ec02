import type { Db } from '../../db/kysely.ts';
import type { UnitRow } from '../../db/schema.ts';
import { getUnit, headOf } from '../../db/repositories/org-repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { receivingUnitIndex } from '../../domain/case/routing-rule.ts';

/**
 * Where a proposal goes on submission (Decree 73 Art. 7(3)–(4)): the head of the proposer's
 * unit, or the head of the superior unit when that head is the proposer or a co-proposer.
 */
export async function routeFor(
  tx: Db,
  proposerIds: readonly string[],
  proposerUnitId: string,
): Promise<{ unit: UnitRow; toSuperior: boolean }> {
  const own = await getUnit(tx, proposerUnitId);
  // ancestor_ids runs from the root to the unit itself; the route climbs from the unit upwards.
  const upwards = [...own.ancestor_ids].reverse();
  const chain: { unit: UnitRow; headId: string | undefined }[] = [];
  for (const id of upwards) {
    const unit = id === own.id ? own : await getUnit(tx, id);
    const headId = await headOf(tx, unit.id);
    chain.push({ unit, headId });
    if (!headId || !proposerIds.includes(headId)) break;
  }
  const outcome = receivingUnitIndex(chain, proposerIds);
  if ('error' in outcome) {
    const unitId = chain[outcome.unitIndex]?.unit.id ?? own.id;
    throw new DomainError('conflict', outcome.error, [], { unitId });
  }
  return { unit: chain[outcome.index]!.unit, toSuperior: outcome.toSuperior };
}
