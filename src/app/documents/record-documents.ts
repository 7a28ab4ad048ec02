import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { SignerCertificate } from '../../documents/signature/verify-pades.ts';
import { readableRecordDocuments } from './record-document-access.ts';

/**
 * The numbered documents whose subject is an official (their issued records), newest first, for
 * the official, the organisation officers and the inspectors above them; `canIssue` for an
 * organisation officer who may issue a new one.
 */
export async function listRecordDocuments(app: AppContext, actor: Actor, personId: string) {
  const access = await readableRecordDocuments(app.db, actor, personId);
  const rows = await app.db
    .selectFrom('issued_documents')
    .selectAll()
    .where('subject_person_id', '=', personId)
    .orderBy('issued_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
  return {
    canIssue: access.canIssue,
    documents: rows.map(present),
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function present(d: {
  id: string;
  kind: string;
  citation: string;
  number: number;
  year: number;
  record_year: number | null;
  status: 'issued' | 'signed' | 'cancelled';
  issued_at: Date;
  pdf_sha256: string;
  docx_sha256: string;
  cancel_reason: string | null;
  cancelled_at: Date | null;
  signed_sha256: string | null;
  signer: unknown;
  signed_at: Date | null;
}) {
  return {
    id: d.id,
    kind: d.kind,
    citation: d.citation,
    number: d.number,
    year: d.year,
    recordYear: d.record_year,
    status: d.status,
    issuedAt: d.issued_at.toISOString(),
    pdfSha256: d.pdf_sha256,
    docxSha256: d.docx_sha256,
    ...(d.status === 'cancelled' ? { cancelReason: d.cancel_reason, cancelledAt: iso(d.cancelled_at) } : {}),
    ...(d.signed_sha256
      ? {
          signedSha256: d.signed_sha256,
          signer: d.signer as SignerCertificate & { signingTime: string },
          signedAt: iso(d.signed_at),
        }
      : {}),
  };
}
