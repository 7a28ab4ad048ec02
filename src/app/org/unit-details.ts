import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { unitDetailsVisible, unitScopeOf } from './unit-visibility.ts';

/** A unit and its leaders (head, deputies, Party liaison), if the person may see them. */
export async function unitDetails(app: AppContext, actor: Actor, unitId: string) {
  const visible = await unitDetailsVisible(app.db, actor, await unitScopeOf(app.db, actor), unitId);
  // A unit outside what the person needs answers exactly like one that does not exist.
  const unit = visible
    ? await app.db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst()
    : undefined;
  if (!unit) throw new DomainError('not_found', 'unit_not_found');
  const leaders = await app.db
    .selectFrom('role_grants')
    .innerJoin('people', 'people.id', 'role_grants.person_id')
    .select(['people.id', 'people.full_name', 'role_grants.role'])
    .where('role_grants.unit_id', '=', unit.id)
    .where('role_grants.role', 'in', ['head', 'deputy', 'party_liaison'])
    .execute();
  return { unit, leaders };
}
