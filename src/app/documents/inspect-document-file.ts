import { createHash } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { inspectAppended } from '../../documents/signature/pdf-update.ts';
import { fingerprintStatus } from './document-queries.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** More revisions than any signing office appends; the rest of a file is not searched. */
const MAX_REVISIONS = 64;

/** Where each revision of a PDF ends: after each `%%EOF` and the end-of-line that may follow it. */
function revisionEnds(file: Buffer): number[] {
  const ends = new Set<number>();
  for (let at = file.indexOf('%%EOF'); at >= 0 && ends.size < MAX_REVISIONS * 3; at = file.indexOf('%%EOF', at + 5)) {
    const e = at + 5;
    ends.add(e);
    if (file[e] === 0x0a) ends.add(e + 1);
    if (file[e] === 0x0d) ends.add(e + 1).add(file[e + 1] === 0x0a ? e + 2 : e + 1);
  }
  return [...ends].filter((e) => e < file.length);
}

/**
 * The public check of a whole file, for a PDF whose fingerprint Khiên does not know: whether it
 * begins with a document Khiên issued (or its signed copy) and had revisions appended since, and
 * what those revisions change of what the document shows. A file Khiên knows is answered as the
 * fingerprint check answers it. Nothing about the case beyond that answer; nothing is kept.
 */
export async function inspectDocumentFile(app: AppContext, file: Buffer) {
  const fingerprint = sha256(file);
  const whole = await fingerprintStatus(app, fingerprint);
  if (whole.issuedByKhien || !file.subarray(0, 5).equals(Buffer.from('%PDF-'))) return { ...whole, appended: null };
  const prefixes = new Map(revisionEnds(file).map((end) => [sha256(file.subarray(0, end)), end]));
  if (prefixes.size === 0) return { ...whole, appended: null };
  const known = await app.db
    .selectFrom('issued_documents')
    .select(['pdf_sha256', 'signed_sha256'])
    .where((eb) =>
      eb.or([eb('pdf_sha256', 'in', [...prefixes.keys()]), eb('signed_sha256', 'in', [...prefixes.keys()])]),
    )
    .execute();
  const matches = known
    .flatMap((d) => [d.pdf_sha256, d.signed_sha256])
    .filter((h): h is string => h !== null && prefixes.has(h));
  if (matches.length === 0) return { ...whole, appended: null };
  // The latest revision Khiên knows: everything after it was appended elsewhere.
  const base = matches.reduce((a, b) => (prefixes.get(a)! >= prefixes.get(b)! ? a : b));
  const end = prefixes.get(base)!;
  const findings = inspectAppended(file.subarray(0, end), file);
  return {
    fingerprint,
    // This file is not what Khiên issued; what it begins with is said under `appended.to`.
    issuedByKhien: false as const,
    appended: {
      to: await fingerprintStatus(app, base),
      bytes: file.length - end,
      changesContent: findings.length > 0,
      findings: findings.map((f) => ({ kind: f.kind, object: f.object, what: 'what' in f ? f.what : null })),
    },
  };
}
