import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { administersUnit } from './admin-scope.ts';
import { unitScopeOf } from './unit-visibility.ts';

/**
 * A directory entry, for those whose directory lists the person (and the person), with what only
 * some may see: role grants for administrators and organisation officers over the person's unit;
 * the e-mail for them and the person; the username for the person and administrators of their unit.
 */
export async function personDetails(app: AppContext, actor: Actor, personId: string) {
  const person = await app.db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select([
      'people.id',
      'people.full_name',
      'people.email',
      'people.username',
      'people.unit_id',
      'units.name as unit_name',
      'people.position_code',
      'people.active',
      'units.ancestor_ids',
    ])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  const { ancestor_ids: ancestors, ...entry } = person;
  // The directory's scope (list-people.ts): someone outside it is answered as an id that does not exist.
  const self = actor.personId === person.id;
  const scope = await unitScopeOf(app.db, actor);
  if (!self && !scope.national && !scope.roots.some((root) => ancestors.includes(root)))
    throw new DomainError('not_found', 'person_not_found');
  // Administrators and organisation officers see grants and e-mails of the people they look after:
  // those of a unit inside their grant (an administrator's always reaches below it), not the country's.
  const mayManage = actor.grants.some(
    (g) =>
      (g.role === 'administrator' || g.role === 'org_officer') &&
      (g.unitId === person.unit_id ||
        ((g.role === 'administrator' || g.includeSubtree) && ancestors.includes(g.unitId))),
  );
  const grants = mayManage
    ? await app.db
        .selectFrom('role_grants')
        .innerJoin('units', 'units.id', 'role_grants.unit_id')
        .select([
          'role_grants.id',
          'role_grants.unit_id',
          'units.name as unit_name',
          'role_grants.role',
          'role_grants.include_subtree',
        ])
        .where('role_grants.person_id', '=', person.id)
        .orderBy(sql`units.name collate vi`)
        .execute()
    : null;
  // A username is half of a sign-in.
  const username = self || (await administersUnit(app.db, actor, person.unit_id)) ? person.username : null;
  return { ...entry, username, email: mayManage || self ? person.email : null, grants };
}
