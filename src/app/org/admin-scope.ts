import type { Tx, Db } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

/** An administrator manages the units below (and including) the units where they hold the role. */
export async function requireAdminOver(db: Db | Tx, actor: Actor, unitId: string): Promise<void> {
  const adminUnits = actor.grants.filter((g) => g.role === 'administrator').map((g) => g.unitId);
  if (adminUnits.length === 0) throw new DomainError('forbidden', 'not_permitted');
  const unit = await db.selectFrom('units').select('ancestor_ids').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw new DomainError('validation', 'validation_failed', [{ path: 'unitId', code: 'unknown_unit' }]);
  if (!unit.ancestor_ids.some((id) => adminUnits.includes(id))) throw new DomainError('forbidden', 'not_permitted');
}

/** Whether the actor administers this unit (it lies in the subtree of a unit where they hold the role). */
export async function administersUnit(db: Db | Tx, actor: Actor, unitId: string): Promise<boolean> {
  const adminUnits = actor.grants.filter((g) => g.role === 'administrator').map((g) => g.unitId);
  if (adminUnits.length === 0) return false;
  const unit = await db.selectFrom('units').select('ancestor_ids').where('id', '=', unitId).executeTakeFirst();
  return !!unit && unit.ancestor_ids.some((id) => adminUnits.includes(id));
}

export function requireAnyAdmin(actor: Actor): void {
  if (!actor.grants.some((g) => g.role === 'administrator')) throw new DomainError('forbidden', 'not_permitted');
}

export async function audit(tx: Tx, actor: Actor, action: string, entity: string, entityId: string, payload: unknown) {
  await tx
    .insertInto('audit_log')
    .values({ actor_id: actor.personId, action, entity, entity_id: entityId, payload: JSON.stringify(payload ?? {}) })
    .execute();
}
