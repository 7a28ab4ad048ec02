import { sql, type Kysely } from 'kysely';

/**
 * The people directory (`GET /api/people`, the pickers of appraisers, co-proposers and
 * implementers) is sorted the Vietnamese way and filtered by part of a name as one types. With no
 * index for either it read and sorted every active official for each page and each keystroke:
 * 25 ms a page for a province's 20,000 people, seconds for the country's.
 *
 * - `people_directory` holds the directory's order (the `vi` collation, then the id, so that two
 *   officials of the same name keep one order across pages): a page walks it and stops.
 * - `people_search_name` is a trigram index of the accent-free name, so a rare name is found
 *   without reading everyone; a common one ("nguyen") is found sooner by walking the order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The operator class is named with the extension's own schema, as in 001-initial.
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(
    db,
  );
  const trgm = sql.raw(`"${rows[0]!.schema.replace(/"/g, '""')}".gin_trgm_ops`);
  await sql`create index people_directory on people (full_name collate vi, id) where active`.execute(db);
  await sql`create index people_search_name on people using gin (search_name ${trgm}) where active`.execute(db);
  await sql`analyze people`.execute(db);
}
