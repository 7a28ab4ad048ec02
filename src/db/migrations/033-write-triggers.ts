import { sql, type Kysely } from 'kysely';

/**
 * What a transition costs the database in its triggers (issue 16, target 3). A profile of
 * PostgreSQL under the benchmark's write mix found a quarter of its time in the triggers that
 * keep the statistics, most of it spent planning and waiting, not counting:
 *
 * 1. The counters of 004-statistics that nothing reads any more. Since 018 the dashboard reads
 *    its figures by year from `stat_tallies` (state, duration and due date among them), so
 *    `stat_state_counts`, `stat_state_durations` and `stat_due_counts` were written by every
 *    transition and never read. A row of `stat_due_counts` is one due date of one unit: every
 *    case in the country falling due on the same day updated the same national and provincial
 *    rows and held their locks until commit (4.6 ms an upsert, most of it waiting). They are
 *    dropped. `stat_case_state` stays: `withTransitionTallies` takes the decrement and the time spent
 *    in the state from it, and a small trigger keeps its domain.
 *
 * 2. Functions in `language sql` are planned again at every call, where PL/pgSQL keeps its plans
 *    for the session. `stat_tally`, `campaign_tally` and `case_province` are now PL/pgSQL, with
 *    the same signatures and results.
 *
 * 3. A moved due date was two calls of `stat_tally` (the old date −1, the new +1), each reading
 *    the case and its unit again, and a delete of emptied rows over every shard. It is now one
 *    upsert over (unit, date) in key order, from the trigger's own row, and the delete touches
 *    only the rows that upsert emptied. The key order also means two cases moving between the
 *    same two dates in opposite directions can no longer lock the rows in opposite orders.
 *
 * 4. `stat_unit_years` (030) counted every change of a state tally row, so a transition, which
 *    takes one from its old state and adds one to its new, updated each ancestor's (unit, year)
 *    row twice for a net change of zero, the national row included. Statement triggers over the
 *    transition tables now add the net change only, and a transition writes nothing there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
drop trigger stat_cases_inserted on cases;
drop trigger stat_cases_updated on cases;
drop function stat_cases_changed();
drop table stat_state_counts, stat_state_durations, stat_due_counts;

-- What the dropped trigger still did for stat_case_state: a draft's plan may change its domain
-- without a change of state, which withTransitionTallies is not told about.
create function stat_case_state_domain() returns trigger language plpgsql as $fn$
begin
  update stat_case_state set domain = new.domain where case_id = new.id and domain = old.domain;
  return null;
end $fn$;
create trigger stat_case_state_domain after update of domain on cases
  for each row when (old.state = new.state and old.domain <> new.domain)
  execute function stat_case_state_domain();

create or replace function stat_rebuild_counters() returns void language plpgsql as $fn$
begin
  truncate stat_case_state;
  -- A state is entered by the creation event or by an event whose 'from' differs from its 'to'.
  insert into stat_case_state (case_id, state, domain, entered_at)
  select c.id, c.state, c.domain, coalesce(last.occurred_at, c.created_at)
  from cases c
  left join (
    select distinct on (e.case_id) e.case_id, e.occurred_at
    from case_events e
    where e.payload ? 'to' and (e.payload->>'from') is distinct from (e.payload->>'to')
    order by e.case_id, e.seq desc
  ) last on last.case_id = c.id;
end $fn$;

create or replace function stat_tally(case_id uuid, figure text, k1 text, k2 text, delta integer, secs double precision)
returns void language plpgsql as $fn$
begin
  insert into stat_tallies as t (unit_id, figure, year, k1, k2, shard, n, seconds)
  select a.unit_id, stat_tally.figure, stat_year(c.created_at), stat_tally.k1, coalesce(stat_tally.k2, ''),
         stat_shard(c.id), stat_tally.delta, stat_tally.secs
  from cases c join units u on u.id = c.proposer_unit_id cross join unnest(u.ancestor_ids) a(unit_id)
  where c.id = stat_tally.case_id and stat_tally.k1 is not null
  order by 1
  on conflict on constraint stat_tallies_pkey do update
    set n = t.n + excluded.n, seconds = t.seconds + excluded.seconds;
end $fn$;

create or replace function stat_tallies_cases_changed() returns trigger language plpgsql as $fn$
declare
  anc uuid[];
  old_due text := case when tg_op = 'UPDATE' then old.due_on::text end;
  y smallint := stat_year(new.created_at);
  s smallint := stat_shard(new.id);
begin
  if tg_op = 'INSERT' or old.due_on is distinct from new.due_on then
    select ancestor_ids into anc from units where id = new.proposer_unit_id;
    insert into stat_tallies as t (unit_id, figure, year, k1, k2, shard, n, seconds)
    select a.unit_id, 'due', y, d.k1, '', s, d.delta, 0
    from unnest(anc) a(unit_id), (values (old_due, -1), (new.due_on::text, 1)) d(k1, delta)
    where d.k1 is not null
    order by 1, 4
    on conflict on constraint stat_tallies_pkey do update set n = t.n + excluded.n;
    if old_due is not null then
      delete from stat_tallies
      where unit_id = any(anc) and figure = 'due' and year = y and k1 = old_due and k2 = '' and shard = s and n = 0;
    end if;
  end if;
  if tg_op = 'UPDATE' and old.state = new.state and old.domain <> new.domain then
    perform stat_tally(new.id, 'state', new.state, old.domain, -1, 0);
    perform stat_tally(new.id, 'state', new.state, new.domain, 1, 0);
  end if;
  return null;
end $fn$;

create or replace function campaign_tally(case_of uuid, changes jsonb) returns void language plpgsql as $fn$
begin
  insert into campaign_tallies as t (campaign_id, unit_id, state, shard, n)
  select cc.campaign_id, cc.unit_id, d.key, stat_shard(cc.case_id), d.value::int
  from campaign_cases cc cross join jsonb_each_text(campaign_tally.changes) d
  where cc.case_id = campaign_tally.case_of
  order by d.key
  on conflict on constraint campaign_tallies_pkey do update set n = t.n + excluded.n;
end $fn$;

create or replace function case_province(unit_ids uuid[]) returns uuid language plpgsql stable as $fn$
begin
  return (
    select case count(distinct p.id)
             when 0 then null
             when 1 then (array_agg(p.id))[1]
             else '00000000-0000-0000-0000-000000000000'::uuid end
    from units u
    cross join lateral (
      select a.id from unnest(u.ancestor_ids) with ordinality as x(id, n)
      join units a on a.id = x.id and a.type_code = 'province'
      order by x.n desc limit 1
    ) p
    where u.id = any(case_province.unit_ids));
end $fn$;

drop trigger stat_unit_years_inserted on stat_tallies;
drop trigger stat_unit_years_updated on stat_tallies;
drop trigger stat_unit_years_deleted on stat_tallies;
drop function stat_unit_years_changed();

-- One function per trigger: each reads the transition tables its own trigger names.
create function stat_unit_years_inserted() returns trigger language plpgsql as $fn$
begin
  insert into stat_unit_years as t (unit_id, year, shard, n)
  select unit_id, year, shard, sum(n) from inserted_rows where figure = 'state'
  group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
  on conflict on constraint stat_unit_years_pkey do update set n = t.n + excluded.n;
  return null;
end $fn$;
create function stat_unit_years_updated() returns trigger language plpgsql as $fn$
begin
  insert into stat_unit_years as t (unit_id, year, shard, n)
  select unit_id, year, shard, sum(n) from (
    select unit_id, year, shard, n from new_rows where figure = 'state'
    union all
    select unit_id, year, shard, -n from old_rows where figure = 'state'
  ) d
  group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
  on conflict on constraint stat_unit_years_pkey do update set n = t.n + excluded.n;
  return null;
end $fn$;
create function stat_unit_years_deleted() returns trigger language plpgsql as $fn$
begin
  insert into stat_unit_years as t (unit_id, year, shard, n)
  select unit_id, year, shard, -sum(n) from deleted_rows where figure = 'state'
  group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
  on conflict on constraint stat_unit_years_pkey do update set n = t.n + excluded.n;
  return null;
end $fn$;
create trigger stat_unit_years_inserted after insert on stat_tallies
  referencing new table as inserted_rows for each statement execute function stat_unit_years_inserted();
create trigger stat_unit_years_updated after update on stat_tallies
  referencing old table as old_rows new table as new_rows for each statement execute function stat_unit_years_updated();
create trigger stat_unit_years_deleted after delete on stat_tallies
  referencing old table as deleted_rows for each statement execute function stat_unit_years_deleted();
`.execute(db);
}
