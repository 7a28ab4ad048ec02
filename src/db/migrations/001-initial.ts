import { sql, type Kysely } from 'kysely';

// Kept to the PostgreSQL 15 subset: PGlite runs PostgreSQL 18, production servers may run 15.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  // The operator class is named with the extension's own schema, so the tables may live in any
  // schema (tests give each run its own) while the extension is installed once per database.
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(
    db,
  );
  const trgm = sql.raw(`${quoteIdent(rows[0]!.schema)}.gin_trgm_ops`);
  await createVietnameseCollation(db);
  await sql`

create table unit_types (code text primary key, name_vi text not null, name_en text not null);

create table units (
  id uuid primary key,
  code text not null unique,
  name text not null,
  search_name text not null default '',
  type_code text not null references unit_types(code),
  parent_id uuid references units(id),
  party_committee_unit_id uuid references units(id),
  ancestor_ids uuid[] not null,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index units_ancestors on units using gin (ancestor_ids);
create index units_parent on units (parent_id);

create table positions (
  code text primary key,
  name_vi text not null,
  name_en text not null,
  covered_by_decree boolean not null
);

create table people (
  id uuid primary key,
  full_name text not null,
  search_name text not null,
  email text,
  unit_id uuid not null references units(id),
  position_code text references positions(code),
  username text unique,
  password_hash text,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index people_unit on people (unit_id);

create table role_grants (
  id uuid primary key,
  person_id uuid not null references people(id),
  unit_id uuid not null references units(id),
  role text not null,
  include_subtree boolean not null default false,
  granted_at timestamptz not null default now(),
  granted_by uuid references people(id),
  unique (person_id, unit_id, role)
);
create unique index role_grants_one_head on role_grants (unit_id) where role = 'head';
create index role_grants_unit_role on role_grants (unit_id, role);

create table sessions (
  token_hash text primary key,
  person_id uuid not null references people(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index sessions_person on sessions (person_id);

create table api_tokens (
  id uuid primary key,
  person_id uuid not null references people(id),
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);

create table login_attempts (
  id bigserial primary key,
  username text not null,
  ip text not null,
  succeeded boolean not null,
  at timestamptz not null default now()
);
create index login_attempts_username on login_attempts (username, at);
create index login_attempts_ip on login_attempts (ip, at);

create table domains (
  code text primary key,
  name_vi text not null,
  name_en text not null,
  sort integer not null default 0,
  active boolean not null default true
);

create table procedure_profiles (
  code text not null,
  version integer not null,
  definition jsonb not null,
  published_at timestamptz not null default now(),
  published_by uuid references people(id),
  primary key (code, version)
);

create table case_code_counters (year integer primary key, last integer not null);

create table cases (
  id uuid primary key,
  code text not null unique,
  title text not null,
  domain text not null references domains(code),
  state text not null,
  version integer not null default 1,
  profile_code text not null,
  profile_version integer not null,
  proposer_id uuid not null references people(id),
  proposer_unit_id uuid not null references units(id),
  receiving_unit_id uuid references units(id),
  urgent boolean not null default false,
  plan_version integer not null default 1,
  approved_plan_version integer,
  pending_adjustment_version integer,
  facts jsonb not null default '{}',
  deadlines jsonb not null default '[]',
  due_on date,
  due_step text,
  participant_ids uuid[] not null,
  route_unit_ids uuid[] not null default '{}',
  route_ancestor_ids uuid[] not null default '{}',
  route_party_unit_ids uuid[] not null default '{}',
  search_text text not null,
  event_count integer not null default 0,
  head_hash text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  closed_at timestamptz,
  foreign key (profile_code, profile_version) references procedure_profiles (code, version)
);
create index cases_participants on cases using gin (participant_ids);
create index cases_route_units on cases using gin (route_unit_ids);
create index cases_route_ancestors on cases using gin (route_ancestor_ids);
create index cases_route_party on cases using gin (route_party_unit_ids);
create index cases_search on cases using gin (search_text ${trgm});
create index cases_updated on cases (updated_at desc, id desc);
create index cases_state on cases (state);

create table plan_versions (
  case_id uuid not null references cases(id),
  version integer not null,
  kind text not null,
  plan jsonb not null,
  changes jsonb not null default '[]',
  created_by uuid not null references people(id),
  created_at timestamptz not null default now(),
  primary key (case_id, version)
);

create table case_events (
  id bigserial primary key,
  case_id uuid not null references cases(id),
  seq integer not null,
  type text not null,
  actor_id uuid references people(id),
  actor_role text,
  actor_unit_id uuid references units(id),
  occurred_at timestamptz not null,
  reasons text,
  payload jsonb not null,
  prev_hash text not null,
  hash text not null,
  unique (case_id, seq)
);
create index case_events_actor on case_events (actor_id, type);

-- The history is append-only: the application never updates or deletes an event. The hash
-- chain still catches an edit by someone who bypasses this (a superuser can disable triggers).
create function case_events_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception 'case_events is append-only' using errcode = '42501';
end $fn$;
create trigger case_events_no_update before update or delete on case_events
  for each row execute function case_events_append_only();

create table work_items (
  case_id uuid not null references cases(id),
  person_id uuid references people(id),
  unit_id uuid references units(id),
  role text,
  task text not null,
  due_on date
);
create index work_items_case on work_items (case_id);
create index work_items_person on work_items (person_id, due_on) where person_id is not null;
create index work_items_unit_role on work_items (unit_id, role, due_on) where unit_id is not null;

create table blobs (
  sha256 text primary key,
  size integer not null,
  media_type text not null,
  content bytea not null,
  created_at timestamptz not null default now()
);

create table attachments (
  id uuid primary key,
  case_id uuid not null references cases(id),
  sha256 text not null references blobs(sha256),
  filename text not null,
  media_type text not null,
  size integer not null,
  uploaded_by uuid not null references people(id),
  uploaded_at timestamptz not null default now()
);
create index attachments_case on attachments (case_id);

create table idempotency_keys (
  person_id uuid not null references people(id),
  key text not null,
  request_hash text not null,
  status integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (person_id, key)
);

create table outbox_jobs (
  id bigserial primary key,
  kind text not null,
  payload jsonb not null,
  run_at timestamptz not null default now(),
  status text not null default 'pending',
  attempts integer not null default 0,
  max_attempts integer not null default 8,
  last_error text,
  locked_at timestamptz,
  locked_by text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index outbox_jobs_due on outbox_jobs (run_at) where status = 'pending';

create table audit_log (
  id bigserial primary key,
  actor_id uuid references people(id),
  action text not null,
  entity text not null,
  entity_id text not null,
  payload jsonb not null,
  at timestamptz not null default now()
);
create index audit_log_entity on audit_log (entity, entity_id);
`.execute(db);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Vietnamese alphabetical order (a ă â … d đ …, tones after the base letter). PostgreSQL 16+ and
 * PGlite take ICU tailoring rules (PGlite ships only ICU's root data, so 'vi-VN' alone would sort
 * like root); PostgreSQL 15 has the full ICU data and knows 'vi-VN'. Both give Intl.Collator('vi')'s order.
 */
async function createVietnameseCollation(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ v: string }>`select current_setting('server_version_num') as v`.execute(db);
  if (Number(rows[0]!.v) >= 160000) {
    await sql`create collation vi (provider = icu, locale = 'und', rules = '&\u0300<<\u0309<<\u0303<<\u0301<<\u0323 &A<ă<<<Ă<â<<<Â &D<đ<<<Đ &E<ê<<<Ê &O<ô<<<Ô<ơ<<<Ơ &U<ư<<<Ư')`.execute(
      db,
    );
  } else {
    await sql`create collation vi (provider = icu, locale = 'vi-VN')`.execute(db);
  }
}
