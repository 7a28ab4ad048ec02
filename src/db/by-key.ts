import { sql } from 'kysely';
import { BY_KEY_MARK } from './prepared-statements.ts';

/**
 * Marks a read that finds its rows by a key (a primary or unique key, or one case's rows), so that
 * it is sent as a prepared statement and planned once per connection (db/prepared-statements.ts).
 * Appended to a query built with Kysely (`.modifyEnd(byKey)`) or written into a `sql` template.
 *
 * Only for reads whose best plan is the same whatever the values: never for the search, the lists
 * or a filter whose selectivity depends on its value.
 */
export const byKey = sql.raw(BY_KEY_MARK);
