import { sql, type Kysely } from 'kysely';

/**
 * The legal clock: the working-day calendar as data, reminders and escalation of deadlines,
 * notifications (in-app and e-mail) and what the job runner needs beyond `outbox_jobs`.
 * PostgreSQL 15 subset, like 001.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
-- One row per year: the Government's decision on days off, as YearDecision JSON. Rows are
-- seeded from the built-in decisions and edited by administrators; every change is kept below.
create table calendar_years (
  year integer primary key,
  decision jsonb not null,
  revision integer not null default 1,
  updated_at timestamptz not null,
  updated_by uuid references people(id)
);

create table calendar_year_history (
  id bigserial primary key,
  year integer not null,
  revision integer not null,
  changed_at timestamptz not null,
  changed_by uuid references people(id),
  origin text not null check (origin in ('seed', 'edit')),
  before jsonb,
  after jsonb not null
);
create index calendar_year_history_year on calendar_year_history (year, id);

-- Bumped in the same transaction as any change to calendar_years, under its row lock. Server
-- processes compare it (one primary-key read) before computing due dates and reload on change.
-- A counter, not max(history.id): sequence values become visible out of order, a counter does not.
create table calendar_state (
  id integer primary key check (id = 1),
  version bigint not null
);
insert into calendar_state (id, version) values (1, 0);

-- Reminder offsets in working days relative to a due date (negative: before; 0: the due day;
-- positive: after). Scope '*' is the installation's; a procedure profile code overrides it.
create table reminder_policies (
  scope text primary key,
  offsets integer[] not null,
  updated_at timestamptz not null,
  updated_by uuid references people(id)
);

-- One row per reminder sent: the unique key is what stops two sweepers (or two sweeps) from
-- reminding twice about the same deadline on the same offset.
create table deadline_reminders (
  id bigserial primary key,
  case_id uuid not null references cases(id),
  step text not null,
  started_on date not null,
  due_on date not null,
  offset_days integer not null,
  created_at timestamptz not null,
  unique (case_id, step, started_on, due_on, offset_days)
);

-- A deadline that passed while its step was open: one row per deadline (case, step, start),
-- with the 'overdue' event it appended and, once the step is met or dropped, the interval.
create table deadline_overdue (
  id bigserial primary key,
  case_id uuid not null references cases(id),
  step text not null,
  started_on date not null,
  due_on date not null,
  overdue_since date not null,
  detected_at timestamptz not null,
  event_seq integer,
  ended_on date,
  outcome text check (outcome in ('met', 'cancelled')),
  overdue_working_days integer,
  unique (case_id, step, started_on)
);
create index deadline_overdue_open on deadline_overdue (case_id) where ended_on is null;

create table notifications (
  id bigserial primary key,
  person_id uuid not null references people(id),
  kind text not null,
  case_id uuid references cases(id),
  case_code text,
  params jsonb not null default '{}',
  -- What caused it ('event:<case>:<seq>', 'reminder:<id>', …): the same cause never notifies twice.
  source_key text not null,
  created_at timestamptz not null,
  read_at timestamptz,
  email text not null check (email in ('none', 'immediate', 'digest')),
  emailed_at timestamptz,
  digest_id bigint,
  unique (person_id, source_key)
);
create index notifications_person on notifications (person_id, id desc);
create index notifications_unread on notifications (person_id) where read_at is null;
create index notifications_digest_pending on notifications (person_id) where email = 'digest' and digest_id is null;

create table notification_digests (
  id bigserial primary key,
  person_id uuid not null references people(id),
  created_at timestamptz not null,
  sent_at timestamptz
);

create table notification_preferences (
  person_id uuid not null references people(id),
  kind text not null,
  delivery text not null check (delivery in ('immediate', 'daily_digest')),
  primary key (person_id, kind)
);

create table person_preferences (
  person_id uuid primary key references people(id),
  language text not null check (language in ('vi', 'en')),
  updated_at timestamptz not null
);

-- Periodic work (the deadline sweep, the daily digest): whoever moves next_run_at forward runs
-- it, so one process does each period however many processes share the database.
create table periodic_tasks (
  name text primary key,
  next_run_at timestamptz not null,
  last_run_at timestamptz,
  last_run_by text
);

create index outbox_jobs_running on outbox_jobs (locked_at) where status = 'running';
create index outbox_jobs_status on outbox_jobs (status, id desc);
`.execute(db);
}
