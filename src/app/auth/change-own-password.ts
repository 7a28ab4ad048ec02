import { verify } from '@node-rs/argon2';
import type { AppContext } from '../context.ts';
import { revokeOtherSessions } from '../../db/repositories/session-repository.ts';
import { logSecurityEvent, type RequestOrigin } from '../access/security-events.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';
import { hashPassword } from './login.ts';
import { assertAcceptablePassword, personalWordsOf } from './password-strength.ts';

/**
 * A person changes their own password (ASVS V6.2.2–3): the current one is required, the new one
 * must meet the policy and differ from it. Every other session and every API token of theirs ends
 * in the same transaction (V7.4.3); the session the change was made in goes on.
 */
export async function changeOwnPassword(
  app: AppContext,
  personId: string,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  origin: RequestOrigin = { via: 'session', sessionId, ip: null },
): Promise<{ endedSessions: number }> {
  const person = await app.db
    .selectFrom('people')
    .select(['password_hash'])
    .where('id', '=', personId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!person) throw new DomainError('unauthenticated', 'unauthenticated');
  const current =
    !!person.password_hash && (await verify(person.password_hash, input.currentPassword).catch(() => false));
  if (!current) throw invalidField('currentPassword', 'wrong_current_password');
  if (input.newPassword === input.currentPassword) throw invalidField('newPassword', 'password_unchanged');
  assertAcceptablePassword(input.newPassword, await personalWordsOf(app.db, personId));
  const hash = await hashPassword(input.newPassword);
  const now = app.now();
  return app.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('people')
      .set({ password_hash: hash, must_change_password: false, password_changed_at: now })
      .where('id', '=', personId)
      .execute();
    const endedSessions = await revokeOtherSessions(tx, personId, sessionId, now, { tokens: true });
    await tx
      .insertInto('audit_log')
      .values({
        actor_id: personId,
        action: 'password_changed',
        entity: 'person',
        entity_id: personId,
        payload: JSON.stringify({ endedSessions }),
      })
      .execute();
    await logSecurityEvent(tx, {
      at: now,
      kind: 'password_changed',
      actorId: personId,
      subjectPersonId: personId,
      origin,
    });
    return { endedSessions };
  });
}
