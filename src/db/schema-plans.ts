import type { ColumnType, Generated } from 'kysely';

/** Row types of implementation plans and their tasks (migration 025), kept by hand beside it. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** A bigint id: read as a string (int8), never written. */
type Serial = ColumnType<string, never, never>;

export type PlanTaskStatus = 'not_started' | 'in_progress' | 'done';

export interface ImplementationPlansTable {
  id: string;
  number: string;
  title: string;
  issuing_unit_id: string;
  issued_on: string;
  focal_unit_id: string;
  period_from: string;
  period_to: string;
  urge_working_days: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface PlanTasksTable {
  id: string;
  plan_id: string;
  ordinal: number;
  title: string;
  expected_output: string;
  assignee_unit_id: string;
  due_on: string;
  status: PlanTaskStatus;
  percent: Generated<number>;
  done_on: Optional<string>;
  last_report_at: NullableTimestamp;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface PlanTaskFilesTable {
  id: string;
  task_id: string;
  sha256: string;
  filename: string;
  media_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface PlanTaskReportsTable {
  id: Serial;
  task_id: string;
  author_id: string;
  author_unit_id: string;
  at: Timestamp;
  kind: 'progress' | 'completion';
  text: string;
  percent: number;
  attachment_ids: Json<string[]>;
}

export interface PlanTaskUrgesTable {
  id: Serial;
  task_id: string;
  urged_by: string;
  at: Timestamp;
  note: string;
  overdue_working_days: number;
  working_days: number;
  due_by: string;
}
