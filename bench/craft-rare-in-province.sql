-- Province data (one province) cannot show a term common in the country but rare in the
-- searcher's province. This makes one: every case that has all the words of :'term' moves to
-- a second province T99 (its route's province unit rewritten, so T01's officer no longer sees
-- it). The 15 oldest stay, and so do the cases a T01 officer takes part in (a case of another
-- province has its own proposer). Where migration 029 exists, the moved cases get T99 as their
-- province (the trigger would say "spans", since their other units stay T01's).
-- psql -d khien_bench_province_<suffix> -v term='hoc ba dien tu' -f bench/craft-rare-in-province.sql
begin;
insert into units (id, code, name, search_name, type_code, parent_id, ancestor_ids)
select n.id, 'T99', 'Tỉnh Thử Nghiệm', 'tinh thu nghiem', 'province', n.root, array[n.root, n.id]
from (select gen_random_uuid() as id, (select id from units where code = 'TW') as root) n
on conflict (code) do nothing;
with t01 as (select id from units where code = 'T01'), t99 as (select id from units where code = 'T99'),
officers as (select array_agg(g.person_id) as ids from role_grants g, t01 where g.role = 'org_officer' and g.unit_id = t01.id),
moved as (
  select c.id from cases c, officers where c.search_words @> regexp_split_to_array(:'term', ' ')
  and not c.participant_ids && officers.ids
  order by c.updated_at asc, c.id asc offset 15)
update cases c set route_ancestor_ids = array_replace(c.route_ancestor_ids, t01.id, t99.id),
  route_unit_ids = array_replace(c.route_unit_ids, t01.id, t99.id)
from t01, t99 where c.id in (select id from moved);
do $$ begin
  if exists (select 1 from information_schema.columns where table_name = 'cases' and column_name = 'province_id'
             and table_schema = current_schema()) then
    execute $u$ update cases set province_id = (select id from units where code = 'T99')
      where route_ancestor_ids @> array[(select id from units where code = 'T99')] $u$;
  end if;
end $$;
commit;
vacuum analyze cases;
