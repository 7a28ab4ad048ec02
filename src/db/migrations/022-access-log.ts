import { sql, type Kysely } from 'kysely';

/**
 * Who looked (issue 17, ASVS V16): every read of an official's record, of a protection case, and
 * every export of a case's record, with who read it, when, through which session or token and from
 * which address. Append-only like the chain: the application never updates or deletes a row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table access_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_id uuid not null references people(id),
  via text not null check (via in ('session', 'token')),
  session_id text,
  ip text,
  kind text not null,
  entity text not null,
  entity_id text not null,
  subject_person_id uuid references people(id),
  subject_unit_id uuid references units(id)
);
create index access_log_subject_person on access_log (subject_person_id, id desc) where subject_person_id is not null;
create index access_log_subject_unit on access_log (subject_unit_id, id desc);
create index access_log_actor on access_log (actor_id, id desc);

create function access_log_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception 'access_log is append-only' using errcode = '42501';
end $fn$;
create trigger access_log_append_only before update or delete on access_log
  for each row execute function access_log_append_only();
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table access_log; drop function access_log_append_only();`.execute(db);
}
