import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import type { Db, Tx } from '../../db/kysely.ts';
import { requireAnyAdmin } from '../org/admin-scope.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalidField } from '../../domain/errors.ts';
import { DEFAULT_REMINDER_OFFSETS, MAX_REMINDER_OFFSET } from '../../jobs/reminder-schedule.ts';

/** The installation's own policy; a procedure profile's code names a policy for its cases only. */
export const INSTALLATION_SCOPE = '*';

export const ReminderPolicyBody = Type.Object(
  {
    offsets: Type.Array(Type.Integer({ minimum: -MAX_REMINDER_OFFSET, maximum: MAX_REMINDER_OFFSET }), {
      maxItems: 10,
      uniqueItems: true,
      description:
        'Working days relative to the due date: -2 two days before, 0 on the due day, 1 the first working day after',
    }),
  },
  { additionalProperties: false },
);

export type ReminderPolicies = Map<string, readonly number[]>;

export async function loadReminderPolicies(db: Db | Tx): Promise<ReminderPolicies> {
  const rows = await db.selectFrom('reminder_policies').select(['scope', 'offsets']).execute();
  return new Map(rows.map((r) => [r.scope, r.offsets]));
}

/** A profile's policy, else the installation's, else the default (2 days before, due day, overdue). */
export function offsetsFor(policies: ReminderPolicies, profileCode: string): readonly number[] {
  return policies.get(profileCode) ?? policies.get(INSTALLATION_SCOPE) ?? DEFAULT_REMINDER_OFFSETS;
}

export async function listReminderPolicies(app: AppContext, actor: Actor) {
  requireAnyAdmin(actor);
  const rows = await app.db.selectFrom('reminder_policies').selectAll().orderBy('scope').execute();
  return {
    defaultOffsets: DEFAULT_REMINDER_OFFSETS,
    items: rows.map((r) => ({
      scope: r.scope,
      offsets: r.offsets,
      updatedAt: r.updated_at.toISOString(),
      updatedBy: r.updated_by,
    })),
  };
}

export async function saveReminderPolicy(
  app: AppContext,
  actor: Actor,
  scope: string,
  body: Static<typeof ReminderPolicyBody>,
) {
  requireAnyAdmin(actor);
  if (scope !== INSTALLATION_SCOPE) {
    const profile = await app.db
      .selectFrom('procedure_profiles')
      .select('code')
      .where('code', '=', scope)
      .limit(1)
      .executeTakeFirst();
    if (!profile) throw invalidField('params.scope', 'unknown_profile');
  }
  const offsets = [...body.offsets].sort((a, b) => a - b);
  const now = app.now();
  const row = await app.db
    .insertInto('reminder_policies')
    .values({ scope, offsets, updated_at: now, updated_by: actor.personId })
    .onConflict((oc) => oc.column('scope').doUpdateSet({ offsets, updated_at: now, updated_by: actor.personId }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return { scope: row.scope, offsets: row.offsets, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by };
}
