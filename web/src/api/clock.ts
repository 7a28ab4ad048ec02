import { getJson, query, request } from './client';
import type { Ref } from './types';

import type { AppNotification, Delivery, NotificationKind, Preferences } from '@contract/notifications';
import type { Job, JobStatus } from '@contract/jobs';
import type {
  DayOff,
  DayOffReason,
  DecisionWorkingDay as WorkingWeekend,
  YearDecision,
  YearSummary,
} from '@contract/calendar';
export { NOTIFICATION_KINDS } from '@contract/notifications';
export { JOB_STATUSES } from '@contract/jobs';
export type {
  AppNotification,
  Delivery,
  Job,
  JobStatus,
  NotificationKind,
  Preferences,
  YearDecision,
  YearSummary,
  DayOff,
  DayOffReason,
  WorkingWeekend,
};

export const fetchUnreadCount = (signal?: AbortSignal) =>
  getJson<{ unreadCount: number }>('/api/notifications/unread-count', signal);

export const fetchNotifications = (cursor: string | undefined, signal?: AbortSignal) =>
  getJson<{ items: AppNotification[]; unreadCount: number; nextCursor: string | null }>(
    `/api/notifications${query({ cursor, limit: 20 })}`,
    signal,
  );

export const markNotificationRead = async (id: string) =>
  (await request<{ id: string; unreadCount: number }>(`/api/notifications/${id}/read`, { method: 'POST' })).data;

export const markAllNotificationsRead = async () =>
  (await request<{ updated: number; unreadCount: number }>('/api/notifications/read-all', { method: 'POST' })).data;

export const fetchPreferences = (signal?: AbortSignal) =>
  getJson<Preferences>('/api/me/notification-preferences', signal);

export const savePreferences = async (body: {
  language?: 'vi' | 'en';
  delivery?: Partial<Record<NotificationKind, Delivery>>;
}) => (await request<Preferences>('/api/me/notification-preferences', { method: 'PUT', body })).data;

export interface CaseDeadline {
  step: string;
  status: 'open' | 'paused' | 'met' | 'cancelled';
  startedOn: string;
  dueOn: string | null;
  remainingDays: number | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  provisional: boolean;
  overdueRecord: {
    since: string;
    eventSeq: number | null;
    endedOn: string | null;
    outcome: string | null;
    overdueWorkingDays: number | null;
  } | null;
  remindersSent: { dueOn: string; offset: number; at: string }[];
}

export const fetchCaseDeadlines = (code: string, signal?: AbortSignal) =>
  getJson<{ code: string; today: string; dueOn: string | null; dueStep: string | null; items: CaseDeadline[] }>(
    `/api/cases/${encodeURIComponent(code)}/deadlines`,
    signal,
  );

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

export const fetchDaysOff = (year: number, signal?: AbortSignal) =>
  getJson<YearSummary>(`/api/calendar/days-off${query({ year })}`, signal);
export const fetchStoredYear = (year: number, signal?: AbortSignal) =>
  getJson<StoredYear>(`/api/calendar/years/${year}`, signal);
export const fetchYearHistory = (year: number, signal?: AbortSignal) =>
  getJson<{ year: number; items: YearChange[] }>(`/api/calendar/years/${year}/history`, signal);

export const saveYear = async (year: number, body: Omit<YearDecision, 'year'>, revision: number) =>
  (await request<StoredYear>(`/api/calendar/years/${year}`, { method: 'PUT', body, ifMatch: revision })).data;

export const fetchJobs = (status: JobStatus | undefined, cursor: string | undefined, signal?: AbortSignal) =>
  getJson<{ items: Job[]; counts: Record<JobStatus, number>; nextCursor: string | null }>(
    `/api/admin/jobs${query({ status, cursor, limit: 50 })}`,
    signal,
  );

export const retryJob = async (id: string) =>
  (await request<{ id: string; status: string }>(`/api/admin/jobs/${id}/retry`, { method: 'POST' })).data;
