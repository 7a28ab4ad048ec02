import { sql, type Kysely } from 'kysely';

/**
 * A search whose words are rare in the whole country is made at once, in one statement, when
 * PostgreSQL's own statistics show it (`app/cases/word-statistics.ts`). Those statistics list the
 * words of `search_words` above a share that the column's statistics target sets: at the default
 * (100) a word not listed may still be in 0.1–0.2 % of cases (1,000–2,000 of a million), too many
 * to say. At 1,000 the sample is 300,000 rows and a word not listed is in at most about 0.01 %
 * (some 120 of a million cases at 18 words a case). ANALYZE of `cases` reads the larger sample:
 * about 4 s for this column on a million cases, in autovacuum's background.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases alter column search_words set statistics 1000`.execute(db);
  await sql`analyze cases (search_words)`.execute(db);
}
