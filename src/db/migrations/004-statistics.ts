import { sql, type Kysely } from 'kysely';

/**
 * Precomputed dashboard statistics. Every counter is kept per unit for every ancestor of the
 * proposer's unit (the unit itself included), so a province or the whole nation is one short
 * index range, never a scan of its cases.
 *
 * Counters are split into a few shards chosen by the case id: each transition touches the national
 * and provincial rows, and without shards concurrent transitions of one kind would queue on the
 * same row lock until commit. A case always lands in the same shard, so a shard's count is the
 * number of that shard's cases in the state and never goes below zero.
 *
 * No foreign keys on these tables: a key check takes a share lock on the unit row, and every
 * transition would then share-lock the national unit row (multixact churn) for no benefit on
 * derived data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create function stat_shard(id uuid) returns smallint language sql immutable parallel safe strict
  as $$ select (get_byte(uuid_send(id), 15) & 3)::smallint $$;

create table stat_state_counts (
  unit_id uuid not null,
  state text not null,
  domain text not null,
  shard smallint not null,
  n integer not null,
  primary key (unit_id, state, domain, shard)
);

-- Time spent in a state, added when a case leaves it: average = total_seconds / n.
create table stat_state_durations (
  unit_id uuid not null,
  state text not null,
  shard smallint not null,
  total_seconds double precision not null,
  n integer not null,
  primary key (unit_id, state, shard)
);

-- Open cases by due date: "overdue" depends on today, which moves without any write, so it is
-- counted at read time as the sum over due dates before today. Rows that reach zero are deleted,
-- so that range holds only dates that still have open cases.
create table stat_due_counts (
  unit_id uuid not null,
  due_on date not null,
  shard smallint not null,
  n integer not null,
  primary key (unit_id, due_on, shard)
);

-- What each case is counted as, and since when. The decrement on a transition is taken from
-- here, not from the caller, so the counters cannot drift even if a case's domain was edited.
create table stat_case_state (
  case_id uuid primary key,
  state text not null,
  domain text not null,
  entered_at timestamptz not null
);

-- The due date and the domain also change in actions that keep the state (forwarding to a
-- superior restarts the clock; a draft's plan may change its domain), which withTransitionTallies
-- is not told about. This trigger keeps those two exact in the same transaction.
create function stat_cases_changed() returns trigger language plpgsql as $fn$
declare
  anc uuid[];
  s smallint := stat_shard(new.id);
  old_due date := case when tg_op = 'UPDATE' then old.due_on end;
begin
  select ancestor_ids into anc from units where id = new.proposer_unit_id;
  if old_due is distinct from new.due_on then
    insert into stat_due_counts as c (unit_id, due_on, shard, n)
    select u, d.due_on, s, sum(d.delta)::int
    from unnest(anc) u, (values (old_due, -1), (new.due_on, 1)) d(due_on, delta)
    where d.due_on is not null
    group by 1, 2 order by 1, 2
    on conflict (unit_id, due_on, shard) do update set n = c.n + excluded.n;
    if old_due is not null then
      delete from stat_due_counts where unit_id = any(anc) and due_on = old_due and shard = s and n = 0;
    end if;
  end if;
  if tg_op = 'UPDATE' and old.state = new.state and old.domain <> new.domain then
    update stat_case_state set domain = new.domain where case_id = new.id and domain = old.domain;
    if found then
      insert into stat_state_counts as c (unit_id, state, domain, shard, n)
      select u, new.state, d.domain, s, d.delta
      from unnest(anc) u, (values (old.domain, -1), (new.domain, 1)) d(domain, delta)
      order by 1, 3
      on conflict (unit_id, state, domain, shard) do update set n = c.n + excluded.n;
    end if;
  end if;
  return null;
end $fn$;

create trigger stat_cases_inserted after insert on cases
  for each row when (new.due_on is not null) execute function stat_cases_changed();
create trigger stat_cases_updated after update of due_on, domain on cases
  for each row when (old.due_on is distinct from new.due_on or old.domain is distinct from new.domain)
  execute function stat_cases_changed();

-- Recomputes every statistic from the cases and their histories: run once here for existing
-- data, by the benchmark generator after a bulk load, and by hand as a repair.
create function stat_rebuild() returns void language plpgsql as $fn$
begin
  truncate stat_state_counts, stat_state_durations, stat_due_counts, stat_case_state;
  drop table if exists stat_entries, stat_case_units;
  -- A state is entered by the creation event or by an event whose 'from' differs from its 'to'.
  create temporary table stat_entries on commit drop as
    select e.case_id, e.seq, e.payload->>'to' as state, e.occurred_at
    from case_events e
    where e.payload ? 'to' and (e.payload->>'from') is distinct from (e.payload->>'to');
  insert into stat_case_state (case_id, state, domain, entered_at)
  select c.id, c.state, c.domain, coalesce(last.occurred_at, c.created_at)
  from cases c
  left join (select distinct on (case_id) case_id, occurred_at from stat_entries order by case_id, seq desc) last
    on last.case_id = c.id;
  create temporary table stat_case_units on commit drop as
    select c.id as case_id, stat_shard(c.id) as shard, a.unit_id
    from cases c join units u on u.id = c.proposer_unit_id cross join unnest(u.ancestor_ids) a(unit_id);
  insert into stat_state_counts (unit_id, state, domain, shard, n)
  select cu.unit_id, c.state, c.domain, cu.shard, count(*)
  from stat_case_units cu join cases c on c.id = cu.case_id
  group by 1, 2, 3, 4;
  insert into stat_due_counts (unit_id, due_on, shard, n)
  select cu.unit_id, c.due_on, cu.shard, count(*)
  from stat_case_units cu join cases c on c.id = cu.case_id
  where c.due_on is not null
  group by 1, 2, 3;
  insert into stat_state_durations (unit_id, state, shard, total_seconds, n)
  select cu.unit_id, s.state, cu.shard, sum(extract(epoch from s.left_at - s.occurred_at)), count(*)
  from (
    select case_id, state, occurred_at, lead(occurred_at) over (partition by case_id order by seq) as left_at
    from stat_entries
  ) s
  join stat_case_units cu on cu.case_id = s.case_id
  where s.left_at is not null
  group by 1, 2, 3;
end $fn$;

select stat_rebuild();

-- The deadline sweep (jobs/sweep-deadlines.ts, every minute in every server process) reads the
-- open cases by due date; without this index it scanned the whole cases table each time
-- (890 ms at 1 M cases). Only open cases with a time limit have a due date, so it stays small.
create index cases_open_due on cases (due_on) where due_on is not null;
`.execute(db);
}
