// The order in which the test runner starts its files. Files run side by side, a few at a time, in
// the order given: a long file started last runs alone at the end while the other lanes sit idle.
// The longest files (as measured in CI, longest first) therefore start first; the others follow in
// alphabetical order. Only the order changes: a file missing here still runs, and a listed file that
// no longer exists is skipped.
const LONGEST_FIRST = [
  // The suites on PGlite and PostgreSQL.
  'test/security/fuzz-openapi.test.ts',
  'test/api/permission-matrix.test.ts',
  'test/record/tamper.test.ts',
  'test/security/route-authorisation.test.ts',
  'test/record/checkpoint-scale.test.ts',
  'test/ops/two-processes.test.ts',
  'test/ops/backup-restore.test.ts',
  'test/ops/snapshot.test.ts',
  'test/documents/record-document-api.test.ts',
  'test/api/transport-headers.test.ts',
  'test/documents/protection-reward-documents.test.ts',
  'test/legal-clock/incremental-sweep.test.ts',
  'test/documents/documents-lifecycle.test.ts',
  'test/ops/embedded-database-thread.test.ts',
  'test/app/search-by-statistics.test.ts',
  'test/api/access-log.test.ts',
  'test/ops/server-bundle.test.ts',
  // The browser journeys.
  'test/e2e/lifecycle.test.ts',
  'test/e2e/protection.test.ts',
  'test/e2e/second-factor.test.ts',
  'test/e2e/replication-showcase.test.ts',
  'test/e2e/documents.test.ts',
  'test/e2e/rewards.test.ts',
  'test/e2e/dashboard.test.ts',
  'test/e2e/plan-tasks.test.ts',
  'test/e2e/record-document.test.ts',
  'test/e2e/campaigns.test.ts',
  'test/e2e/organisation.test.ts',
  'test/e2e/notifications.test.ts',
];

/** The files in the order to start them: the longest known first, then the rest alphabetically. */
export function inRunOrder(files) {
  const normalised = (f) => f.replace(/\\/g, '/').replace(/^\.\//, '');
  const rank = (f) => {
    const i = LONGEST_FIRST.indexOf(normalised(f));
    return i === -1 ? LONGEST_FIRST.length : i;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
