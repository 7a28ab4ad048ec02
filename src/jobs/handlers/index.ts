import type { AppContext } from '../../app/context.ts';
import { sendDigestHandler } from '../digests.ts';
import type { JobRunner } from '../job-runner.ts';
import { caseEventHandler } from './case-event.ts';
import { deadlineOverdueHandler } from './deadline-overdue.ts';
import { deadlineReminderHandler } from './deadline-reminder.ts';
import { emailNotificationHandler } from './email-notification.ts';
import { WITNESS_MAIL_JOB, witnessMailHandler } from '../witness-mail.ts';
import { campaignNoticeHandler } from './campaign-notice.ts';
import { planTaskUrgeHandler } from './plan-task-urge.ts';

/** Every job kind the application writes to the outbox, with its handler. */
export function registerHandlers(runner: JobRunner, app: AppContext): JobRunner {
  return runner
    .register('case_event', caseEventHandler(app))
    .register('deadline_reminder', deadlineReminderHandler(app))
    .register('deadline_overdue', deadlineOverdueHandler(app))
    .register('email_notification', emailNotificationHandler(app))
    .register('send_digest', sendDigestHandler(app))
    .register(WITNESS_MAIL_JOB, witnessMailHandler(app))
    .register('campaign_notice', campaignNoticeHandler(app))
    .register('plan_task_urge', planTaskUrgeHandler(app));
}
