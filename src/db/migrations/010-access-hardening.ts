import { sql, type Kysely } from 'kysely';

/**
 * Access hardening after the outside security review (issue 11):
 * - each attachment names the step of the procedure it supports;
 * - an idempotency key in progress holds a lease, so a request cut off by a crash can be retried;
 * - API tokens have scopes, an expiry and the session they were minted from; tokens minted
 *   before this change keep only reading and expire 90 days after the upgrade;
 * - sign-in attempts remember the signed device they came from, so throttling can be per
 *   account and address (or device) instead of a lockout of the account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table attachments add column step text;

alter table idempotency_keys add column lease_until timestamptz;

alter table api_tokens add column scopes jsonb not null default '["read"]'::jsonb;
alter table api_tokens add column expires_at timestamptz;
update api_tokens set expires_at = now() + interval '90 days' where expires_at is null;
alter table api_tokens alter column expires_at set not null;
alter table api_tokens add column minted_by_session text;
create index api_tokens_person on api_tokens (person_id);

alter table login_attempts add column device text;
create index login_attempts_pair on login_attempts (username, ip, at);
`.execute(db);
}
