import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { nextNumber, storeBlob } from '../documents/issue-document.ts';
import { ownUnitIssuer } from '../documents/record-document-source.ts';
import { audit } from '../org/admin-scope.ts';
import { contentHash } from '../protection/hashing.ts';
import type { ReviewFigures, ReviewReportKind } from '../../contract/review-reports.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { DocumentEdits } from '../../documents/model/build-source.ts';
import { citation } from '../../documents/model/format-lines.ts';
import { buildReviewReportDocument, REVIEW_REPORT_KIND } from '../../documents/model/kinds/review-report.ts';
import { MEDIA_TYPES, renderDocument } from '../../documents/render/render-document.ts';
import { issuableReviewReports } from './review-report-access.ts';
import { gatherExtras } from './review-extras.ts';
import { reviewFigures, reviewPeriod } from './review-figures.ts';
import { presentReviewReport } from './review-report-view.ts';

export interface IssueReviewReportInput extends DocumentEdits {
  kind: ReviewReportKind;
  year: number;
}

/** The figures of a unit's period as they stand now (the draft, or the snapshot an issue keeps). */
export async function currentReviewFigures(
  app: AppContext,
  unit: { id: string; name: string },
  kind: ReviewReportKind,
  year: number,
): Promise<ReviewFigures> {
  const period = reviewPeriod(kind, year);
  const figures = await reviewFigures(app.db, unit, period);
  return { ...figures, extras: await gatherExtras(app.db, unit, period) };
}

/**
 * Issues a review report: the figures computed and kept as the document's snapshot, the number
 * from the issuer's register, the PDF and DOCX rendered once and kept, and the issue written to
 * the audit log in the same transaction. What the report says never changes after issue; a
 * later report of the same period is a new document with its own number.
 */
export async function issueReviewReport(app: AppContext, actor: Actor, unitId: string, input: IssueReviewReportInput) {
  const { unit } = await issuableReviewReports(app.db, actor, unitId);
  const edits: DocumentEdits = {
    ...(input.recipients ? { recipients: input.recipients } : {}),
    ...(input.excerpt ? { excerpt: input.excerpt } : {}),
  };
  return app.db.transaction().execute(async (tx) => {
    const period = reviewPeriod(input.kind, input.year);
    const figures: ReviewFigures = {
      ...(await reviewFigures(tx, unit, period)),
      extras: await gatherExtras(tx, unit, period),
    };
    const figuresSha256 = contentHash(JSON.parse(JSON.stringify(figures)));
    const { issuingUnitId, ...issuer } = await ownUnitIssuer(app, tx, actor);
    const year = Number(issuer.date.slice(0, 4));
    const number = await nextNumber(tx, issuingUnitId, year);
    const model = { ...buildReviewReportDocument({ ...issuer, figures, figuresSha256 }, edits), number };
    const now = app.now();
    const [pdf, docx] = [await renderDocument(model, 'pdf', now), await renderDocument(model, 'docx', now)];
    const pdfSha256 = await storeBlob(tx, pdf, MEDIA_TYPES.pdf);
    const docxSha256 = await storeBlob(tx, docx, MEDIA_TYPES.docx);
    const id = randomUUID();
    const cited = citation(model)!;
    const row = await tx
      .insertInto('issued_documents')
      .values({
        id,
        case_id: null,
        subject_unit_id: unit.id,
        report_kind: input.kind,
        report_year: input.year,
        report_figures: JSON.stringify(figures),
        kind: REVIEW_REPORT_KIND.id,
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
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'document_issued', 'issued_document', id, {
      kind: REVIEW_REPORT_KIND.id,
      subjectUnitId: unit.id,
      reportKind: input.kind,
      reportYear: input.year,
      agencyUnitId: issuingUnitId,
      year,
      number,
      citation: cited,
      pdfSha256,
      docxSha256,
      figuresSha256,
      edits,
    });
    return { ...presentReviewReport(row), figuresSha256 };
  });
}
