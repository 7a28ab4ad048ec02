import type { AppContext } from '../../context.ts';
import type { Actor } from '../../../domain/case/case-snapshot.ts';
import { DEFAULT_SECOND_FACTOR_POLICY, requiredByRole } from '../../../domain/auth/second-factor.ts';
import { DomainError } from '../../../domain/errors.ts';
import { logSecurityEvent, type RequestOrigin } from '../../access/security-events.ts';
import { checkSecondFactor } from './check-second-factor.ts';

/**
 * Turns the second factor off, given a current code from the app. Not for a person whose role
 * requires one: they would be made to enrol again at once.
 */
export async function disableSecondFactor(
  app: AppContext,
  actor: Actor,
  origin: RequestOrigin,
  code: string,
): Promise<{ ok: true }> {
  if (requiredByRole(actor.grants, app.secondFactor ?? DEFAULT_SECOND_FACTOR_POLICY))
    throw new DomainError('forbidden', 'second_factor_required_by_role');
  await checkSecondFactor(app, actor.personId, { code }, origin);
  const now = app.now();
  await app.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('recovery_codes').where('person_id', '=', actor.personId).execute();
    await tx.deleteFrom('second_factors').where('person_id', '=', actor.personId).execute();
    await logSecurityEvent(tx, {
      at: now,
      kind: 'second_factor_disabled',
      actorId: actor.personId,
      subjectPersonId: actor.personId,
      origin,
    });
  });
  return { ok: true };
}
