import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { audit } from '../org/admin-scope.ts';
import { personRecord } from '../records/person-record.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import type { DocumentEdits } from '../../documents/model/build-source.ts';
import { citation } from '../../documents/model/format-lines.ts';
import { buildRecordDocument, OFFICIAL_RECORD_KIND } from '../../documents/model/kinds/official-record.ts';
import { MEDIA_TYPES, renderDocument } from '../../documents/render/render-document.ts';
import { nextNumber, storeBlob } from './issue-document.ts';
import { readableRecordDocuments } from './record-document-access.ts';
import { recordDocumentSource } from './record-document-source.ts';

export interface IssueRecordInput extends DocumentEdits {
  /** Only what happened in that year (the annual evaluation); absent, the whole record. */
  year?: number;
}

/**
 * Issues an official's record as a numbered document of the organisation department: the number
 * from the department's register, the PDF and DOCX rendered and kept, the record's data hash in
 * the footer, and the issue written to the audit log in the same transaction. A document whose
 * subject is a person has no case chain; each issue is a new document (a record changes).
 */
export async function issueRecordDocument(app: AppContext, actor: Actor, personId: string, input: IssueRecordInput) {
  const access = await readableRecordDocuments(app.db, actor, personId);
  if (!access.canIssue) throw new DomainError('forbidden', 'not_permitted');
  const record = await personRecord(app, actor, personId, input.year ?? null);
  const edits: DocumentEdits = {
    ...(input.recipients ? { recipients: input.recipients } : {}),
    ...(input.excerpt ? { excerpt: input.excerpt } : {}),
  };
  return app.db.transaction().execute(async (tx) => {
    const { source, issuingUnitId } = await recordDocumentSource(app, tx, actor, record);
    const year = Number(source.date.slice(0, 4));
    const number = await nextNumber(tx, issuingUnitId, year);
    const model = { ...buildRecordDocument(source, edits), number };
    const now = app.now();
    const [pdf, docx] = [await renderDocument(model, 'pdf', now), await renderDocument(model, 'docx', now)];
    const pdfSha256 = await storeBlob(tx, pdf, MEDIA_TYPES.pdf);
    const docxSha256 = await storeBlob(tx, docx, MEDIA_TYPES.docx);
    const id = randomUUID();
    const cited = citation(model)!;
    await tx
      .insertInto('issued_documents')
      .values({
        id,
        case_id: null,
        subject_person_id: personId,
        record_year: input.year ?? null,
        kind: OFFICIAL_RECORD_KIND.id,
        step_seq: null,
        agency_unit_id: issuingUnitId,
        year,
        number,
        citation: cited,
        model: JSON.stringify(model),
        edits: JSON.stringify(edits),
        pdf_sha256: pdfSha256,
        docx_sha256: docxSha256,
        issued_by: actor.personId,
        issued_at: now,
        issue_event_seq: null,
        status: 'issued',
      })
      .execute();
    await audit(tx, actor, 'document_issued', 'issued_document', id, {
      kind: OFFICIAL_RECORD_KIND.id,
      subjectPersonId: personId,
      recordYear: input.year ?? null,
      agencyUnitId: issuingUnitId,
      year,
      number,
      citation: cited,
      pdfSha256,
      docxSha256,
      recordSha256: source.recordSha256,
      edits,
    });
    return {
      id,
      kind: OFFICIAL_RECORD_KIND.id,
      citation: cited,
      number,
      year,
      recordYear: input.year ?? null,
      status: 'issued' as const,
      pdfSha256,
      docxSha256,
      recordSha256: source.recordSha256,
    };
  });
}
