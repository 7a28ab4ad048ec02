import type { AppContext } from '../../context.ts';
import { DomainError, invalidField } from '../../../domain/errors.ts';
import { logSecurityEvent, type RequestOrigin } from '../../access/security-events.ts';
import { assertNotThrottled, markSessionVerified, recordAttempt, replaceRecoveryCodes } from './check-second-factor.ts';
import { acceptedStep } from './totp.ts';

/**
 * Confirms an enrolment with a first code from the app: from now on the person signs in with a
 * second factor. Returns the ten recovery codes, shown this once (only their hashes are kept).
 * The session it was confirmed in counts as having given the second factor.
 */
export async function confirmEnrolment(
  app: AppContext,
  personId: string,
  origin: RequestOrigin & { sessionId: string },
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const pending = await app.db
    .selectFrom('second_factors')
    .select(['secret', 'confirmed_at'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!pending) throw new DomainError('conflict', 'second_factor_enrolment_not_started');
  if (pending.confirmed_at) throw new DomainError('conflict', 'second_factor_already_enrolled');
  await assertNotThrottled(app, personId);
  const now = app.now();
  const step = await acceptedStep(app.secondFactorSecrets.open(personId, pending.secret), code.trim(), now, null);
  await recordAttempt(app, personId, step !== null);
  if (step === null) throw invalidField('code', 'wrong_second_factor_code');
  return app.db.transaction().execute(async (tx) => {
    const r = await tx
      .updateTable('second_factors')
      .set({ confirmed_at: now, last_used_step: step })
      .where('person_id', '=', personId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw new DomainError('conflict', 'second_factor_already_enrolled');
    const recoveryCodes = await replaceRecoveryCodes(tx, personId, now);
    await markSessionVerified(tx, origin.sessionId, 'totp', now);
    await logSecurityEvent(tx, {
      at: now,
      kind: 'second_factor_enrolled',
      actorId: personId,
      subjectPersonId: personId,
      origin,
    });
    return { recoveryCodes };
  });
}
