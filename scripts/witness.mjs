#!/usr/bin/env node
// A witness of a Khiên installation's checkpoints (issue 12). Run it regularly from a machine the
// operator does not control:
//
//   npm run witness -- https://khien.example.gov.vn [--state witness-state.json]
//
// It pins the installation's public key the first time, checks each new signed checkpoint's
// signature, and checks with a consistency proof (RFC 9162) that the new tree extends the last one
// it saw. An operator who rewrites history and the checkpoints with it cannot produce such a proof:
// the witness reports the fork. Exit code 0 when all is well, 1 when something is wrong.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { canonicalJson } from '../src/domain/audit/record-checks.mjs';
import { verifyConsistency } from '../src/domain/audit/merkle.mjs';

const sha256Bytes = (d) => createHash('sha256').update(d).digest('hex');
const signedText = (c) =>
  canonicalJson({
    format: c.format,
    id: c.id,
    treeSize: c.treeSize,
    rootHash: c.rootHash,
    timestamp: c.timestamp,
    keyId: c.keyId,
  });

/**
 * One round of the witness. `get(path)` returns the parsed JSON of a public endpoint; `state` is
 * what the witness kept from its last round ({ publicKeyPem, checkpoints: [...] }), updated in place.
 * @param {(path: string) => Promise<any>} get
 * @param {{ publicKeyPem?: string, checkpoints: any[] }} state
 */
export async function witnessRound(get, state) {
  const problems = [];
  const key = await get('/api/checkpoints/public-key');
  if (state.publicKeyPem && state.publicKeyPem !== key.publicKeyPem)
    problems.push('the installation’s public key changed since the witness pinned it');
  state.publicKeyPem ??= key.publicKeyPem;
  const latest = await get('/api/checkpoints/latest');
  const signatureOk = verify(
    null,
    Buffer.from(signedText(latest)),
    createPublicKey(state.publicKeyPem),
    Buffer.from(latest.signature, 'base64'),
  );
  if (!signatureOk) problems.push(`checkpoint #${latest.id}: the signature does not verify with the pinned key`);
  const last = state.checkpoints.at(-1);
  if (last && problems.length === 0) {
    if (latest.id < last.id || latest.treeSize < last.treeSize)
      problems.push(
        `fork: checkpoint #${latest.id} (${latest.treeSize} heads) is older than #${last.id} (${last.treeSize}) already seen`,
      );
    else if (latest.id === last.id) {
      if (latest.rootHash !== last.rootHash)
        problems.push(
          `fork: checkpoint #${latest.id} now has root ${latest.rootHash}, the witness saw ${last.rootHash}`,
        );
    } else {
      const c = await get(`/api/checkpoints/${latest.id}/consistency?from=${last.id}`);
      if (c.first.rootHash !== last.rootHash || c.first.treeSize !== last.treeSize)
        problems.push(
          `fork: checkpoint #${last.id} was rewritten (root ${c.first.rootHash}, the witness saw ${last.rootHash})`,
        );
      else if (
        c.second.rootHash !== latest.rootHash ||
        !verifyConsistency(sha256Bytes, last.treeSize, latest.treeSize, last.rootHash, latest.rootHash, c.proof)
      ) {
        problems.push(
          `fork: checkpoint #${latest.id} does not extend checkpoint #${last.id} (no valid consistency proof)`,
        );
      }
    }
  }
  if (problems.length === 0 && (!last || latest.id !== last.id)) state.checkpoints.push(latest);
  return { ok: problems.length === 0, latest, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const url = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--state');
  const stateFile = args.includes('--state') ? args[args.indexOf('--state') + 1] : 'witness-state.json';
  if (!url) {
    console.error('usage: npm run witness -- <server URL> [--state witness-state.json]');
    process.exit(2);
  }
  const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : { checkpoints: [] };
  const get = async (path) => {
    const r = await fetch(new URL(path, url));
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.json();
  };
  const result = await witnessRound(get, state);
  writeFileSync(stateFile, JSON.stringify(state, null, 1));
  if (result.ok)
    console.log(`OK: checkpoint #${result.latest.id}, ${result.latest.treeSize} heads, root ${result.latest.rootHash}`);
  else for (const p of result.problems) console.log(`ALERT: ${p}`);
  process.exit(result.ok ? 0 : 1);
}
