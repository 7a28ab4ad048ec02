import { sql, type Kysely } from 'kysely';

/**
 * The province's implementation plan (e.g. Plan 116/KH-UBND of Thanh Hóa) and its tasks: each
 * task is assigned to a unit with a due date and an expected output; the plan's focal point (the
 * Department of Home Affairs) follows them, urges the late ones and compiles the periodic report.
 * Reports and urges are history: append-only (a trigger refuses UPDATE and DELETE). Files of a
 * report are kept in the content-addressed `blobs` store shared with case attachments.
 * PostgreSQL 15 subset.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table implementation_plans (
  id uuid primary key,
  number text not null,
  title text not null,
  issuing_unit_id uuid not null references units(id),
  issued_on date not null,
  focal_unit_id uuid not null references units(id),
  period_from date not null,
  period_to date not null check (period_to >= period_from),
  -- How many working days an urge gives the assignee unit (the plan's setting).
  urge_working_days integer not null default 5 check (urge_working_days between 1 and 60),
  created_by uuid not null references people(id),
  created_at timestamptz not null,
  version integer not null default 1,
  unique (issuing_unit_id, number)
);

create table plan_tasks (
  id uuid primary key,
  plan_id uuid not null references implementation_plans(id),
  ordinal integer not null check (ordinal >= 1),
  title text not null,
  expected_output text not null,
  assignee_unit_id uuid not null references units(id),
  due_on date not null,
  status text not null check (status in ('not_started', 'in_progress', 'done')),
  percent integer not null default 0 check (percent between 0 and 100),
  done_on date,
  last_report_at timestamptz,
  created_by uuid not null references people(id),
  created_at timestamptz not null,
  version integer not null default 1,
  unique (plan_id, ordinal),
  check ((status = 'done') = (done_on is not null))
);
create index plan_tasks_assignee on plan_tasks (assignee_unit_id, status);
create index plan_tasks_open_due on plan_tasks (due_on) where status <> 'done';

create table plan_task_files (
  id uuid primary key,
  task_id uuid not null references plan_tasks(id),
  sha256 text not null references blobs(sha256),
  filename text not null,
  media_type text not null,
  size integer not null,
  uploaded_by uuid not null references people(id),
  uploaded_at timestamptz not null
);
create index plan_task_files_task on plan_task_files (task_id);

create table plan_task_reports (
  id bigserial primary key,
  task_id uuid not null references plan_tasks(id),
  author_id uuid not null references people(id),
  author_unit_id uuid not null references units(id),
  at timestamptz not null,
  kind text not null check (kind in ('progress', 'completion')),
  text text not null,
  percent integer not null check (percent between 0 and 100),
  attachment_ids jsonb not null default '[]'
);
create index plan_task_reports_task on plan_task_reports (task_id, id desc);

create table plan_task_urges (
  id bigserial primary key,
  task_id uuid not null references plan_tasks(id),
  urged_by uuid not null references people(id),
  at timestamptz not null,
  note text not null,
  overdue_working_days integer not null,
  working_days integer not null,
  due_by date not null
);
create index plan_task_urges_task on plan_task_urges (task_id, id desc);

create function plan_history_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end $fn$;
create trigger plan_task_reports_append_only before update or delete on plan_task_reports
  for each row execute function plan_history_append_only();
create trigger plan_task_urges_append_only before update or delete on plan_task_urges
  for each row execute function plan_history_append_only();
`.execute(db);
}
