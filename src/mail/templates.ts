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

const caseLink = (publicUrl: string, code: string | null, params: Record<string, unknown> = {}) =>
  code
    ? `${publicUrl.replace(/\/$/, '')}/cases/${code}`
    : typeof params.planId === 'string'
      ? `${publicUrl.replace(/\/$/, '')}/plans/${params.planId}`
      : publicUrl;

export function notificationMail(
  n: NotificationContent,
  lang: Lang,
  publicUrl: string,
  recipientName: string,
): RenderedMail {
  const { title, message } = describeNotification(n, lang);
  return {
    subject: `[Khiên] ${title}`,
    text: [
      GREETING[lang](recipientName),
      '',
      message,
      '',
      `${OPEN_CASE[lang]}: ${caseLink(publicUrl, n.caseCode, n.params)}`,
      '',
      '--',
      FOOTER[lang],
      '',
    ].join('\n'),
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
    }
    lines.push(`${OPEN_CASE[lang]}: ${caseLink(publicUrl, g.caseCode)}`, '');
  }
  lines.push('--', FOOTER[lang], '');
  return { subject, text: lines.join('\n') };
}
