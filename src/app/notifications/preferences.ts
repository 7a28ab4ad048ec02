import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import type { Db, Tx } from '../../db/kysely.ts';
import type { Lang } from '../../i18n/messages.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-text.ts';

import type { Delivery } from '../../contract/notifications.ts';
export type { Delivery };
const DELIVERY = Type.Union([Type.Literal('immediate'), Type.Literal('daily_digest')]);

export const PreferencesBody = Type.Object(
  {
    language: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
    delivery: Type.Optional(
      Type.Object(
        {
          action_required: Type.Optional(DELIVERY),
          deadline_reminder: Type.Optional(DELIVERY),
          deadline_overdue: Type.Optional(DELIVERY),
          escalation: Type.Optional(DELIVERY),
          campaign_reminder: Type.Optional(DELIVERY),
          campaign_escalation: Type.Optional(DELIVERY),
          plan_task_urge: Type.Optional(DELIVERY),
        } satisfies Record<NotificationKind, unknown>,
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export interface Preferences {
  language: Lang;
  /** How each kind of notification reaches the person by e-mail: at once, or in the daily digest. */
  delivery: Record<NotificationKind, Delivery>;
  emailEnabled: boolean;
  email: string | null;
}

export async function languageOf(db: Db | Tx, personId: string): Promise<Lang> {
  const row = await db
    .selectFrom('person_preferences')
    .select('language')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.language ?? 'vi';
}

export async function getPreferences(app: AppContext, personId: string): Promise<Preferences> {
  const [language, rows, person] = await Promise.all([
    languageOf(app.db, personId),
    app.db
      .selectFrom('notification_preferences')
      .select(['kind', 'delivery'])
      .where('person_id', '=', personId)
      .execute(),
    app.db.selectFrom('people').select('email').where('id', '=', personId).executeTakeFirst(),
  ]);
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  const delivery = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, chosen.get(k) ?? 'immediate'])) as Record<
    NotificationKind,
    Delivery
  >;
  return { language, delivery, emailEnabled: app.legalClock.mailer.enabled, email: person?.email ?? null };
}

/** Changes only what the body names; applies to notifications created from now on. */
export async function savePreferences(
  app: AppContext,
  personId: string,
  body: Static<typeof PreferencesBody>,
): Promise<Preferences> {
  const now = app.now();
  await app.db.transaction().execute(async (tx) => {
    if (body.language) {
      await tx
        .insertInto('person_preferences')
        .values({ person_id: personId, language: body.language, updated_at: now })
        .onConflict((oc) => oc.column('person_id').doUpdateSet({ language: body.language!, updated_at: now }))
        .execute();
    }
    for (const [kind, delivery] of Object.entries(body.delivery ?? {})) {
      if (!delivery) continue;
      await tx
        .insertInto('notification_preferences')
        .values({ person_id: personId, kind, delivery })
        .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet({ delivery }))
        .execute();
    }
  });
  return getPreferences(app, personId);
}
