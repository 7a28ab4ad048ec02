import type { AppContext } from '../context.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { chainEvent, lockCaseById } from '../protection/case-chain.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { SignedCopyRefused, verifySignedPdf } from '../../documents/signature/verify-pades.ts';
import { documentNotFound, issuerOf, kindById } from './document-source.ts';
import { storeBlob } from './issue-document.ts';

/**
 * Takes back the PDF a head signed with their digital signature (PAdES). It is verified before
 * anything is written: a sound CMS signature, a certificate valid when it signed and issued by a
 * configured trust anchor, and the issued document as the signed revision. Then the signed file
 * is kept, and the signer's certificate and the signing time become an event of the case's chain.
 * Anything else is 422 with the reason, and nothing is written.
 */
export async function receiveSignedCopy(app: AppContext, actor: Actor, id: string, file: Buffer) {
  const doc = await app.db
    .selectFrom('issued_documents')
    .innerJoin('cases', 'cases.id', 'issued_documents.case_id')
    .select(['cases.code', 'issued_documents.kind', 'issued_documents.case_id'])
    .where('issued_documents.id', '=', id)
    .executeTakeFirst();
  if (!doc) throw documentNotFound();
  const { snapshot } = await loadVisibleCase(app, actor, doc.code).catch(() => {
    throw documentNotFound();
  });
  const issuer = issuerOf(actor, snapshot, kindById(doc.kind));
  const relation =
    issuer.capacity === 'head' ? 'head' : issuer.capacity === 'deputy' ? 'collective_member' : 'party_liaison';
  const current = await app.db
    .selectFrom('issued_documents')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  if (current.status !== 'issued')
    throw new DomainError(
      'conflict',
      current.status === 'signed' ? 'signed_copy_exists' : 'document_already_cancelled',
    );
  const issuedPdf = await app.db
    .selectFrom('blobs')
    .select('size')
    .where('sha256', '=', current.pdf_sha256)
    .executeTakeFirstOrThrow();
  let verified: Awaited<ReturnType<typeof verifySignedPdf>>;
  try {
    verified = await verifySignedPdf(
      file,
      { sha256: current.pdf_sha256, size: issuedPdf.size },
      app.documents?.trustAnchorsPem ?? [],
    );
  } catch (e) {
    if (e instanceof SignedCopyRefused)
      throw new DomainError('validation', 'signed_copy_refused', [{ path: 'file', code: e.reason }]);
    throw e;
  }
  return app.db.transaction().execute(async (tx) => {
    const row = await lockCaseById(tx, doc.case_id);
    const locked = await tx
      .selectFrom('issued_documents')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== 'issued')
      throw new DomainError(
        'conflict',
        locked.status === 'signed' ? 'signed_copy_exists' : 'document_already_cancelled',
      );
    const signedSha256 = await storeBlob(tx, file, 'application/pdf');
    const now = app.now();
    const seq = await chainEvent(tx, row, {
      type: 'signed_copy_received',
      actor,
      relation,
      at: now,
      payload: {
        documentId: id,
        citation: current.citation,
        pdfSha256: current.pdf_sha256,
        signedSha256,
        signer: verified.signer,
        signingTime: verified.signingTime,
      },
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
