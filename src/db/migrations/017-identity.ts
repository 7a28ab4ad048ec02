import { sql, type Kysely } from 'kysely';

/**
 * Passwords and sessions (issue 17):
 * - a person whose password an administrator set must choose their own at the next sign-in;
 *   accounts that exist now keep signing in as they do;
 * - each session has an id to show and end it by (never its token's hash), the time of its last
 *   request (the idle limit counts from it) and the browser it came from, so a person can see
 *   their sessions and sign out the others.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table people add column must_change_password boolean not null default false;
alter table people add column password_changed_at timestamptz;

alter table sessions add column id uuid not null default gen_random_uuid();
alter table sessions add constraint sessions_id_unique unique (id);
alter table sessions add column last_seen_at timestamptz;
update sessions set last_seen_at = created_at where last_seen_at is null;
alter table sessions alter column last_seen_at set not null;
alter table sessions alter column last_seen_at set default now();
alter table sessions add column user_agent text;
alter table sessions add column ip text;
`.execute(db);
}
