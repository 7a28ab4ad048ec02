import { sql, type Kysely } from 'kysely';

/**
 * Every dashboard figure by the year the proposal was made, precomputed per unit for every
 * ancestor of the proposer's unit, like the counters of 004-statistics: one table of tallies,
 * `figure` naming what is counted and `k1`/`k2` its keys.
 *
 *   state       k1 = state, k2 = domain                 cases in each state
 *   duration    k1 = state                              exits from the state (n) and the time spent (seconds)
 *   due         k1 = due date (ISO, sorts as text)      open cases by due date; overdue = due before today
 *   outcome     k1 = completed | partly_completed | not_completed
 *   protection  k1 = granted | refused | revoked, k2 = the decided result (per person)
 *   reward      k1 = form, k2 = status
 *
 * `state` and `duration` are kept by withTransitionTallies (statistics-repository.ts), the rest by the
 * triggers below, always in the transaction of the write they count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table stat_tallies (
  unit_id uuid not null,
  figure text not null,
  year smallint not null,
  k1 text not null,
  k2 text not null default '',
  shard smallint not null,
  n integer not null,
  seconds double precision not null default 0,
  primary key (unit_id, figure, year, k1, k2, shard)
);

-- Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
create function stat_year(at timestamptz) returns smallint language sql immutable parallel safe strict
  as $$ select extract(year from (at at time zone 'UTC') + interval '7 hours')::smallint $$;

-- Adds delta (and seconds) to one tally of the case, for every ancestor of its proposer's unit,
-- in unit order so that two writers never lock the same rows in opposite orders.
create function stat_tally(case_id uuid, figure text, k1 text, k2 text, delta integer, secs double precision)
returns void language sql as $$
  insert into stat_tallies as t (unit_id, figure, year, k1, k2, shard, n, seconds)
  select a.unit_id, figure, stat_year(c.created_at), k1, coalesce(k2, ''), stat_shard(c.id), delta, secs
  from cases c join units u on u.id = c.proposer_unit_id cross join unnest(u.ancestor_ids) a(unit_id)
  where c.id = case_id and k1 is not null
  order by 1
  on conflict (unit_id, figure, year, k1, k2, shard) do update
    set n = t.n + excluded.n, seconds = t.seconds + excluded.seconds
$$;

-- The due date and the domain of 004's trigger, now also by year.
create function stat_tallies_cases_changed() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' or old.due_on is distinct from new.due_on then
    if tg_op = 'UPDATE' and old.due_on is not null then
      perform stat_tally(new.id, 'due', old.due_on::text, '', -1, 0);
      delete from stat_tallies where figure = 'due' and k1 = old.due_on::text and n = 0
        and unit_id in (select unnest(ancestor_ids) from units where id = new.proposer_unit_id);
    end if;
    perform stat_tally(new.id, 'due', new.due_on::text, '', 1, 0);
  end if;
  if tg_op = 'UPDATE' and old.state = new.state and old.domain <> new.domain then
    perform stat_tally(new.id, 'state', new.state, old.domain, -1, 0);
    perform stat_tally(new.id, 'state', new.state, new.domain, 1, 0);
  end if;
  return null;
end $fn$;
create trigger stat_tallies_cases_inserted after insert on cases
  for each row when (new.due_on is not null) execute function stat_tallies_cases_changed();
create trigger stat_tallies_cases_updated after update of due_on, domain on cases
  for each row when (old.due_on is distinct from new.due_on or (old.domain <> new.domain and old.state = new.state))
  execute function stat_tallies_cases_changed();

-- The evaluation is recorded once: evaluated is a final state.
create function stat_tallies_evaluated() returns trigger language plpgsql as $fn$
begin
  perform stat_tally(new.case_id, 'outcome', new.payload->>'outcome', '', 1, 0);
  return null;
end $fn$;
create trigger stat_tallies_evaluated after insert on case_events
  for each row when (new.type = 'evaluated') execute function stat_tallies_evaluated();

create function stat_protection_class(status text, result text) returns text language sql immutable as $$
  select case status when 'decided' then case when result = 'not_protected' then 'refused' else 'granted' end
                     when 'revoked' then 'revoked' end
$$;

create function stat_tallies_protection() returns trigger language plpgsql as $fn$
declare
  case_of uuid;
begin
  select pc.case_id into case_of from protection_cases pc where pc.id = new.protection_case_id;
  if tg_op = 'UPDATE' then
    perform stat_tally(case_of, 'protection', stat_protection_class(old.status, old.decided_result),
                       old.decided_result, -1, 0);
  end if;
  perform stat_tally(case_of, 'protection', stat_protection_class(new.status, new.decided_result),
                     new.decided_result, 1, 0);
  return null;
end $fn$;
create trigger stat_tallies_protection after insert or update of status, decided_result on protection_determinations
  for each row execute function stat_tallies_protection();

create function stat_tallies_reward() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'UPDATE' then
    perform stat_tally(new.case_id, 'reward', old.form, old.status, -1, 0);
  end if;
  perform stat_tally(new.case_id, 'reward', new.form, new.status, 1, 0);
  return null;
end $fn$;
create trigger stat_tallies_reward after insert or update of status, form on reward_proposals
  for each row execute function stat_tallies_reward();

-- Recomputes the tallies from the cases, their histories, protections and rewards.
create function stat_rebuild_tallies() returns void language plpgsql as $fn$
begin
  truncate stat_tallies;
  drop table if exists stat_tally_units;
  create temporary table stat_tally_units on commit drop as
    select c.id as case_id, stat_shard(c.id) as shard, stat_year(c.created_at) as year, a.unit_id
    from cases c join units u on u.id = c.proposer_unit_id cross join unnest(u.ancestor_ids) a(unit_id);
  insert into stat_tallies (unit_id, figure, year, k1, k2, shard, n, seconds)
  select cu.unit_id, f.figure, cu.year, f.k1, f.k2, cu.shard, sum(f.n), sum(f.seconds)
  from stat_tally_units cu join (
    select id as case_id, 'state' as figure, state as k1, domain as k2, 1 as n, 0::float8 as seconds from cases
    union all
    select id, 'due', due_on::text, '', 1, 0 from cases where due_on is not null
    union all
    select case_id, 'duration', state, '', 1, extract(epoch from left_at - occurred_at)::float8
    from (
      select e.case_id, e.payload->>'to' as state, e.occurred_at,
             lead(e.occurred_at) over (partition by e.case_id order by e.seq) as left_at
      from case_events e
      where e.payload ? 'to' and (e.payload->>'from') is distinct from (e.payload->>'to')
    ) s where left_at is not null
    union all
    select case_id, 'outcome', payload->>'outcome', '', 1, 0 from case_events where type = 'evaluated'
    union all
    select pc.case_id, 'protection', stat_protection_class(d.status, d.decided_result), coalesce(d.decided_result, ''), 1, 0
    from protection_determinations d join protection_cases pc on pc.id = d.protection_case_id
    where stat_protection_class(d.status, d.decided_result) is not null
    union all
    select case_id, 'reward', form, status, 1, 0 from reward_proposals
  ) f on f.case_id = cu.case_id
  where f.k1 is not null
  group by 1, 2, 3, 4, 5, 6;
end $fn$;

alter function stat_rebuild() rename to stat_rebuild_counters;
create function stat_rebuild() returns void language plpgsql as $fn$
begin
  perform stat_rebuild_counters();
  perform stat_rebuild_tallies();
end $fn$;

select stat_rebuild_tallies();
`.execute(db);
}
