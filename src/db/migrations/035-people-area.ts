import { sql, type Kysely } from 'kysely';

/**
 * The people directory within the person's area (issue 16; `app/org/list-people.ts`).
 *
 * The directory lists the officials of the units a person may browse: their area (the unit below
 * the national root that holds their unit, a province or a central body) and the subtrees they
 * administer. Filtering the country's alphabetical order by each person's unit read about as many
 * rows per page as there are areas, with a look-up of each row's unit; nationally (34 areas) some
 * 4,000 rows and 16 ms for a page of 50.
 *
 * `people.area_id` is that area of the person's unit: `ancestor_ids[2]` (the array runs from the
 * national root to the unit itself), or the unit when it is the national root. A trigger sets it
 * whoever writes a person's unit, and another follows a unit that moves to another area (an
 * update of its `ancestor_ids`, which `updateUnit` makes for each unit of a moved subtree).
 * `people_area_directory` holds each area's directory in its order, so a page walks one area's
 * entries and stops at the page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table people add column area_id uuid;

create function people_set_area() returns trigger language plpgsql as $fn$
begin
  new.area_id := (select coalesce(u.ancestor_ids[2], u.id) from units u where u.id = new.unit_id);
  return new;
end $fn$;
create trigger people_area_inserted before insert on people
  for each row execute function people_set_area();
create trigger people_area_moved before update of unit_id on people
  for each row when (old.unit_id is distinct from new.unit_id) execute function people_set_area();

create function units_move_people_area() returns trigger language plpgsql as $fn$
begin
  update people set area_id = coalesce(new.ancestor_ids[2], new.id)
   where unit_id = new.id and area_id is distinct from coalesce(new.ancestor_ids[2], new.id);
  return null;
end $fn$;
create trigger units_area_moved after update of ancestor_ids on units
  for each row when (old.ancestor_ids[2] is distinct from new.ancestor_ids[2]) execute function units_move_people_area();

update people p set area_id = coalesce(u.ancestor_ids[2], u.id) from units u where u.id = p.unit_id;
alter table people alter column area_id set not null;

create index people_area_directory on people (area_id, full_name collate vi, id) where active;
analyze people;
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
drop index people_area_directory;
drop trigger units_area_moved on units;
drop function units_move_people_area();
drop trigger people_area_moved on people;
drop trigger people_area_inserted on people;
drop function people_set_area();
alter table people drop column area_id;
`.execute(db);
}
