import type { AppContext } from '../../context.ts';
import type { Actor } from '../../../domain/case/case-snapshot.ts';
import { DEFAULT_SECOND_FACTOR_POLICY, requiredByRole } from '../../../domain/auth/second-factor.ts';

/** The person's second factor as their account page shows it. */
export async function secondFactorStatus(app: AppContext, actor: Actor, sessionFactorAt: Date | null) {
  const policy = app.secondFactor ?? DEFAULT_SECOND_FACTOR_POLICY;
  const factor = await app.db
    .selectFrom('second_factors')
    .select(['confirmed_at'])
    .where('person_id', '=', actor.personId)
    .executeTakeFirst();
  const { n } = await app.db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('person_id', '=', actor.personId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    enrolled: !!factor?.confirmed_at,
    required: requiredByRole(actor.grants, policy),
    recoveryCodesLeft: factor?.confirmed_at ? Number(n) : 0,
    verifiedAt: sessionFactorAt?.toISOString() ?? null,
    stepUpMinutes: policy.stepUpMs / 60_000,
  };
}
