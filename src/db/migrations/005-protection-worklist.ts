import { sql, type Kysely } from 'kysely';

/**
 * The worklist reads the protection determinations awaiting a deciding unit's head. Only open
 * ones are indexed: decided and revoked determinations pile up over the years, open ones do not.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create index protection_determinations_awaiting on protection_determinations (deciding_unit_id)
  where status in ('pending', 'facts_recorded');
`.execute(db);
}
