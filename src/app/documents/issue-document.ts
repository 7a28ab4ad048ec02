import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Tx } from '../../db/kysely.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { chainEvent, lockCaseByCode } from '../protection/case-chain.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { buildDocument, type DocumentEdits } from '../../documents/model/build-source.ts';
import { citation } from '../../documents/model/format-lines.ts';
import { MEDIA_TYPES, renderDocument } from '../../documents/render/render-document.ts';
import { buildSource, kindById } from './document-source.ts';

export interface IssueInput extends DocumentEdits {
  kind: string;
  stepSeq: number;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The next number of the agency's register for the year; the row stays locked until commit. */
export async function nextNumber(tx: Tx, agencyUnitId: string, year: number): Promise<number> {
  const row = await tx
    .insertInto('document_registers')
    .values({ agency_unit_id: agencyUnitId, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['agency_unit_id', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('document_registers.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function storeBlob(tx: Tx, content: Buffer, mediaType: string): Promise<string> {
  const hash = sha256(content);
  await tx
    .insertInto('blobs')
    .values({ sha256: hash, size: content.length, media_type: mediaType, content })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return hash;
}

/**
 * Issues a case step's document: the register gives the number (never typed), the PDF and DOCX
 * are rendered and kept, and an event of the case's chain records the document's hashes and the
 * issuer's edits, so the paper and the record can always be matched. All in one transaction, with
 * the case row locked: the number, the files and the event commit together.
 */
export async function issueDocument(app: AppContext, actor: Actor, code: string, input: IssueInput) {
  const kind = kindById(input.kind);
  const { snapshot } = await loadVisibleCase(app, actor, code);
  return app.db.transaction().execute(async (tx) => {
    const row = await lockCaseByCode(tx, code);
    const { source, issuingUnitId, relation } = await buildSource(app, tx, actor, row, snapshot, kind, input.stepSeq);
    const live = await tx
      .selectFrom('issued_documents')
      .select(['id', 'citation'])
      .where('case_id', '=', row.id)
      .where('kind', '=', kind.id)
      .where('step_seq', '=', input.stepSeq)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
    if (live) throw new DomainError('conflict', 'document_already_issued', [], { citation: live.citation });
    const edits: DocumentEdits = {
      ...(input.recipients ? { recipients: input.recipients } : {}),
      ...(input.excerpt ? { excerpt: input.excerpt } : {}),
    };
    const year = Number(source.date.slice(0, 4));
    const number = await nextNumber(tx, issuingUnitId, year);
    const model = { ...buildDocument(kind, source, edits), number };
    const now = app.now();
    const [pdf, docx] = [await renderDocument(model, 'pdf', now), await renderDocument(model, 'docx', now)];
    const pdfSha256 = await storeBlob(tx, pdf, MEDIA_TYPES.pdf);
    const docxSha256 = await storeBlob(tx, docx, MEDIA_TYPES.docx);
    const id = randomUUID();
    const cited = citation(model)!;
    const seq = await chainEvent(tx, row, {
      type: 'document_issued',
      actor,
      relation,
      at: now,
      payload: {
        documentId: id,
        kind: kind.id,
        stepSeq: input.stepSeq,
        agencyUnitId: issuingUnitId,
        year,
        number,
        citation: cited,
        pdfSha256,
        docxSha256,
        edits,
      },
    });
    await tx
      .insertInto('issued_documents')
      .values({
        id,
        case_id: row.id,
        kind: kind.id,
        step_seq: input.stepSeq,
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
        issue_event_seq: seq,
        status: 'issued',
      })
      .execute();
    return {
      id,
      kind: kind.id,
      stepSeq: input.stepSeq,
      citation: cited,
      number,
      year,
      status: 'issued' as const,
      pdfSha256,
      docxSha256,
      eventSeq: seq,
    };
  });
}
