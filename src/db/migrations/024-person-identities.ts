import { sql, type Kysely } from 'kysely';

/**
 * Single sign-on with OpenID Connect (identity issue, item 3):
 * - a person is reached from a provider's account only through a link (issuer, subject), made by
 *   an administrator or by a verified claim at sign-in; an account never creates a person;
 * - a session remembers when and how a second factor was given: the provider's `amr` may say so.
 *   Migration 023 adds the same two columns for TOTP, the same way, so either order works.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table person_identities (
  id uuid primary key default gen_random_uuid(),
  issuer text not null,
  subject text not null,
  person_id uuid not null references people(id),
  linked_by uuid references people(id),
  linked_via text not null check (linked_via in ('administrator', 'claim')),
  linked_at timestamptz not null default now(),
  constraint person_identities_issuer_subject unique (issuer, subject)
);
create index person_identities_person on person_identities (person_id);

alter table sessions add column if not exists second_factor_at timestamptz;
alter table sessions add column if not exists second_factor_method text;
`.execute(db);
}
