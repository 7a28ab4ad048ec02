import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { SignedCopyRefused, verifySignedPdf } from '../../documents/signature/verify-pades.ts';
import { documentWriter } from './document-writer.ts';
import { storeBlob } from './issue-document.ts';

const notIssued = (status: string) =>
  new DomainError('conflict', status === 'signed' ? 'signed_copy_exists' : 'document_already_cancelled');

/**
 * Takes back the PDF its issuer signed with their digital signature (PAdES). It is verified
 * before anything is written: a sound CMS signature, a certificate valid when it signed and
 * issued by a configured trust anchor, the issued document as the signed revision, and nothing
 * appended to it that changes what it shows. Then the signed file is kept, and the signer's
 * certificate and the signing time become an event of the case's chain (for an official's
 * record, an entry of the audit log). Anything else is 422 with the reason, and nothing is written.
 */
export async function receiveSignedCopy(app: AppContext, actor: Actor, id: string, file: Buffer) {
  const writer = await documentWriter(app, actor, id);
  const current = await app.db
    .selectFrom('issued_documents')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  if (current.status !== 'issued') throw notIssued(current.status);
  const issuedPdf = await app.db
    .selectFrom('blobs')
    .select(['size', 'content'])
    .where('sha256', '=', current.pdf_sha256)
    .executeTakeFirstOrThrow();
  let verified: Awaited<ReturnType<typeof verifySignedPdf>>;
  try {
    verified = await verifySignedPdf(
      file,
      { sha256: current.pdf_sha256, size: issuedPdf.size, content: issuedPdf.content },
      app.documents?.trustAnchorsPem ?? [],
    );
  } catch (e) {
    if (e instanceof SignedCopyRefused)
      throw new DomainError('validation', 'signed_copy_refused', [{ path: 'file', code: e.reason }]);
    throw e;
  }
  return writer.transaction(async (tx, record) => {
    const locked = await tx
      .selectFrom('issued_documents')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== 'issued') throw notIssued(locked.status);
    const signedSha256 = await storeBlob(tx, file, 'application/pdf');
    const now = app.now();
    const seq = await record('signed_copy_received', {
      documentId: id,
      citation: current.citation,
      pdfSha256: current.pdf_sha256,
      signedSha256,
      signer: verified.signer,
      signingTime: verified.signingTime,
    });
    await tx
      .updateTable('issued_documents')
      .set({
        status: 'signed',
        signed_sha256: signedSha256,
        signer: JSON.stringify({ ...verified.signer, signingTime: verified.signingTime }),
        signed_at: now,
        signed_by: actor.personId,
        signed_event_seq: seq,
      })
      .where('id', '=', id)
      .execute();
    return {
      id,
      status: 'signed' as const,
      citation: current.citation,
      signedSha256,
      signer: verified.signer,
      signingTime: verified.signingTime,
      eventSeq: seq,
    };
  });
}
