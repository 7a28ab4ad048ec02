import { sql, type Kysely } from 'kysely';

/**
 * Registration campaigns (issue 14, item 1): a province or city asks the units of a scope to
 * register a minimum of innovation proposals by a deadline. A case joins a campaign through
 * `campaign_cases` (one campaign per case, kept for life); compliance is one grouped query over
 * it, by (campaign, unit). `campaign_notices` holds one row per reminder or escalation sent: its
 * unique key is what stops two sweeps from sending the same one twice. PostgreSQL 15 subset.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table registration_campaigns (
  id uuid primary key,
  owner_unit_id uuid not null references units(id),
  year integer not null check (year between 2000 and 2100),
  title text not null,
  -- [{"unitId": …, "includeSubtree": true|false}, …]: the units asked to register.
  scope jsonb not null,
  minimum_per_unit integer not null check (minimum_per_unit >= 1),
  deadline date not null,
  status text not null check (status in ('open', 'closed')),
  opened_by uuid not null references people(id),
  opened_at timestamptz not null,
  closed_by uuid references people(id),
  closed_at timestamptz,
  version integer not null default 1
);
create index registration_campaigns_owner on registration_campaigns (owner_unit_id, year);
create index registration_campaigns_open on registration_campaigns (deadline) where status = 'open';

create table campaign_cases (
  case_id uuid primary key references cases(id),
  campaign_id uuid not null references registration_campaigns(id),
  unit_id uuid not null references units(id),
  linked_at timestamptz not null
);
create index campaign_cases_campaign_unit on campaign_cases (campaign_id, unit_id);

create table campaign_notices (
  id bigserial primary key,
  campaign_id uuid not null references registration_campaigns(id),
  unit_id uuid not null references units(id),
  kind text not null check (kind in ('reminder', 'escalation')),
  offset_days integer not null,
  created_at timestamptz not null,
  unique (campaign_id, unit_id, kind, offset_days)
);
`.execute(db);
}
