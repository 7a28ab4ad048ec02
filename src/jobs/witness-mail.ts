import { sql } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { checkpointSettings } from '../app/verify/checkpoint-settings.ts';
import { presentCheckpoint } from '../app/verify/create-checkpoint.ts';
import { enqueueJob } from '../db/repositories/outbox-repository.ts';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';
import { checkpointMail } from '../mail/checkpoint-mail.ts';
import type { JobHandler } from './job-runner.ts';

export const WITNESS_MAIL_JOB = 'mail_checkpoints';
/** At most two days of checkpoints at the default interval in one mail (the newest), should the outbox ever be pruned. */
export const MAX_CHECKPOINTS_PER_MAIL = 288;

/**
 * Once a day (issue 12, item 2): the checkpoints made since the last mail, to every witness address
 * (`KHIEN_WITNESS_EMAILS`, e.g. the inspection committee), one outbox job per address so that each
 * is retried on its own. Held outside the system, they let a witness prove a later rewrite.
 * The range mailed is in each job's payload: the next mail starts after the last one queued.
 */
export async function createWitnessMails(app: AppContext): Promise<number> {
  const { witnessEmails } = checkpointSettings(app.checkpoints);
  if (witnessEmails.length === 0) return 0;
  return app.db.transaction().execute(async (tx) => {
    const latest = await tx
      .selectFrom('checkpoints')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const toId = latest?.id === null || latest?.id === undefined ? 0 : Number(latest.id);
    const mailed = await tx
      .selectFrom('outbox_jobs')
      .select(sql<number | null>`max((payload->>'toId')::int)`.as('toId'))
      .where('kind', '=', WITNESS_MAIL_JOB)
      .executeTakeFirst();
    const fromId = Math.max(Number(mailed?.toId ?? 0) + 1, toId - MAX_CHECKPOINTS_PER_MAIL + 1);
    if (toId === 0 || fromId > toId) return 0;
    for (const to of witnessEmails) await enqueueJob(tx, WITNESS_MAIL_JOB, { to, fromId, toId });
    return witnessEmails.length;
  });
}

/** 'mail_checkpoints': the signed tree heads as the mirror file's JSON lines, with the public key. */
export function witnessMailHandler(app: AppContext): JobHandler {
  return {
    async external(job) {
      const { to, fromId, toId } = job.payload as { to: string; fromId: number; toId: number };
      const rows = await app.db
        .selectFrom('checkpoints')
        .selectAll()
        .where('id', '>=', fromId)
        .where('id', '<=', toId)
        .orderBy('id')
        .execute();
      if (rows.length === 0) return;
      const { key } = checkpointSettings(app.checkpoints);
      const checkpoints = rows.map((r) => presentCheckpoint(r));
      const mail = checkpointMail(checkpoints, key, app.legalClock.publicUrl, vietnamDate(app.now()));
      await app.legalClock.mailer.send({
        to,
        ...mail,
        messageId: `<checkpoints-${fromId}-${toId}-${Buffer.from(to).toString('hex')}@khien>`,
      });
    },
  };
}
