import type { AppContext } from '../context.ts';
import type { Tx } from '../../db/kysely.ts';
import { enqueueJob } from '../../db/repositories/outbox-repository.ts';
import type { NotificationKind } from './notification-text.ts';

export interface NewNotification {
  personId: string;
  kind: NotificationKind;
  caseId: string | null;
  caseCode: string | null;
  params: Record<string, unknown>;
  /** What caused it: the same cause never notifies the same person twice. */
  sourceKey: string;
}

/**
 * Records in-app notifications and decides, per person and kind, how each goes out by e-mail:
 * at once (a job per notification, written in this transaction) or in the next daily digest.
 * Without an SMTP server or an address, a notification stays in the application.
 */
export async function notify(tx: Tx, app: AppContext, items: NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const personIds = [...new Set(items.map((i) => i.personId))];
  const [people, prefs] = await Promise.all([
    tx.selectFrom('people').select(['id', 'email']).where('id', 'in', personIds).execute(),
    tx
      .selectFrom('notification_preferences')
      .select(['person_id', 'kind', 'delivery'])
      .where('person_id', 'in', personIds)
      .execute(),
  ]);
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  const delivery = new Map(prefs.map((p) => [`${p.person_id}|${p.kind}`, p.delivery]));
  const mailOn = app.legalClock.mailer.enabled;
  const now = app.now();

  const inserted = await tx
    .insertInto('notifications')
    .values(
      items.map((i) => ({
        person_id: i.personId,
        kind: i.kind,
        case_id: i.caseId,
        case_code: i.caseCode,
        params: JSON.stringify(i.params),
        source_key: i.sourceKey,
        created_at: now,
        email:
          !mailOn || !emailOf.get(i.personId)
            ? ('none' as const)
            : delivery.get(`${i.personId}|${i.kind}`) === 'daily_digest'
              ? ('digest' as const)
              : ('immediate' as const),
      })),
    )
    .onConflict((oc) => oc.columns(['person_id', 'source_key']).doNothing())
    .returning(['id', 'email'])
    .execute();
  for (const n of inserted) {
    if (n.email === 'immediate') await enqueueJob(tx, 'email_notification', { notificationId: n.id });
  }
  return inserted.length;
}
