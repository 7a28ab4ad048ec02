import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';
import { PROTECTION_RULE_SETS_V1 } from './data/protection-rule-sets-v1.ts';

/**
 * Protection from liability (Art. 11), rewards (Art. 10) and the history they rest on. Decisions
 * themselves are events of the case's hash chain; these tables hold the working state and an
 * append-only trail. Kept to the PostgreSQL 15 subset.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
-- Raised by triggers: published rule sets and recorded facts are never changed, and no protection
-- or reward row is ever deleted (a revocation is recorded beside the decision it revokes).
create function protection_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end $fn$;
create function protection_no_delete() returns trigger language plpgsql as $fn$
begin
  raise exception 'rows of % are never deleted', tg_table_name using errcode = '42501';
end $fn$;

create table protection_rule_sets (
  id text not null,
  version integer not null check (version >= 1),
  definition jsonb not null,
  sha256 text not null,
  built_in boolean not null default false,
  published_at timestamptz not null default now(),
  published_by uuid references people(id),
  primary key (id, version)
);
create trigger protection_rule_sets_immutable before update or delete on protection_rule_sets
  for each row execute function protection_append_only();

create table protection_cases (
  id uuid primary key,
  case_id uuid not null references cases(id),
  seq integer not null,
  status text not null check (status in ('open', 'decided')),
  version integer not null default 1,
  rule_set_id text not null,
  rule_set_version integer not null,
  rule_set_sha256 text not null,
  opened_reason text not null,
  opened_by uuid references people(id),
  opened_as text,
  reasons text,
  finding_reference text,
  opened_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz,
  foreign key (rule_set_id, rule_set_version) references protection_rule_sets (id, version),
  unique (case_id, seq)
);
-- One protection case in progress per proposal: a second finding joins the open one.
create unique index protection_cases_one_open on protection_cases (case_id) where status = 'open';
create trigger protection_cases_no_delete before delete on protection_cases
  for each row execute function protection_no_delete();

create table protection_determinations (
  id uuid primary key,
  protection_case_id uuid not null references protection_cases(id),
  person_id uuid not null references people(id),
  role text not null,
  roles text[] not null,
  deciding_unit_id uuid not null references units(id),
  status text not null check (status in ('pending', 'facts_recorded', 'decided', 'revoked')),
  facts_version integer not null default 0,
  decided_result text,
  departed boolean,
  decision jsonb,
  decided_by uuid references people(id),
  decided_at timestamptz,
  decision_event_seq integer,
  revocation jsonb,
  revoked_by uuid references people(id),
  revoked_at timestamptz,
  revocation_event_seq integer,
  unique (protection_case_id, person_id)
);
create index protection_determinations_person on protection_determinations (person_id);
create trigger protection_determinations_no_delete before delete on protection_determinations
  for each row execute function protection_no_delete();

create table protection_fact_versions (
  determination_id uuid not null references protection_determinations(id),
  version integer not null,
  facts jsonb not null,
  facts_sha256 text not null,
  evidence_attachment_ids jsonb not null,
  recommendation jsonb not null,
  recommendation_sha256 text not null,
  recorded_by uuid not null references people(id),
  recorded_as text not null,
  recorded_at timestamptz not null,
  event_seq integer not null,
  primary key (determination_id, version)
);
create trigger protection_fact_versions_immutable before update or delete on protection_fact_versions
  for each row execute function protection_append_only();

-- Local reward forms (HCMC) per procedure profile code, or '*' for the whole installation.
create table reward_local_options (
  scope text primary key,
  enabled boolean not null,
  updated_by uuid references people(id),
  updated_at timestamptz not null default now()
);
insert into reward_local_options (scope, enabled) values ('HCM-124', true);

create table reward_proposals (
  id uuid primary key,
  case_id uuid not null references cases(id),
  status text not null check (status in ('proposed', 'granted', 'refused', 'implemented', 'not_implemented')),
  version integer not null default 1,
  beneficiary_kind text not null,
  person_id uuid references people(id),
  unit_id uuid references units(id),
  form text not null,
  months integer,
  description text,
  justification text not null,
  legal_basis text not null,
  proposed_by uuid not null references people(id),
  proposed_as text not null,
  proposed_at timestamptz not null,
  proposal_event_seq integer not null,
  decision jsonb,
  decided_by uuid references people(id),
  decided_at timestamptz,
  outcome jsonb,
  outcome_recorded_by uuid references people(id),
  outcome_recorded_at timestamptz,
  check ((person_id is null) <> (unit_id is null))
);
create unique index reward_proposals_live on reward_proposals (case_id, coalesce(person_id, unit_id), form)
  where status in ('proposed', 'granted', 'implemented');
create index reward_proposals_case on reward_proposals (case_id);
create index reward_proposals_person on reward_proposals (person_id) where person_id is not null;
create trigger reward_proposals_no_delete before delete on reward_proposals
  for each row execute function protection_no_delete();
`.execute(db);

  // The built-in sets as they stand when the installation is created; later versions are
  // published as data, so this snapshot never has to change.
  for (const set of PROTECTION_RULE_SETS_V1) {
    const definition = JSON.parse(JSON.stringify(set)) as unknown;
    const hash = createHash('sha256').update(canonicalJson(definition)).digest('hex');
    await sql`insert into protection_rule_sets (id, version, definition, sha256, built_in)
      values (${set.id}, ${set.version}, ${JSON.stringify(definition)}::jsonb, ${hash}, true)`.execute(db);
  }
}
