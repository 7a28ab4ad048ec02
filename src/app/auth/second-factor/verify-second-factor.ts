import type { AppContext } from '../../context.ts';
import type { RequestOrigin } from '../../access/security-events.ts';
import { checkSecondFactor, type FactorInput, markSessionVerified } from './check-second-factor.ts';

/**
 * The second step of signing in, and the step-up before a deciding action: a code from the app
 * (or a recovery code) marks the session as having given its second factor now.
 */
export async function verifySecondFactor(
  app: AppContext,
  personId: string,
  origin: RequestOrigin & { sessionId: string },
  input: FactorInput,
): Promise<{ method: string; verifiedAt: Date }> {
  const method = await checkSecondFactor(app, personId, input, origin);
  const now = app.now();
  await markSessionVerified(app.db, origin.sessionId, method, now);
  return { method, verifiedAt: now };
}
