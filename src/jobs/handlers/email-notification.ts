import type { AppContext } from '../../app/context.ts';
import { languageOf } from '../../app/notifications/preferences.ts';
import { notificationMail } from '../../mail/templates.ts';
import type { JobHandler } from '../job-runner.ts';
import { readJobPayload } from '../../contract/jobs.ts';

/** 'email_notification': one notification by e-mail, in the recipient's language. */
export function emailNotificationHandler(app: AppContext): JobHandler {
  return {
    async external(job) {
      const id = readJobPayload('email_notification', job.payload).notificationId;
      const n = await app.db
        .selectFrom('notifications')
        .innerJoin('people', 'people.id', 'notifications.person_id')
        .select([
          'notifications.kind',
          'notifications.case_code',
          'notifications.params',
          'notifications.emailed_at',
          'notifications.person_id',
          'people.email',
          'people.full_name',
        ])
        .where('notifications.id', '=', id)
        .executeTakeFirst();
      if (!n || n.emailed_at || !n.email) return;
      const lang = await languageOf(app.db, n.person_id);
      const mail = notificationMail(
        { kind: n.kind, caseCode: n.case_code, params: n.params as Record<string, unknown> },
        lang,
        app.legalClock.publicUrl,
        n.full_name,
      );
      await app.legalClock.mailer.send({ to: n.email, ...mail, messageId: `<notification-${id}@khien>` });
    },
    async complete(tx, job) {
      await tx
        .updateTable('notifications')
        .set({ emailed_at: app.now() })
        .where('id', '=', readJobPayload('email_notification', job.payload).notificationId)
        .where('emailed_at', 'is', null)
        .execute();
    },
  };
}
