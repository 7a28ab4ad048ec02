import type { AppContext } from '../../context.ts';
import type { Role } from '../../../domain/case/case-snapshot.ts';
import { DEFAULT_SECOND_FACTOR_POLICY, requiredByRole, sessionGate } from '../../../domain/auth/second-factor.ts';

/** What a session just opened with a password still needs: the second factor, an enrolment, or nothing. */
export async function signInGate(app: AppContext, personId: string) {
  const policy = app.secondFactor ?? DEFAULT_SECOND_FACTOR_POLICY;
  const [factor, grants] = await Promise.all([
    app.db
      .selectFrom('second_factors')
      .select('person_id')
      .where('person_id', '=', personId)
      .where('confirmed_at', 'is not', null)
      .executeTakeFirst(),
    app.db.selectFrom('role_grants').select('role').where('person_id', '=', personId).execute(),
  ]);
  return sessionGate({
    enrolled: !!factor,
    required: requiredByRole(
      grants.map((g) => ({ role: g.role as Role })),
      policy,
    ),
    factorAt: null,
  });
}
