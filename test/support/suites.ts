/**
 * For a file whose tests do not use the database that TEST_DATABASE_URL names (they start PGlite or
 * the server bundle themselves): they would run the same in the suite on PostgreSQL, so they run
 * once, in the suite on PGlite. Pass as `describe(name, { skip: SAME_IN_BOTH_SUITES }, …)`.
 */
export const SAME_IN_BOTH_SUITES: string | false = process.env.TEST_DATABASE_URL
  ? 'does not use PostgreSQL: it runs in the suite on PGlite'
  : false;
