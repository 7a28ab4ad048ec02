import type { AppContext } from '../context.ts';
import { DomainError } from '../../domain/errors.ts';

/** The signed-in person: their unit, position and every role they hold. */
export async function signedInPerson(app: AppContext, personId: string) {
  const person = await app.db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .leftJoin('positions', 'positions.code', 'people.position_code')
    .select([
      'people.id',
      'people.full_name',
      'people.username',
      'people.email',
      'people.unit_id',
      'units.name as unit_name',
      'people.position_code',
      'positions.name_vi as position_vi',
      'positions.name_en as position_en',
    ])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  const grants = await app.db
    .selectFrom('role_grants')
    .innerJoin('units', 'units.id', 'role_grants.unit_id')
    .select([
      'role_grants.id',
      'role_grants.unit_id',
      'units.name as unit_name',
      'role_grants.role',
      'role_grants.include_subtree',
    ])
    .where('role_grants.person_id', '=', personId)
    .orderBy('units.name')
    .execute();
  return { person, grants };
}
