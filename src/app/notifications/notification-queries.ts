import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Lang } from '../../i18n/messages.ts';
import { describeNotification } from './notification-text.ts';

export async function unreadCount(app: AppContext, personId: string): Promise<number> {
  const row = await app.db
    .selectFrom('notifications')
    .select(sql<string>`count(*)`.as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The person's notifications, newest first, in their language, each linking to its case. */
export async function listNotifications(
  app: AppContext,
  personId: string,
  lang: Lang,
  f: { unreadOnly: boolean; beforeId?: string; limit: number },
) {
  let q = app.db
    .selectFrom('notifications')
    .leftJoin('cases', 'cases.id', 'notifications.case_id')
    .selectAll('notifications')
    .select('cases.title as case_title')
    .where('notifications.person_id', '=', personId);
  if (f.unreadOnly) q = q.where('notifications.read_at', 'is', null);
  if (f.beforeId) q = q.where('notifications.id', '<', f.beforeId);
  const rows = await q
    .orderBy('notifications.id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((n) => {
      const params = n.params as Record<string, unknown>;
      return {
        id: String(n.id),
        kind: n.kind,
        caseCode: n.case_code,
        caseTitle: n.case_title ?? null,
        link: n.case_code
          ? `/cases/${n.case_code}`
          : typeof params.campaignId === 'string'
            ? `/campaigns/${params.campaignId}`
            : typeof params.planId === 'string'
              ? `/plans/${params.planId}`
              : null,
        ...describeNotification({ kind: n.kind, caseCode: n.case_code, params }, lang),
        params,
        createdAt: n.created_at.toISOString(),
        readAt: n.read_at?.toISOString() ?? null,
        resolvedAt: n.resolved_at?.toISOString() ?? null,
        email: n.email,
        emailedAt: n.emailed_at?.toISOString() ?? null,
      };
    }),
    unreadCount: await unreadCount(app, personId),
    nextCursor: rows.length > f.limit ? String(page.at(-1)!.id) : null,
  };
}

/** Marks one of the person's notifications read; someone else's is not found. Idempotent. */
export async function markRead(app: AppContext, personId: string, id: string) {
  const row = await app.db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${app.now()})` })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .returning(['id', 'read_at'])
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'notification_not_found');
  return {
    id: String(row.id),
    readAt: row.read_at?.toISOString() ?? null,
    unreadCount: await unreadCount(app, personId),
  };
}

export async function markAllRead(app: AppContext, personId: string) {
  const r = await app.db
    .updateTable('notifications')
    .set({ read_at: app.now() })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return { updated: Number(r.numUpdatedRows), unreadCount: 0 };
}
