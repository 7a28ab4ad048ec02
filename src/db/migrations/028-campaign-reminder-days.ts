import { sql, type Kysely } from 'kysely';

/**
 * The working days before a campaign's deadline on which laggards are reminded: a profile setting
 * (the HCMC plan fixes none), fixed on the campaign when it opens like its minimum, so a later
 * profile version does not change a running campaign. Campaigns opened before keep 5 and 1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table registration_campaigns add column reminder_days_before integer[] not null default '{5,1}';
alter table registration_campaigns add constraint registration_campaigns_reminder_days check (
  cardinality(reminder_days_before) between 1 and 5 and 0 <= all(reminder_days_before) and 60 >= all(reminder_days_before)
);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table registration_campaigns drop column reminder_days_before`.execute(db);
}
