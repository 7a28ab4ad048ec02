// `npm run restore -- <backup folder>`: restores into the empty database named by DATABASE_URL
// (or a new PGlite data directory, KHIEN_DATA_DIR), then proves the copy against its manifest and
// verifies every case's record. Exits 1 when anything differs. See README, "Backups".
import { loadConfig } from '../src/config.ts';
import { restoreDatabase } from '../src/ops/restore.ts';

const from = process.argv[2];
if (!from) {
  console.error('usage: npm run restore -- <backup folder>');
  process.exit(2);
}
const report = await restoreDatabase(from, loadConfig().databaseUrl);
for (const d of report.differences) console.error(`  differs: ${d}`);
for (const b of report.brokenCases) console.error(`  ${b.code}: ${b.problems.join('; ')}`);
console.log(
  `Khiên: restored ${report.manifest.file} of ${report.manifest.createdAt}; ${report.casesVerified} case records verified; ${
    report.ok ? 'the copy matches its manifest' : 'THE COPY DOES NOT MATCH'
  }`,
);
process.exit(report.ok ? 0 : 1);
