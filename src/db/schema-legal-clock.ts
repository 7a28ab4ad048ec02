import type { ColumnType } from 'kysely';

/** Row types of the legal clock's tables (see migrations/002-legal-clock.ts). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type Int8 = ColumnType<string, number | string, number | string>;
/** A bigint id: read as a string (int8), written as a number or string. */
type Serial = ColumnType<string, never, never>;

export interface CalendarYearsTable {
  year: number;
  decision: Json<unknown>;
  revision: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface CalendarYearHistoryTable {
  id: Serial;
  year: number;
  revision: number;
  changed_at: Timestamp;
  changed_by: string | null;
  origin: 'seed' | 'edit';
  before: ColumnType<unknown, string | null, string | null>;
  after: Json<unknown>;
}

export interface CalendarStateTable {
  id: number;
  version: Int8;
}

export interface ReminderPoliciesTable {
  scope: string;
  offsets: number[];
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface DeadlineRemindersTable {
  id: Serial;
  case_id: string;
  step: string;
  started_on: string;
  due_on: string;
  offset_days: number;
  created_at: Timestamp;
}

export interface DeadlineOverdueTable {
  id: Serial;
  case_id: string;
  step: string;
  started_on: string;
  due_on: string;
  overdue_since: string;
  detected_at: Timestamp;
  event_seq: number | null;
  ended_on: string | null;
  outcome: 'met' | 'cancelled' | null;
  overdue_working_days: number | null;
}

export interface NotificationsTable {
  id: Serial;
  person_id: string;
  kind: string;
  case_id: string | null;
  case_code: string | null;
  params: Json<unknown>;
  source_key: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
  email: 'none' | 'immediate' | 'digest';
  emailed_at: Timestamp | null;
  digest_id: Int8 | null;
  resolved_at: Timestamp | null;
}

export interface NotificationDigestsTable {
  id: Serial;
  person_id: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  person_id: string;
  kind: string;
  delivery: 'immediate' | 'daily_digest';
}

export interface PersonPreferencesTable {
  person_id: string;
  language: 'vi' | 'en';
  updated_at: Timestamp;
}

export interface PeriodicTasksTable {
  name: string;
  next_run_at: Timestamp;
  last_run_at: Timestamp | null;
  last_run_by: string | null;
}

/** Open deadlines by the next day the sweep has something to do for them (migration 027). */
export interface DeadlineWatchTable {
  case_id: string;
  /** Null: the case's deadlines changed (or the calendar or a reminder policy did) and must be looked at. */
  next_on: string | null;
  /** From a sequence, renewed at each change, so a sweep never overwrites a newer change. */
  stamp: ColumnType<string, number | string | undefined, number | string>;
}

/** What the watch dates were computed with: the calendar's version and the reminder policies. */
export interface DeadlineSweepStateTable {
  id: number;
  basis: string;
}

export interface LegalClockTables {
  calendar_years: CalendarYearsTable;
  calendar_year_history: CalendarYearHistoryTable;
  calendar_state: CalendarStateTable;
  reminder_policies: ReminderPoliciesTable;
  deadline_reminders: DeadlineRemindersTable;
  deadline_overdue: DeadlineOverdueTable;
  notifications: NotificationsTable;
  notification_digests: NotificationDigestsTable;
  notification_preferences: NotificationPreferencesTable;
  person_preferences: PersonPreferencesTable;
  periodic_tasks: PeriodicTasksTable;
  deadline_watch: DeadlineWatchTable;
  deadline_sweep_state: DeadlineSweepStateTable;
}
