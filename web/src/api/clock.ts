import { getJson, query, request } from './client';
import type { Ref } from './types';

export type NotificationKind = 'action_required' | 'deadline_reminder' | 'deadline_overdue' | 'escalation';
export const NOTIFICATION_KINDS: NotificationKind[] = ['action_required', 'deadline_reminder', 'deadline_overdue', 'escalation'];
export type Delivery = 'immediate' | 'daily_digest';

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
}

export const fetchUnreadCount = (signal?: AbortSignal) => getJson<{ unreadCount: number }>('/api/notifications/unread-count', signal);

export const fetchNotifications = (cursor: string | undefined, signal?: AbortSignal) =>
  getJson<{ items: AppNotification[]; unreadCount: number; nextCursor: string | null }>(`/api/notifications${query({ cursor, limit: 20 })}`, signal);

export const markNotificationRead = async (id: string) =>
  (await request<{ id: string; unreadCount: number }>(`/api/notifications/${id}/read`, { method: 'POST' })).data;

export const markAllNotificationsRead = async () => (await request<{ updated: number; unreadCount: number }>('/api/notifications/read-all', { method: 'POST' })).data;

export interface Preferences {
  language: 'vi' | 'en';
  delivery: Record<NotificationKind, Delivery>;
  emailEnabled: boolean;
  email: string | null;
}

export const fetchPreferences = (signal?: AbortSignal) => getJson<Preferences>('/api/me/notification-preferences', signal);

export const savePreferences = async (body: { language?: 'vi' | 'en'; delivery?: Partial<Record<NotificationKind, Delivery>> }) =>
  (await request<Preferences>('/api/me/notification-preferences', { method: 'PUT', body })).data;

export interface CaseDeadline {
  step: string;
  status: 'open' | 'paused' | 'met' | 'cancelled';
  startedOn: string;
  dueOn: string | null;
  remainingDays: number | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  provisional: boolean;
  overdueRecord: { since: string; eventSeq: number | null; endedOn: string | null; outcome: string | null; overdueWorkingDays: number | null } | null;
  remindersSent: { dueOn: string; offset: number; at: string }[];
}

export const fetchCaseDeadlines = (code: string, signal?: AbortSignal) =>
  getJson<{ code: string; today: string; dueOn: string | null; dueStep: string | null; items: CaseDeadline[] }>(`/api/cases/${encodeURIComponent(code)}/deadlines`, signal);

export interface DayOff {
  date: string;
  reason: string;
  label: string;
}

export interface WorkingWeekend {
  date: string;
  label: string;
  inExchangeFor?: string;
}

export interface YearSummary {
  year: number;
  status: 'decided' | 'provisional';
  source: string | null;
  sourceUrls: string[];
  note?: string;
  daysOff: DayOff[];
  workingDays: WorkingWeekend[];
}

export interface YearDecision {
  year: number;
  decided: boolean;
  source: string;
  sourceUrls: string[];
  note?: string;
  daysOff: DayOff[];
  workingDays: WorkingWeekend[];
}

export interface StoredYear {
  year: number;
  revision: number;
  status: 'decided' | 'provisional';
  updatedAt: string;
  updatedBy: Ref | null;
  decision: YearDecision;
}

export interface YearChange {
  revision: number;
  changedAt: string;
  changedBy: Ref | null;
  origin: string;
  before: YearDecision | null;
  after: YearDecision;
}

export const fetchDaysOff = (year: number, signal?: AbortSignal) => getJson<YearSummary>(`/api/calendar/days-off${query({ year })}`, signal);
export const fetchStoredYear = (year: number, signal?: AbortSignal) => getJson<StoredYear>(`/api/calendar/years/${year}`, signal);
export const fetchYearHistory = (year: number, signal?: AbortSignal) => getJson<{ year: number; items: YearChange[] }>(`/api/calendar/years/${year}/history`, signal);

export const saveYear = async (year: number, body: Omit<YearDecision, 'year'>, revision: number) =>
  (await request<StoredYear>(`/api/calendar/years/${year}`, { method: 'PUT', body, ifMatch: revision })).data;

export type JobStatus = 'pending' | 'running' | 'failed' | 'done';
export const JOB_STATUSES: JobStatus[] = ['pending', 'running', 'failed', 'done'];

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  payload: Record<string, unknown>;
}

export const fetchJobs = (status: JobStatus | undefined, cursor: string | undefined, signal?: AbortSignal) =>
  getJson<{ items: Job[]; counts: Record<JobStatus, number>; nextCursor: string | null }>(`/api/admin/jobs${query({ status, cursor, limit: 50 })}`, signal);

export const retryJob = async (id: string) => (await request<{ id: string; status: string }>(`/api/admin/jobs/${id}/retry`, { method: 'POST' })).data;
