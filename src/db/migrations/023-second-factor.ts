import { sql, type Kysely } from 'kysely';

/**
 * A second factor (issue "Identity fit for records that protect people", items 2 and 5):
 * - each person's TOTP secret (RFC 6238), confirmed once a first code from it was given, with the
 *   last time step used so that a code is accepted at most once (a replayed code is refused);
 * - ten one-time recovery codes per person, stored as SHA-256 of 128-bit random codes, each used once;
 * - the failed codes, so that guessing is slowed as for passwords;
 * - sessions know when their second factor was last given and how (the step-up for deciding
 *   actions counts from it). Migration 024 adds the same two columns the same way for single
 *   sign-on, hence `if not exists`;
 * - the access log also records security events (sign-ins, second factor, passwords, grants,
 *   tokens), some of which happen at the sign-in form, before any session.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table second_factors (
  person_id uuid primary key references people(id),
  secret text not null,
  created_at timestamptz not null,
  confirmed_at timestamptz,
  last_used_step bigint
);

create table recovery_codes (
  id bigserial primary key,
  person_id uuid not null references people(id),
  code_hash text not null unique,
  created_at timestamptz not null,
  used_at timestamptz
);
create index recovery_codes_person on recovery_codes (person_id) where used_at is null;

create table second_factor_attempts (
  id bigserial primary key,
  person_id uuid not null references people(id),
  at timestamptz not null,
  succeeded boolean not null
);
create index second_factor_attempts_person on second_factor_attempts (person_id, at);

alter table sessions add column if not exists second_factor_at timestamptz;
alter table sessions add column if not exists second_factor_method text;

alter table access_log drop constraint if exists access_log_via_check;
alter table access_log add constraint access_log_via_check check (via in ('session', 'token', 'sign_in'));
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table second_factor_attempts; drop table recovery_codes; drop table second_factors;`.execute(db);
}
