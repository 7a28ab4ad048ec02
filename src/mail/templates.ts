import { describeNotification, formatDate, type NotificationContent } from '../app/notifications/notification-text.ts';
import type { Lang } from '../i18n/messages.ts';

/** E-mails in the recipient's language: plain text, which every agency mail system shows as sent. */
export interface RenderedMail {
  subject: string;
  text: string;
}

const GREETING = { vi: (name: string) => `Kính gửi ${name},`, en: (name: string) => `Dear ${name},` };
const FOOTER = {
  vi: 'Thư gửi tự động từ hệ thống Khiên. Thay đổi cách nhận thông báo (ngay hoặc tổng hợp hằng ngày) tại mục Cài đặt thông báo.',
  en: 'Sent automatically by Khiên. Choose how you receive notifications (at once or in a daily digest) under Notification settings.',
};
const OPEN_CASE = { vi: 'Xem hồ sơ', en: 'Open the case' };
const OPEN_CAMPAIGN = { vi: 'Xem đợt đăng ký', en: 'Open the campaign' };
const OPEN_PLAN = { vi: 'Xem kế hoạch', en: 'Open the plan' };
const OPEN_APP = { vi: 'Mở Khiên', en: 'Open Khiên' };

/**
 * Where a notification's reader acts: its case, or the page of what it is about when it has no
 * case (a campaign's reminder opens the campaign, a plan task's urge the plan, not the home page).
 */
function linkOf(publicUrl: string, n: Pick<NotificationContent, 'caseCode' | 'params'>, lang: Lang): string {
  const root = publicUrl.replace(/\/$/, '');
  if (n.caseCode) return `${OPEN_CASE[lang]}: ${root}/cases/${encodeURIComponent(n.caseCode)}`;
  const campaignId = n.params.campaignId;
  if (typeof campaignId === 'string')
    return `${OPEN_CAMPAIGN[lang]}: ${root}/campaigns/${encodeURIComponent(campaignId)}`;
  const planId = n.params.planId;
  if (typeof planId === 'string') return `${OPEN_PLAN[lang]}: ${root}/plans/${encodeURIComponent(planId)}`;
  return `${OPEN_APP[lang]}: ${root}/`;
}

export function notificationMail(
  n: NotificationContent,
  lang: Lang,
  publicUrl: string,
  recipientName: string,
): RenderedMail {
  const { title, message } = describeNotification(n, lang);
  return {
    subject: `[Khiên] ${title}`,
    text: [GREETING[lang](recipientName), '', message, '', linkOf(publicUrl, n, lang), '', '--', FOOTER[lang], ''].join(
      '\n',
    ),
  };
}

export interface DigestGroup {
  caseCode: string | null;
  items: NotificationContent[];
}

/** One mail for the day, one section per case, items in the order they happened. */
export function digestMail(
  groups: DigestGroup[],
  lang: Lang,
  publicUrl: string,
  recipientName: string,
  date: string,
): RenderedMail {
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const subject =
    lang === 'vi'
      ? `[Khiên] Tổng hợp thông báo ngày ${formatDate(date, lang)}: ${count} thông báo, ${groups.length} hồ sơ`
      : `[Khiên] Digest for ${formatDate(date, lang)}: ${count} notification(s) on ${groups.length} case(s)`;
  const lines = [GREETING[lang](recipientName), ''];
  for (const g of groups) {
    lines.push(`== ${g.caseCode ?? '—'} ==`);
    for (const item of g.items) {
      const { title, message } = describeNotification(item, lang);
      lines.push(`- ${title}. ${message}`);
      // Items without a case may each be about something else (two campaigns): each its own link.
      if (!g.caseCode) lines.push(`  ${linkOf(publicUrl, item, lang)}`);
    }
    if (g.caseCode) lines.push(linkOf(publicUrl, { caseCode: g.caseCode, params: {} }, lang));
    lines.push('');
  }
  lines.push('--', FOOTER[lang], '');
  return { subject, text: lines.join('\n') };
}
