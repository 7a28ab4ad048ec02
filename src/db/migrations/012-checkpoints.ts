import { sql, type Kysely } from 'kysely';

/**
 * Signed checkpoints of every chain's head (issue 12), in the manner of Certificate Transparency:
 * an append-only log of leaves `{chain, size, head}` (one per chain whose head moved since the
 * last checkpoint), and signed tree heads over it. Neither table may be updated or emptied: a
 * checkpoint once published must stay provable. `frontier` is the right edge of the tree, so the
 * next checkpoint costs the heads that moved, not the size of the log; `last_event_id` is where
 * the next one starts looking for moved chains.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table checkpoint_leaves (
  leaf_index bigint primary key,
  chain uuid not null,
  size integer not null,
  head text not null,
  leaf_hash text not null,
  checkpoint_id integer not null
);
create index checkpoint_leaves_chain on checkpoint_leaves (chain, leaf_index);

create table checkpoints (
  id integer primary key,
  tree_size bigint not null,
  root_hash text not null,
  frontier jsonb not null,
  last_event_id bigint not null,
  created_at timestamptz not null,
  key_id text not null,
  signature text not null
);

create function checkpoints_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'checkpoints are append-only';
end $$;
create trigger checkpoint_leaves_append_only before update or delete on checkpoint_leaves
  for each row execute function checkpoints_append_only();
create trigger checkpoints_append_only before update or delete on checkpoints
  for each row execute function checkpoints_append_only();
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table checkpoints; drop table checkpoint_leaves; drop function checkpoints_append_only();`.execute(db);
}
