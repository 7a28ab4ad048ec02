import { sql, type Kysely } from 'kysely';

/**
 * The dashboard without reading scattered rows (issue 14: p95 ≤ 50 ms at 200 req/s).
 *
 * 1. The tallies' key carries `n` and `seconds` (`include`), so the dashboard's sums — a unit's
 *    figures, each child unit's count, the overdue count, the years — are index-only scans: a
 *    unit's rows are spread over the whole table, and reading them from the heap cost ~23,600
 *    pages for a province's 132 child units. The same index, so writes maintain no second one.
 *    `stat_unit_years` rolls the state tallies up by (unit, year, shard): each child unit's count
 *    is then a few entries, not one per state × domain of every year.
 *
 * 2. `campaign_tallies`: the registered cases of each (campaign, unit) counted by their state,
 *    kept by triggers in the transaction of the link and of every change of state, sharded like
 *    the statistics so that cases of one unit do not all wait on one row. Compliance sums these
 *    few rows instead of reading every registered case; which states count as registered,
 *    submitted or approved stays in the domain (`campaign-rules.ts`), applied by the query.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table stat_tallies drop constraint stat_tallies_pkey,
  add constraint stat_tallies_pkey primary key (unit_id, figure, year, k1, k2, shard) include (n, seconds);

create table stat_unit_years (
  unit_id uuid not null,
  year smallint not null,
  shard smallint not null,
  n integer not null,
  primary key (unit_id, year, shard) include (n)
);

-- Kept from the state tallies themselves, so every writer of them (withTransitionTallies, the domain
-- trigger of 018) keeps it too, on the rows it has just locked in unit order.
create function stat_unit_years_changed() returns trigger language plpgsql as $fn$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    insert into stat_unit_years as t (unit_id, year, shard, n) values (old.unit_id, old.year, old.shard, -old.n)
    on conflict (unit_id, year, shard) do update set n = t.n + excluded.n;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into stat_unit_years as t (unit_id, year, shard, n) values (new.unit_id, new.year, new.shard, new.n)
    on conflict (unit_id, year, shard) do update set n = t.n + excluded.n;
  end if;
  return null;
end $fn$;
create trigger stat_unit_years_inserted after insert on stat_tallies
  for each row when (new.figure = 'state') execute function stat_unit_years_changed();
create trigger stat_unit_years_updated after update of n on stat_tallies
  for each row when (new.figure = 'state' and old.n <> new.n) execute function stat_unit_years_changed();
create trigger stat_unit_years_deleted after delete on stat_tallies
  for each row when (old.figure = 'state') execute function stat_unit_years_changed();

create function stat_rebuild_unit_years() returns void language plpgsql as $fn$
begin
  truncate stat_unit_years;
  insert into stat_unit_years (unit_id, year, shard, n)
  select unit_id, year, shard, sum(n) from stat_tallies where figure = 'state' group by 1, 2, 3;
end $fn$;

create table campaign_tallies (
  campaign_id uuid not null,
  unit_id uuid not null,
  state text not null,
  shard smallint not null,
  n integer not null,
  primary key (campaign_id, unit_id, state, shard) include (n)
);

-- Adds delta to the tally of the case's campaign, unit and state; nothing for a case in no campaign.
-- Rows are taken in key order so that two writers never lock them in opposite orders.
create function campaign_tally(case_of uuid, changes jsonb) returns void language sql as $$
  insert into campaign_tallies as t (campaign_id, unit_id, state, shard, n)
  select cc.campaign_id, cc.unit_id, d.key, stat_shard(cc.case_id), d.value::int
  from campaign_cases cc cross join jsonb_each_text(changes) d
  where cc.case_id = case_of
  order by d.key
  on conflict (campaign_id, unit_id, state, shard) do update set n = t.n + excluded.n
$$;

create function campaign_tallies_linked() returns trigger language plpgsql as $fn$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    insert into campaign_tallies as t (campaign_id, unit_id, state, shard, n)
    select old.campaign_id, old.unit_id, c.state, stat_shard(c.id), -1 from cases c where c.id = old.case_id
    on conflict (campaign_id, unit_id, state, shard) do update set n = t.n + excluded.n;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into campaign_tallies as t (campaign_id, unit_id, state, shard, n)
    select new.campaign_id, new.unit_id, c.state, stat_shard(c.id), 1 from cases c where c.id = new.case_id
    on conflict (campaign_id, unit_id, state, shard) do update set n = t.n + excluded.n;
  end if;
  return null;
end $fn$;
create trigger campaign_tallies_linked after insert or delete or update of campaign_id, unit_id on campaign_cases
  for each row execute function campaign_tallies_linked();

-- A change of state moves the case from one tally to the other: one primary-key look-up in
-- campaign_cases for a case in no campaign.
create function campaign_tallies_state() returns trigger language plpgsql as $fn$
begin
  perform campaign_tally(new.id, jsonb_build_object(old.state, -1, new.state, 1));
  return null;
end $fn$;
create trigger campaign_tallies_state after update of state on cases
  for each row when (old.state is distinct from new.state) execute function campaign_tallies_state();

-- Recomputes the tallies from the links and the cases' states.
create function campaign_rebuild_tallies() returns void language plpgsql as $fn$
begin
  truncate campaign_tallies;
  insert into campaign_tallies (campaign_id, unit_id, state, shard, n)
  select cc.campaign_id, cc.unit_id, c.state, stat_shard(c.id), count(*)
  from campaign_cases cc join cases c on c.id = cc.case_id
  group by 1, 2, 3, 4;
end $fn$;

create or replace function stat_rebuild() returns void language plpgsql as $fn$
begin
  perform stat_rebuild_counters();
  perform stat_rebuild_tallies();
  -- After the tallies: their truncation fired no trigger, so the roll-up is recomputed whole.
  perform stat_rebuild_unit_years();
  perform campaign_rebuild_tallies();
end $fn$;

select stat_rebuild_unit_years();
select campaign_rebuild_tallies();
`.execute(db);
}
