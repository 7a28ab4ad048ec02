import type { AppContext } from '../context.ts';
import { deleteIdentityLink, identitiesOf, insertIdentityLink } from '../../db/repositories/identity-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { audit, requireAdminOver } from '../org/admin-scope.ts';

/** The person, when the actor administers their unit; 404 for an unknown person. */
async function administeredPerson(app: AppContext, actor: Actor, personId: string) {
  const person = await app.db.selectFrom('people').select(['unit_id']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  await requireAdminOver(app.db, actor, person.unit_id);
}

export async function listPersonIdentities(app: AppContext, actor: Actor, personId: string) {
  await administeredPerson(app, actor, personId);
  return identitiesOf(app.db, personId);
}

/**
 * An administrator of the person's unit links a provider's account to them: the way in for a
 * province whose provider has no verified claim Khiên can match. One account, one person.
 */
export async function linkPersonIdentity(
  app: AppContext,
  actor: Actor,
  personId: string,
  link: { issuer: string; subject: string },
) {
  await administeredPerson(app, actor, personId);
  const now = app.now();
  return app.db.transaction().execute(async (tx) => {
    const id = await insertIdentityLink(tx, {
      issuer: link.issuer,
      subject: link.subject,
      personId,
      linkedBy: actor.personId,
      linkedVia: 'administrator',
      at: now,
    });
    if (!id) throw new DomainError('conflict', 'oidc_identity_taken', [{ path: 'subject', code: 'duplicate' }]);
    await audit(tx, actor, 'identity_linked', 'person', personId, { issuer: link.issuer, subject: link.subject });
    return id;
  });
}

export async function unlinkPersonIdentity(app: AppContext, actor: Actor, personId: string, identityId: string) {
  await administeredPerson(app, actor, personId);
  await app.db.transaction().execute(async (tx) => {
    const gone = await deleteIdentityLink(tx, personId, identityId);
    if (!gone) throw new DomainError('not_found', 'identity_not_found');
    await audit(tx, actor, 'identity_unlinked', 'person', personId, gone);
  });
}
