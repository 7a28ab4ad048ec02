import { sql, type Kysely } from 'kysely';

/**
 * Search within the searcher's province (issue 16, target 1). A provincial searcher's term that
 * is common in the country but rare in the province used to read every match in the country to
 * keep the province's few; a first look at the latest changes of the whole country, mostly other
 * provinces', rarely filled the page.
 *
 * `cases.province_id` is the one province that holds every unit of the case: the proposer's unit
 * and every unit of its route (`route_unit_ids`, `route_ancestor_ids`, `route_party_unit_ids`),
 * each unit's province being its nearest ancestor (or itself) of type `province`. It is null when
 * no unit lies in a province (a national case), and `SPANS_PROVINCES` (the nil UUID) when units of
 * two provinces meet in one case (a party committee set in another province, or a unit moved to
 * another province after the case passed through it). A trigger computes it from those columns,
 * whoever writes them (creation, submission, forwarding to a superior); `updateUnit` recomputes
 * the cases a moved or retyped unit touches (`recomputeCaseProvinces`).
 *
 * Indexes: `cases_province_updated` (province, updated_at, id), the first look walking one
 * province's latest changes; and the words' GIN index becomes a two-column one with the province
 * (`btree_gin`), so the whole search intersects the province with the words inside one index. A
 * multi-column GIN index serves a condition on either column alone, so the national search keeps
 * using it for the words; each row adds one key (its province) to the GIN index, and one entry to
 * the new btree.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists btree_gin`.execute(db);
  await sql`
alter table cases add column province_id uuid;

create function case_province(unit_ids uuid[]) returns uuid language sql stable as $fn$
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
  where u.id = any(unit_ids)
$fn$;

create function cases_set_province() returns trigger language plpgsql as $fn$
begin
  new.province_id := case_province(
    array[new.proposer_unit_id] || new.route_unit_ids || new.route_ancestor_ids || new.route_party_unit_ids);
  return new;
end $fn$;
create trigger cases_province_inserted before insert on cases
  for each row execute function cases_set_province();
create trigger cases_province_routed before update of proposer_unit_id, route_unit_ids, route_ancestor_ids, route_party_unit_ids on cases
  for each row when (
    old.proposer_unit_id is distinct from new.proposer_unit_id
    or old.route_unit_ids is distinct from new.route_unit_ids
    or old.route_ancestor_ids is distinct from new.route_ancestor_ids
    or old.route_party_unit_ids is distinct from new.route_party_unit_ids
  ) execute function cases_set_province();

update cases set province_id = case_province(
  array[proposer_unit_id] || route_unit_ids || route_ancestor_ids || route_party_unit_ids);

create index cases_province_updated on cases (province_id, updated_at desc, id desc);
create index cases_province_words on cases using gin (province_id, search_words);
drop index cases_search_words;
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
create index cases_search_words on cases using gin (search_words);
drop index cases_province_words;
drop index cases_province_updated;
drop trigger cases_province_routed on cases;
drop trigger cases_province_inserted on cases;
drop function cases_set_province();
drop function case_province(uuid[]);
alter table cases drop column province_id;
`.execute(db);
}
