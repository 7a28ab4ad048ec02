import { sql, type Kysely } from 'kysely';

/**
 * The provinces among the units, as an index of their own (issue 16, target 3).
 *
 * `case_province` (migrations 029 and 033) finds, for each unit of a case, its nearest ancestor of
 * type `province`: the unit's ancestors joined to `units` on the primary key, kept where the type is
 * a province. With one province in a few thousand units the planner estimated the type's filter at
 * one row and read it by a scan of every unit, under each unit of the case: 0.4 ms a unit on the
 * province's data, several times over at every create and submission (whose trigger recomputes the
 * province of the proposer's unit and of its route), a third of a create's time in the database.
 * Indexed apart, the provinces are read from an index of some dozens of entries, whatever the size
 * of the tree.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index units_provinces on units (id) where type_code = 'province'`.execute(db);
  await sql`analyze units`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index units_provinces`.execute(db);
}
