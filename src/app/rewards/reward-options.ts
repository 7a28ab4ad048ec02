import type { AppContext } from '../context.ts';
import { audit, requireAnyAdmin } from '../org/admin-scope.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalidField } from '../../domain/errors.ts';

/**
 * Local reward forms (the HCMC plan's rewards beyond level and funded training) are switched on
 * per procedure profile code, or for the whole installation with the scope '*'. A profile's own
 * setting wins over the installation's.
 */
export async function listRewardOptions(app: AppContext) {
  const rows = await app.db.selectFrom('reward_local_options').selectAll().orderBy('scope').execute();
  return {
    items: rows.map((r) => ({ scope: r.scope, enabled: r.enabled, updatedBy: r.updated_by, updatedAt: r.updated_at })),
  };
}

export async function setRewardOption(app: AppContext, actor: Actor, scope: string, enabled: boolean) {
  requireAnyAdmin(actor);
  if (scope !== '*') {
    const known = await app.db
      .selectFrom('procedure_profiles')
      .select('code')
      .where('code', '=', scope)
      .executeTakeFirst();
    if (!known) throw invalidField('scope', 'unknown_profile');
  }
  const now = app.now();
  return app.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('reward_local_options')
      .values({ scope, enabled, updated_by: actor.personId, updated_at: now })
      .onConflict((oc) => oc.column('scope').doUpdateSet({ enabled, updated_by: actor.personId, updated_at: now }))
      .execute();
    await audit(tx, actor, 'reward_local_options_set', 'reward_local_options', scope, { enabled });
    return { scope, enabled, updatedBy: actor.personId, updatedAt: now };
  });
}
