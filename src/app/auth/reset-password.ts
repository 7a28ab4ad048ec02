import type { AppContext } from '../context.ts';
import { revokeOtherSessions } from '../../db/repositories/session-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { audit, requireAdminOver } from '../org/admin-scope.ts';
import { hashPassword } from './login.ts';
import { logSecurityEvent, type RequestOrigin, UNKNOWN_ORIGIN } from '../access/security-events.ts';
import { assertAcceptablePassword, personalWordsOf } from './password-strength.ts';

/**
 * An administrator of the person's unit sets a temporary password: the person is signed out
 * everywhere, their API tokens end, and at the next sign-in they can do nothing before choosing
 * their own password (ASVS V6.4.1 initial passwords, V7.4.3).
 */
export async function resetPassword(
  app: AppContext,
  actor: Actor,
  personId: string,
  password: string,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
) {
  const person = await app.db.selectFrom('people').select(['unit_id']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  await requireAdminOver(app.db, actor, person.unit_id);
  assertAcceptablePassword(password, await personalWordsOf(app.db, personId), 'password');
  const hash = await hashPassword(password);
  const now = app.now();
  await app.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('people')
      .set({ password_hash: hash, must_change_password: true, password_changed_at: now })
      .where('id', '=', personId)
      .execute();
    const endedSessions = await revokeOtherSessions(tx, personId, null, now, { tokens: true });
    await audit(tx, actor, 'password_reset', 'person', personId, { endedSessions });
    await logSecurityEvent(tx, {
      at: now,
      kind: 'password_reset',
      actorId: actor.personId,
      subjectPersonId: personId,
      origin,
    });
  });
  return { ok: true as const, mustChangePassword: true as const };
}
