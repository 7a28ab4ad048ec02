import { byKey } from '../by-key.ts';
import type { Db, Tx } from '../kysely.ts';
import type { UnitRow } from '../schema.ts';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

export async function loadActor(db: Db | Tx, personId: string): Promise<Actor | undefined> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'unit_id'])
    .where('id', '=', personId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!person) return undefined;
  const grants = await db
    .selectFrom('role_grants')
    .select(['unit_id', 'role', 'include_subtree'])
    .where('person_id', '=', personId)
    .execute();
  return {
    personId: person.id,
    unitId: person.unit_id,
    grants: grants.map((g) => ({ unitId: g.unit_id, role: g.role as Role, includeSubtree: g.include_subtree })),
  };
}

export async function getUnit(db: Db | Tx, id: string): Promise<UnitRow> {
  const unit = await db.selectFrom('units').selectAll().where('id', '=', id).modifyEnd(byKey).executeTakeFirst();
  if (!unit) throw new DomainError('not_found', 'unit_not_found', [], { id });
  return unit;
}

/** The person holding the head role of a unit, if any. */
export async function headOf(db: Db | Tx, unitId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('role_grants')
    .select('person_id')
    .where('unit_id', '=', unitId)
    .where('role', '=', 'head')
    .modifyEnd(byKey)
    .executeTakeFirst();
  return row?.person_id;
}

/** Head and deputies of a unit: its leadership collective. */
export async function collectiveOf(
  db: Db | Tx,
  unitId: string,
): Promise<{ headId: string | undefined; members: string[] }> {
  const rows = await db
    .selectFrom('role_grants')
    .select(['person_id', 'role'])
    .where('unit_id', '=', unitId)
    .where('role', 'in', ['head', 'deputy'])
    .modifyEnd(byKey)
    .execute();
  return {
    headId: rows.find((r) => r.role === 'head')?.person_id,
    members: [...new Set(rows.map((r) => r.person_id))],
  };
}

export async function personIdsWithRole(db: Db | Tx, personIds: string[], role: Role): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('role_grants')
    .select('person_id')
    .where('person_id', 'in', personIds)
    .where('role', '=', role)
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

export async function existingPeople(db: Db | Tx, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('id', 'in', personIds)
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The full names of people, in the order asked for (unknown ids left out). */
export async function namesOf(db: Db | Tx, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', personIds).execute();
  const byId = new Map(rows.map((r) => [r.id, r.full_name]));
  return personIds.flatMap((id) => byId.get(id) ?? []);
}
