/** What a notification is about; each kind has its own delivery preference. */
export const NOTIFICATION_KINDS = [
  'action_required',
  'deadline_reminder',
  'deadline_overdue',
  'escalation',
  'campaign_reminder',
  'campaign_escalation',
  'plan_task_urge',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a person wants a kind of notification by e-mail: at once, or in the daily digest. */
export const DELIVERIES = ['immediate', 'daily_digest'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** A line of `GET /api/notifications`, in the reader's language. */
export interface AppNotification {
  id: string;
  kind: NotificationKind;
  caseCode: string | null;
  link: string | null;
  title: string;
  message: string;
  params: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
  /** The title of the case it is about, so that a reader knows which proposal without opening it. */
  caseTitle: string | null;
  /** When the step it asked for was done (by anyone): a resolved notification counts as read. */
  resolvedAt: string | null;
}

/** `GET /api/me/notification-preferences`. */
export interface Preferences {
  language: 'vi' | 'en';
  /** How each kind of notification reaches the person by e-mail: at once, or in the daily digest. */
  delivery: Record<NotificationKind, Delivery>;
  emailEnabled: boolean;
  email: string | null;
}
