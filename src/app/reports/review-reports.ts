import type { AppContext } from '../context.ts';
import type { ReviewFigures, ReviewReportKind } from '../../contract/review-reports.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { reviewReportXlsx } from '../../documents/review-report-xlsx.ts';
import { currentReviewFigures } from './issue-review-report.ts';
import { readableReviewReports, reviewReportAccess } from './review-report-access.ts';
import { presentReviewReport } from './review-report-view.ts';

/** A unit's issued review reports, newest first, and whether the caller may issue one. */
export async function listReviewReports(app: AppContext, actor: Actor, unitId: string) {
  const { unit, canIssue } = await readableReviewReports(app.db, actor, unitId);
  const rows = await app.db
    .selectFrom('issued_documents')
    .selectAll()
    .where('subject_unit_id', '=', unit.id)
    .orderBy('issued_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
  return { unit: { id: unit.id, name: unit.name }, canIssue, reports: rows.map(presentReviewReport) };
}

/** The draft's figures, as they would be issued now. */
export async function draftReviewFigures(
  app: AppContext,
  actor: Actor,
  unitId: string,
  kind: ReviewReportKind,
  year: number,
): Promise<ReviewFigures> {
  const { unit } = await readableReviewReports(app.db, actor, unitId);
  return currentReviewFigures(app, unit, kind, year);
}

/** The workbook of an issued report, from the snapshot kept with it (never recomputed). */
export async function issuedReviewReportXlsx(app: AppContext, actor: Actor, id: string) {
  const d = await app.db
    .selectFrom('issued_documents')
    .select(['subject_unit_id', 'report_figures', 'citation'])
    .where('id', '=', id)
    .executeTakeFirst();
  const notFound = new DomainError('not_found', 'document_not_found');
  if (!d?.subject_unit_id) throw notFound;
  if (!(await reviewReportAccess(app.db, actor, d.subject_unit_id)).canRead) throw notFound;
  return {
    content: await reviewReportXlsx(d.report_figures as ReviewFigures, d.citation),
    filename: `${d.citation.replace(/[^\p{L}\p{N}-]+/gu, '_')}.xlsx`,
  };
}
