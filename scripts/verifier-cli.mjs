// The command line of the single-file verifier (appended after the shared checks by
// scripts/build-verifier.ts). Reads an export (.json) or an unzipped dossier folder.
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const nodeSha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Checks an export with the rule table embedded above; same answer as the server's /verify. */
export function verifyExport(bundle) {
  const verdict = verifyRecord(bundle, { sha256: nodeSha256, transitions: TRANSITIONS });
  return {
    ...verdict,
    problems: verdict.problems.map((p) => `${p.subject}: ${p.message} [${p.detector}]`),
    details: verdict.problems,
  };
}

/**
 * Checks an unzipped dossier: the export, each attachment's bytes, and the checkpoint — its
 * Ed25519 signature with the dossier's public key, the inclusion proof of each head of the chain,
 * and that each of those heads is still an event of the chain.
 */
export function verifyDossier(folder) {
  const problems = [];
  const read = (name) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name)) : undefined);
  problems.push(...checkManifest(folder, read));
  let bundle;
  try {
    bundle = JSON.parse(String(read('export.json') ?? ''));
  } catch {
    return { ok: false, events: 0, headHash: '', problems: ['export.json: missing or not valid JSON'], unchecked: [] };
  }
  const dir = join(folder, 'attachments');
  const files = existsSync(dir) ? readdirSync(dir) : [];
  for (const a of bundle.attachments ?? []) {
    const file = files.find((f) => f.startsWith(`${a.id}-`));
    a.storedSha256 = file ? nodeSha256(readFileSync(join(dir, file))) : null;
  }
  for (const f of files)
    if (!(bundle.attachments ?? []).some((a) => f.startsWith(`${a.id}-`)))
      problems.push(`attachments/${f}: not an attachment of the record`);
  const result = verifyExport(bundle);
  problems.push(...result.problems);
  const unchecked = result.unchecked;
  const checkpointFile = read('checkpoint.json');
  const keyFile = read('public-key.pem');
  if (!checkpointFile) unchecked.push('checkpoint (the dossier holds none)');
  else {
    try {
      const { checkpoint: c, chain, heads } = JSON.parse(String(checkpointFile));
      const text = canonicalJson({
        format: c.format,
        id: c.id,
        treeSize: c.treeSize,
        rootHash: c.rootHash,
        timestamp: c.timestamp,
        keyId: c.keyId,
      });
      let keyOk = false;
      try {
        keyOk =
          !!keyFile &&
          verifySignature(null, Buffer.from(text), createPublicKey(String(keyFile)), strictBase64(c.signature));
      } catch {
        keyOk = false;
      }
      if (!keyOk) problems.push(`checkpoint #${c.id}: the signature does not verify with public-key.pem [checkpoint]`);
      if (chain !== bundle.case?.id)
        problems.push(`checkpoint.json: its proofs concern chain ${chain}, not this case [checkpoint]`);
      const sha256Bytes = (d) => nodeSha256(d);
      for (const h of heads) {
        const leaf = leafHash(sha256Bytes, headLeafBytes({ chain, size: h.size, head: h.head }));
        if (!verifyInclusion(sha256Bytes, h.leafIndex, c.treeSize, leaf, h.proof, c.rootHash))
          problems.push(`checkpointed head ${h.size}: not included in checkpoint #${c.id} [checkpoint]`);
      }
      for (const p of checkCheckpointedHeads(bundle.events ?? [], heads))
        problems.push(`${p.subject}: ${p.message} [${p.detector}]`);
      if (keyOk) unchecked.push(`that public-key.pem (key ${c.keyId}) is the installation's published key`);
    } catch {
      problems.push('checkpoint.json: not valid [checkpoint]');
    }
  }
  return { ok: problems.length === 0, events: result.events, headHash: result.headHash, problems, unchecked };
}

/** Base64 decoding skips characters it does not know: a signature must be exactly its own encoding. */
function strictBase64(text) {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw new Error('not base64');
  return bytes;
}

/** Every file against the signed manifest: a byte changed anywhere, a file added or removed. */
function checkManifest(folder, read) {
  const manifest = read('manifest.json');
  const signature = read('manifest.sig');
  const key = read('public-key.pem');
  if (!manifest || !signature || !key) return ['manifest.json, manifest.sig or public-key.pem: missing [manifest]'];
  let signed = false;
  try {
    signed = verifySignature(null, manifest, createPublicKey(String(key)), strictBase64(String(signature)));
  } catch {
    signed = false;
  }
  if (!signed) return ['manifest.json: its signature does not verify with public-key.pem [manifest]'];
  const problems = [];
  const { files } = JSON.parse(String(manifest));
  const present = readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(folder, f)).isFile() && !['manifest.json', 'manifest.sig'].includes(f));
  for (const [name, sha256] of Object.entries(files)) {
    const content = read(name);
    if (!content) problems.push(`${name}: missing from the dossier [manifest]`);
    else if (nodeSha256(content) !== sha256) problems.push(`${name}: changed since the dossier was made [manifest]`);
  }
  for (const f of present) if (!(f in files)) problems.push(`${f}: not part of the dossier [manifest]`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node verify-export.mjs <export.json | unzipped dossier folder>');
    process.exit(2);
  }
  const result = statSync(target).isDirectory()
    ? verifyDossier(target)
    : verifyExport(JSON.parse(readFileSync(target, 'utf8')));
  if (result.ok) console.log(`OK: ${result.events} events, head ${result.headHash}`);
  else for (const p of result.problems) console.log(`BROKEN: ${p}`);
  for (const u of result.unchecked) console.log(`NOT CHECKED: ${u}`);
  process.exit(result.ok ? 0 : 1);
}
