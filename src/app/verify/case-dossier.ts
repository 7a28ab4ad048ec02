import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../source-fingerprint.mjs';
import type { AppContext } from '../context.ts';
import type { CaseRow } from '../../db/schema.ts';
import { exportCase } from '../cases/export-case.ts';
import { chainInclusion, publicKey } from './checkpoint-proofs.ts';
import { storedZip } from './stored-zip.ts';
import { canonicalJson } from '../../domain/audit/record-checks.mjs';
import { checkpointSettings } from './checkpoint-settings.ts';
import { signText } from './signing-key.ts';

const VERIFIER = join(PROJECT_ROOT, 'scripts', 'verify-export.mjs');

/** A file name inside the archive: ASCII (every unzip reads it), no path from a user, unique by id; the real name is in export.json. */
const safeName = (id: string, filename: string) =>
  `attachments/${id}-${filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9._-]/g, '_')}`;

/**
 * The dossier of a case (issue 12, item 5): everything a stranger needs to check the record offline
 * with Node.js alone — the export, the attachments' bytes, the latest checkpoint with the
 * chain's inclusion proofs, the public key and the single-file verifier (`node verify-export.mjs
 * <unzipped folder>`). Without any checkpoint yet, the checkpoint files are left out.
 */
export async function caseDossier(app: AppContext, row: CaseRow): Promise<Buffer> {
  const settings = checkpointSettings(app.checkpoints);
  const bundle = await exportCase(app, row);
  const files = await app.db
    .selectFrom('attachments as a')
    .innerJoin('blobs as b', 'b.sha256', 'a.sha256')
    .select(['a.id', 'a.filename', 'b.content'])
    .where('a.case_id', '=', row.id)
    .execute();
  const entries = [
    { name: 'export.json', content: Buffer.from(JSON.stringify(bundle, null, 1)) },
    ...files.map((f) => ({ name: safeName(f.id, f.filename), content: f.content })),
    { name: 'verify-export.mjs', content: readFileSync(VERIFIER) },
    { name: 'public-key.pem', content: Buffer.from(publicKey(app).publicKeyPem) },
  ];
  const hasCheckpoint = await app.db.selectFrom('checkpoints').select('id').limit(1).executeTakeFirst();
  if (hasCheckpoint) {
    const inclusion = await chainInclusion(app, row.id);
    entries.push({ name: 'checkpoint.json', content: Buffer.from(JSON.stringify(inclusion, null, 1)) });
  }
  // The manifest names every file's SHA-256 and is signed with the installation's key, so that a
  // byte changed anywhere — even in a part no event anchors, like the exported profile — is named.
  const manifest = canonicalJson({
    format: 'khien-dossier/1',
    case: row.code,
    createdAt: app.now().toISOString(),
    keyId: settings.key.keyId,
    files: Object.fromEntries(entries.map((e) => [e.name, createHash('sha256').update(e.content).digest('hex')])),
  });
  entries.push(
    { name: 'manifest.json', content: Buffer.from(manifest) },
    { name: 'manifest.sig', content: Buffer.from(signText(settings.key, manifest)) },
  );
  return storedZip(entries, app.now());
}
