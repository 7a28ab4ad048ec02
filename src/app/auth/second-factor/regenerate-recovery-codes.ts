import type { AppContext } from '../../context.ts';
import { logSecurityEvent, type RequestOrigin } from '../../access/security-events.ts';
import { checkSecondFactor, markSessionVerified, replaceRecoveryCodes } from './check-second-factor.ts';

/** Ten new recovery codes in place of the unused old ones, given a current code from the app. */
export async function regenerateRecoveryCodes(
  app: AppContext,
  personId: string,
  origin: RequestOrigin & { sessionId: string },
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  await checkSecondFactor(app, personId, { code }, origin);
  const now = app.now();
  return app.db.transaction().execute(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, personId, now);
    await markSessionVerified(tx, origin.sessionId, 'totp', now);
    await logSecurityEvent(tx, {
      at: now,
      kind: 'recovery_codes_regenerated',
      actorId: personId,
      subjectPersonId: personId,
      origin,
    });
    return { recoveryCodes };
  });
}
