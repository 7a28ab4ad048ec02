import { sql, type Kysely } from 'kysely';

/**
 * KL14 §2.5 after the evaluation: a case adopted from a model keeps the link to its origin, and the
 * models offered for replication and the public showcase hold the initiatives whose deciding head approved publication — only what the
 * approval allows, kept in its own table so that a public read never touches a case row; a
 * withdrawn publication's row is deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table cases add column replicated_from_case_id uuid references cases(id);
create index cases_replicated_from on cases (replicated_from_case_id) where replicated_from_case_id is not null;

-- Models to replicate, offered to every unit: what the marking head wrote, and the plan version to adapt.
create table case_models (
  case_id uuid primary key references cases(id),
  code text not null unique,
  title text not null,
  unit_name text not null,
  summary text not null,
  plan_version integer not null,
  marked_on date not null
);
create index case_models_recent on case_models (marked_on desc, code desc);

create table showcase_items (
  case_id uuid primary key references cases(id),
  code text not null unique,
  title text not null,
  unit_name text not null,
  summary text not null,
  results text not null,
  proposer_names text,
  published_on date not null,
  search_text text not null,
  search_words text[] generated always as (array_remove(regexp_split_to_array(search_text, '[^a-z0-9]+'), '')) stored
);
create index showcase_items_recent on showcase_items (published_on desc, code desc);
create index showcase_items_words on showcase_items using gin (search_words);
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table showcase_items; drop table case_models; alter table cases drop column replicated_from_case_id;`.execute(
    db,
  );
}
