// The command line of the single-file verifier (appended after the shared checks by
// scripts/build-verifier.mjs). Reads an export (.json) or a dossier folder's export.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const nodeSha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Checks an export with the rule table embedded above; same answer as the server's /verify. */
export function verifyExport(bundle) {
  const verdict = verifyRecord(bundle, { sha256: nodeSha256, transitions: TRANSITIONS });
  return { ...verdict, problems: verdict.problems.map((p) => `${p.subject}: ${p.message} [${p.detector}]`), details: verdict.problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node verify-export.mjs <export.json>');
    process.exit(2);
  }
  const result = verifyExport(JSON.parse(readFileSync(file, 'utf8')));
  if (result.ok) console.log(`OK: ${result.events} events, head ${result.headHash}`);
  else for (const p of result.problems) console.log(`BROKEN: ${p}`);
  for (const u of result.unchecked) console.log(`NOT CHECKED: ${u}`);
  process.exit(result.ok ? 0 : 1);
}
