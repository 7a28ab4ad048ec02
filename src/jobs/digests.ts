import type { AppContext } from '../app/context.ts';
import { languageOf } from '../app/notifications/preferences.ts';
import { enqueueJob } from '../db/repositories/outbox-repository.ts';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';
import { digestMail, type DigestGroup } from '../mail/templates.ts';
import type { JobHandler } from './job-runner.ts';
import { readJobPayload } from '../contract/jobs.ts';

/**
 * Daily digests. Each notification waiting for a digest is assigned to exactly one digest row,
 * in the transaction that creates the digest and its 'send_digest' job; what a digest holds is
 * then fixed, so a retried send repeats the same mail and no later digest repeats an item.
 * A notification whose step is already done (resolved) is never mailed: a digest does not ask
 * anybody for what somebody has since done.
 */
export async function createDigests(app: AppContext): Promise<number> {
  const now = app.now();
  return app.db.transaction().execute(async (tx) => {
    const waiting = await tx
      .selectFrom('notifications')
      .select('person_id')
      .distinct()
      .where('email', '=', 'digest')
      .where('digest_id', 'is', null)
      .where('resolved_at', 'is', null)
      .execute();
    let created = 0;
    for (const { person_id } of waiting) {
      const digest = await tx
        .insertInto('notification_digests')
        .values({ person_id, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const assigned = await tx
        .updateTable('notifications')
        .set({ digest_id: digest.id })
        .where('person_id', '=', person_id)
        .where('email', '=', 'digest')
        .where('digest_id', 'is', null)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      // Another process took them between the read and the update: no empty digests.
      if (Number(assigned.numUpdatedRows) === 0) {
        await tx.deleteFrom('notification_digests').where('id', '=', digest.id).execute();
        continue;
      }
      await enqueueJob(tx, 'send_digest', { digestId: digest.id });
      created += 1;
    }
    return created;
  });
}

/** 'send_digest': one mail per person and day, grouped by case. */
export function sendDigestHandler(app: AppContext): JobHandler {
  return {
    async external(job) {
      const digestId = readJobPayload('send_digest', job.payload).digestId;
      const digest = await app.db
        .selectFrom('notification_digests')
        .innerJoin('people', 'people.id', 'notification_digests.person_id')
        .select([
          'notification_digests.person_id',
          'notification_digests.created_at',
          'notification_digests.sent_at',
          'people.email',
          'people.full_name',
        ])
        .where('notification_digests.id', '=', digestId)
        .executeTakeFirst();
      if (!digest || digest.sent_at || !digest.email) return;
      const items = await app.db
        .selectFrom('notifications')
        .select(['kind', 'case_code', 'params'])
        .where('digest_id', '=', digestId)
        // A step done between the digest's making and its sending is not asked for again.
        .where('resolved_at', 'is', null)
        .orderBy('case_code')
        .orderBy('id')
        .execute();
      if (items.length === 0) return;
      const groups: DigestGroup[] = [];
      for (const i of items) {
        let group = groups.at(-1);
        if (!group || group.caseCode !== i.case_code) {
          group = { caseCode: i.case_code, items: [] };
          groups.push(group);
        }
        group.items.push({ kind: i.kind, caseCode: i.case_code, params: i.params as Record<string, unknown> });
      }
      const lang = await languageOf(app.db, digest.person_id);
      const mail = digestMail(groups, lang, app.legalClock.publicUrl, digest.full_name, vietnamDate(digest.created_at));
      await app.legalClock.mailer.send({ to: digest.email, ...mail, messageId: `<digest-${digestId}@khien>` });
    },
    async complete(tx, job) {
      const digestId = readJobPayload('send_digest', job.payload).digestId;
      const now = app.now();
      await tx
        .updateTable('notification_digests')
        .set({ sent_at: now })
        .where('id', '=', digestId)
        .where('sent_at', 'is', null)
        .execute();
      await tx
        .updateTable('notifications')
        .set({ emailed_at: now })
        .where('digest_id', '=', digestId)
        .where('emailed_at', 'is', null)
        .execute();
    },
  };
}
