// The dossier check of the offline verifier (scripts/verifier-cli.mjs, `verifyDossier`), for the
// browser: the same shared modules, fed files read locally. Nothing is sent anywhere. SHA-256 is
// @noble/hashes because the shared checks call it synchronously (Web Crypto's digest is async);
// Ed25519 signatures are checked with Web Crypto.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { unzipSync } from 'fflate';
import { canonicalJson, verifyRecord, type RecordProblem } from '../../../src/domain/audit/record-checks.mjs';
import { checkCheckpointedHeads, headLeafBytes, leafHash, verifyInclusion } from '../../../src/domain/audit/merkle.mjs';
import { TRANSITIONS } from './transitions.generated.mjs';

export interface DossierVerdict {
  ok: boolean;
  caseCode: string | null;
  events: number;
  headHash: string;
  problems: RecordProblem[];
  unchecked: string[];
}

/** A dossier as named files (`export.json`, `attachments/<id>-<name>`, …). */
export type DossierFiles = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const hex = (data: string | Uint8Array) => bytesToHex(sha256(typeof data === 'string' ? encoder.encode(data) : data));
const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);
const problem = (detector: string, subject: string, message: string): RecordProblem => ({ detector, subject, message });

/** Reads a dropped ZIP; the dossier's own folder, if an unzip tool added one, is dropped from the names. */
export function filesFromZip(zip: Uint8Array): DossierFiles {
  const entries = Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/'));
  const manifests = entries
    .map(([name]) => name)
    .filter((name) => name === 'manifest.json' || name.endsWith('/manifest.json'));
  const shortest = manifests.sort((a, b) => a.length - b.length)[0];
  const top = shortest ? shortest.slice(0, -'manifest.json'.length) : '';
  return new Map(entries.map(([name, bytes]) => [name.startsWith(top) ? name.slice(top.length) : name, bytes]));
}

/** Strict base64: a signature must be exactly its own encoding, as the offline verifier requires. */
function base64Bytes(value: string): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  if (btoa(String.fromCharCode(...bytes)) !== value) throw new Error('not base64');
  return bytes;
}

async function ed25519Verify(pem: string, message: Uint8Array, signature: string): Promise<boolean> {
  try {
    const der = base64Bytes(pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, ''));
    const key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64Bytes(signature), new Uint8Array(message));
  } catch {
    return false;
  }
}

async function checkManifest(files: DossierFiles, problems: RecordProblem[]): Promise<void> {
  const manifest = files.get('manifest.json');
  const signature = text(files.get('manifest.sig'));
  const pem = text(files.get('public-key.pem'));
  if (!manifest || !signature || !pem)
    return void problems.push(problem('manifest', 'manifest.json, manifest.sig, public-key.pem', 'missing'));
  if (!(await ed25519Verify(pem, manifest, signature)))
    return void problems.push(
      problem('manifest', 'manifest.json', 'its signature does not verify with public-key.pem'),
    );
  const listed = (JSON.parse(text(manifest)!) as { files: Record<string, string> }).files;
  for (const [name, digest] of Object.entries(listed)) {
    const content = files.get(name);
    if (!content) problems.push(problem('manifest', name, 'missing from the dossier'));
    else if (hex(content) !== digest) problems.push(problem('manifest', name, 'changed since the dossier was made'));
  }
  for (const name of files.keys())
    if (!(name in listed) && name !== 'manifest.json' && name !== 'manifest.sig')
      problems.push(problem('manifest', name, 'not part of the dossier'));
}

/** What the dossier's own checks read of export.json; the record checks read the rest. */
interface ExportBundle {
  case?: { id?: string; code?: string };
  events?: { hash: string }[];
  attachments?: { id: string; storedSha256?: string | null }[];
}

async function checkCheckpoint(
  files: DossierFiles,
  bundle: ExportBundle,
  problems: RecordProblem[],
  unchecked: string[],
): Promise<void> {
  const file = text(files.get('checkpoint.json'));
  if (!file) return void unchecked.push('checkpoint (the dossier holds none)');
  try {
    const { checkpoint: c, chain, heads } = JSON.parse(file);
    const signed = canonicalJson({
      format: c.format,
      id: c.id,
      treeSize: c.treeSize,
      rootHash: c.rootHash,
      timestamp: c.timestamp,
      keyId: c.keyId,
    });
    const keyOk = await ed25519Verify(text(files.get('public-key.pem')) ?? '', encoder.encode(signed), c.signature);
    if (!keyOk)
      problems.push(problem('checkpoint', `checkpoint #${c.id}`, 'the signature does not verify with public-key.pem'));
    if (chain !== bundle.case?.id)
      problems.push(problem('checkpoint', 'checkpoint.json', `its proofs concern chain ${chain}, not this case`));
    for (const h of heads) {
      const leaf = leafHash(hex, headLeafBytes({ chain, size: h.size, head: h.head }));
      if (!verifyInclusion(hex, h.leafIndex, c.treeSize, leaf, h.proof, c.rootHash))
        problems.push(problem('checkpoint', `checkpointed head ${h.size}`, `not included in checkpoint #${c.id}`));
    }
    problems.push(...checkCheckpointedHeads(bundle.events ?? [], heads));
    if (keyOk) unchecked.push(`that public-key.pem (key ${c.keyId}) is the installation's published key`);
  } catch {
    problems.push(problem('checkpoint', 'checkpoint.json', 'not valid'));
  }
}

/** The whole dossier: manifest, export (every record check), attachments' bytes, checkpoint. */
export async function verifyDossierFiles(files: DossierFiles): Promise<DossierVerdict> {
  const problems: RecordProblem[] = [];
  await checkManifest(files, problems);
  let bundle: ExportBundle;
  try {
    bundle = JSON.parse(text(files.get('export.json')) ?? '');
  } catch {
    problems.push(problem('manifest', 'export.json', 'missing or not valid JSON'));
    return { ok: false, caseCode: null, events: 0, headHash: '', problems, unchecked: [] };
  }
  const attachmentFiles = [...files.keys()].filter((n) => n.startsWith('attachments/'));
  for (const a of bundle.attachments ?? []) {
    const name = attachmentFiles.find((n) => n.startsWith(`attachments/${a.id}-`));
    a.storedSha256 = name ? hex(files.get(name)!) : null;
  }
  for (const n of attachmentFiles)
    if (!(bundle.attachments ?? []).some((a: { id: string }) => n.startsWith(`attachments/${a.id}-`)))
      problems.push(problem('attachment', n, 'not an attachment of the record'));
  const verdict = verifyRecord(bundle, { sha256: hex, transitions: TRANSITIONS });
  problems.push(...verdict.problems);
  const unchecked = [...verdict.unchecked];
  await checkCheckpoint(files, bundle, problems, unchecked);
  return {
    ok: problems.length === 0,
    caseCode: bundle.case?.code ?? null,
    events: verdict.events,
    headHash: verdict.headHash,
    problems,
    unchecked,
  };
}
