import type { AppContext } from '../../context.ts';
import type { Actor } from '../../../domain/case/case-snapshot.ts';
import { DomainError } from '../../../domain/errors.ts';
import { revokeOtherSessions } from '../../../db/repositories/session-repository.ts';
import { logSecurityEvent, type RequestOrigin } from '../../access/security-events.ts';
import { requireAdminOver } from '../../org/admin-scope.ts';

/**
 * An administrator of the person's unit removes their second factor (a lost phone and lost recovery
 * codes): the person is signed out everywhere and enrols again at the next sign-in if their role
 * requires it. A deciding operation, so the administrator gives a fresh second factor first.
 */
export async function resetSecondFactor(app: AppContext, actor: Actor, personId: string, origin: RequestOrigin) {
  const person = await app.db.selectFrom('people').select(['unit_id']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  await requireAdminOver(app.db, actor, person.unit_id);
  const now = app.now();
  await app.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('recovery_codes').where('person_id', '=', personId).execute();
    const removed = await tx.deleteFrom('second_factors').where('person_id', '=', personId).executeTakeFirst();
    if (removed.numDeletedRows === 0n) throw new DomainError('conflict', 'second_factor_not_enrolled');
    await revokeOtherSessions(tx, personId, null, now, { tokens: false });
    await logSecurityEvent(tx, {
      at: now,
      kind: 'second_factor_disabled',
      actorId: actor.personId,
      subjectPersonId: personId,
      origin,
    });
  });
  return { ok: true as const };
}
