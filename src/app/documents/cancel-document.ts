import type { AppContext } from '../context.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { chainEvent, lockCaseById } from '../protection/case-chain.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';
import { documentNotFound, issuerOf, kindById } from './document-source.ts';

/**
 * Cancels an issued document. Its number stays in the register, with the reason and who
 * cancelled it (Decree 30: a number is never given twice); the step may then be issued again
 * under a new number. The cancellation is an event of the case's chain.
 */
export async function cancelDocument(app: AppContext, actor: Actor, id: string, reason: string) {
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
  issuerOf(actor, snapshot, kindById(doc.kind));
  const trimmed = reason.trim();
  const min = snapshot.profile.minReasonLength;
  if (trimmed.length < min) throw invalidField('reason', 'too_short', { min });
  return app.db.transaction().execute(async (tx) => {
    // The case first, as every write to a case's chain does, then the document.
    const row = await lockCaseById(tx, doc.case_id);
    const current = await tx
      .selectFrom('issued_documents')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.status === 'cancelled') throw new DomainError('conflict', 'document_already_cancelled');
    const now = app.now();
    await chainEvent(tx, row, {
      type: 'document_cancelled',
      actor,
      relation: 'collective_member',
      at: now,
      reasons: trimmed,
      payload: { documentId: id, citation: current.citation, pdfSha256: current.pdf_sha256 },
    });
    await tx
      .updateTable('issued_documents')
      .set({ status: 'cancelled', cancel_reason: trimmed, cancelled_by: actor.personId, cancelled_at: now })
      .where('id', '=', id)
      .execute();
    return { id, status: 'cancelled' as const, citation: current.citation, reason: trimmed };
  });
}
