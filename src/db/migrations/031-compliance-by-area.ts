import { sql, type Kysely } from 'kysely';

/**
 * Registration compliance kept, not grouped per request (issue 14: a national dashboard reaches
 * the 34 provinces' campaigns, whose scopes hold some 50,000 units; grouping them on every request
 * took ~100 ms).
 *
 * - `campaign_unit_status`: every unit of every campaign's scope (active, in the scope's units or
 *   subtrees) with its status, none / registered / submitted / approved.
 * - `campaign_area_status`: those units counted by status for each unit and every unit above it
 *   (`ancestor_ids`, which holds the unit itself), so the compliance of a campaign inside any
 *   subtree is a look-up of at most four rows.
 *
 * A unit's status is recomputed when its campaign tallies change (the links and every change of a
 * linked case's state, migration 030), under a lock on its status row; the area rows move only
 * when the status does (a unit crosses a threshold), taken in key order. A campaign's scope or
 * minimum, or a unit's place or activity, rebuilds the campaigns concerned.
 *
 * Which states count at which level is `levelOfCase` of the domain (`campaign-rules.ts`), written
 * here as `compliance_level`; test/campaigns checks the two agree for every state, and the kept
 * figures against the grouping they replace.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create function compliance_level(state text) returns text language sql immutable parallel safe strict as $$
  select case
    when state = 'withdrawn' then 'none'
    when state = 'draft' then 'registered'
    when state in ('in_implementation', 'suspended', 'awaiting_completion_report', 'terminated',
                   'completion_reported', 'evaluated') then 'approved'
    else 'submitted' end
$$;

-- The highest level reached by at least 'minimum' cases of the unit: an approved case is also
-- submitted and registered (complianceStatus of the domain).
create function compliance_status(registered bigint, submitted bigint, approved bigint, minimum integer)
returns text language sql immutable parallel safe as $$
  select case when approved >= minimum then 'approved'
              when submitted >= minimum then 'submitted'
              when registered >= minimum then 'registered'
              else 'none' end
$$;

create table campaign_unit_status (
  campaign_id uuid not null,
  unit_id uuid not null,
  status text not null check (status in ('none', 'registered', 'submitted', 'approved')),
  primary key (campaign_id, unit_id)
);

create table campaign_area_status (
  campaign_id uuid not null,
  area_id uuid not null,
  status text not null,
  n integer not null,
  primary key (campaign_id, area_id, status) include (n)
);

-- A unit's status in a campaign from its tallies.
create function campaign_unit_level(campaign uuid, unit uuid, minimum integer) returns text
language sql stable as $$
  select compliance_status(
    coalesce(sum(t.n) filter (where compliance_level(t.state) <> 'none'), 0),
    coalesce(sum(t.n) filter (where compliance_level(t.state) in ('submitted', 'approved')), 0),
    coalesce(sum(t.n) filter (where compliance_level(t.state) = 'approved'), 0),
    minimum)
  from campaign_tallies t where t.campaign_id = campaign and t.unit_id = unit
$$;

-- Recomputes a campaign's statuses and their counts by area from its scope and its tallies.
create function campaign_rebuild_status(campaign uuid) returns void language plpgsql as $fn$
declare
  direct uuid[];
  subtrees uuid[];
  minimum integer;
begin
  delete from campaign_area_status where campaign_id = campaign;
  delete from campaign_unit_status where campaign_id = campaign;
  select array(select (s->>'unitId')::uuid from jsonb_array_elements(c.scope) s),
         array(select (s->>'unitId')::uuid from jsonb_array_elements(c.scope) s
                where coalesce((s->>'includeSubtree')::boolean, false)),
         c.minimum_per_unit
    into direct, subtrees, minimum
    from registration_campaigns c where c.id = campaign;
  if minimum is null then return; end if;
  insert into campaign_unit_status (campaign_id, unit_id, status)
  select campaign, u.id, compliance_status(
           coalesce(sum(t.n) filter (where compliance_level(t.state) <> 'none'), 0),
           coalesce(sum(t.n) filter (where compliance_level(t.state) in ('submitted', 'approved')), 0),
           coalesce(sum(t.n) filter (where compliance_level(t.state) = 'approved'), 0),
           minimum)
    from units u
    left join campaign_tallies t on t.campaign_id = campaign and t.unit_id = u.id
   where u.active and (u.id = any(direct) or u.ancestor_ids && subtrees)
   group by u.id;
  insert into campaign_area_status (campaign_id, area_id, status, n)
  select campaign, a.id, s.status, count(*)
    from campaign_unit_status s
    join units u on u.id = s.unit_id
    cross join unnest(u.ancestor_ids) a(id)
   where s.campaign_id = campaign
   group by a.id, s.status;
end $fn$;

-- After a change of a unit's tallies: its status again, and the areas' counts if it moved.
create function campaign_unit_refresh(campaign uuid, unit uuid) returns void language plpgsql as $fn$
declare
  before text;
  after text;
begin
  -- The lock first: the tallies read next then include every change committed before it.
  select status into before from campaign_unit_status
   where campaign_id = campaign and unit_id = unit for update;
  if not found then return; end if;
  select campaign_unit_level(campaign, unit, c.minimum_per_unit) into after
    from registration_campaigns c where c.id = campaign;
  if after is null or after = before then return; end if;
  update campaign_unit_status set status = after where campaign_id = campaign and unit_id = unit;
  insert into campaign_area_status as t (campaign_id, area_id, status, n)
  select campaign, a.id, d.status, d.delta
    from units u
    cross join unnest(u.ancestor_ids) a(id)
    cross join (values (before, -1), (after, 1)) d(status, delta)
   where u.id = unit
   order by a.id, d.status
  on conflict (campaign_id, area_id, status) do update set n = t.n + excluded.n;
end $fn$;

create function campaign_tallies_status() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'DELETE' then
    perform campaign_unit_refresh(old.campaign_id, old.unit_id);
  else
    perform campaign_unit_refresh(new.campaign_id, new.unit_id);
    if tg_op = 'UPDATE' and (old.campaign_id, old.unit_id) is distinct from (new.campaign_id, new.unit_id) then
      perform campaign_unit_refresh(old.campaign_id, old.unit_id);
    end if;
  end if;
  return null;
end $fn$;
create trigger campaign_tallies_status after insert or update or delete on campaign_tallies
  for each row execute function campaign_tallies_status();

create function campaign_changed_status() returns trigger language plpgsql as $fn$
begin
  perform campaign_rebuild_status(new.id);
  return null;
end $fn$;
create trigger campaign_created_status after insert on registration_campaigns
  for each row execute function campaign_changed_status();
create trigger campaign_scope_status after update of scope, minimum_per_unit on registration_campaigns
  for each row when (old.scope is distinct from new.scope or old.minimum_per_unit <> new.minimum_per_unit)
  execute function campaign_changed_status();

-- A unit created, moved, or made active or inactive: the campaigns whose scope names it or a unit
-- above it, where it was or where it is, are rebuilt (units change seldom; once per statement).
create function units_changed_status() returns trigger language plpgsql as $fn$
declare
  campaign uuid;
begin
  for campaign in
    select r.id from registration_campaigns r
     where exists (
       select 1 from jsonb_array_elements(r.scope) s
        where (s->>'unitId')::uuid in (select unnest(ancestor_ids) from changed_units))
  loop
    perform campaign_rebuild_status(campaign);
  end loop;
  return null;
end $fn$;
create trigger units_inserted_status after insert on units
  referencing new table as changed_units
  for each statement execute function units_changed_status();
create function units_moved_status() returns trigger language plpgsql as $fn$
declare
  campaign uuid;
begin
  for campaign in
    select r.id from registration_campaigns r
     where exists (
       select 1 from jsonb_array_elements(r.scope) s
        where (s->>'unitId')::uuid in (
          select unnest(o.ancestor_ids || n.ancestor_ids)
            from old_units o join new_units n on n.id = o.id
           where o.ancestor_ids is distinct from n.ancestor_ids or o.active is distinct from n.active))
  loop
    perform campaign_rebuild_status(campaign);
  end loop;
  return null;
end $fn$;
create trigger units_updated_status after update on units
  referencing old table as old_units new table as new_units
  for each statement execute function units_moved_status();

create or replace function stat_rebuild() returns void language plpgsql as $fn$
declare
  campaign uuid;
begin
  perform stat_rebuild_counters();
  perform stat_rebuild_tallies();
  -- After the tallies: their truncation fired no trigger, so the roll-up is recomputed whole.
  perform stat_rebuild_unit_years();
  perform campaign_rebuild_tallies();
  for campaign in select id from registration_campaigns loop
    perform campaign_rebuild_status(campaign);
  end loop;
end $fn$;

select campaign_rebuild_status(id) from registration_campaigns;
`.execute(db);
}
