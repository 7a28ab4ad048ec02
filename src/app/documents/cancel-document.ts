import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';
import { documentWriter } from './document-writer.ts';

/**
 * Cancels an issued document. Its number stays in the register, with the reason and who
 * cancelled it (Decree 30: a number is never given twice); the step may then be issued again
 * under a new number. The cancellation is an event of the case's chain, or for an official's
 * record an entry of the audit log.
 */
export async function cancelDocument(app: AppContext, actor: Actor, id: string, reason: string) {
  const writer = await documentWriter(app, actor, id);
  const trimmed = reason.trim();
  const min = writer.minReasonLength;
  if (trimmed.length < min) throw invalidField('reason', 'too_short', { min });
  return writer.transaction(async (tx, record) => {
    const current = await tx
      .selectFrom('issued_documents')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.status === 'cancelled') throw new DomainError('conflict', 'document_already_cancelled');
    const now = app.now();
    await record(
      'document_cancelled',
      { documentId: id, citation: current.citation, pdfSha256: current.pdf_sha256 },
      { reasons: trimmed, relation: 'collective_member' },
    );
    await tx
      .updateTable('issued_documents')
      .set({ status: 'cancelled', cancel_reason: trimmed, cancelled_by: actor.personId, cancelled_at: now })
      .where('id', '=', id)
      .execute();
    return { id, status: 'cancelled' as const, citation: current.citation, reason: trimmed };
  });
}
