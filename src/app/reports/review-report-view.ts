import type { ReviewReportKind, ReviewReportView } from '../../contract/review-reports.ts';

/** An issued review report as the API lists it (never the raw row). */
export function presentReviewReport(d: {
  id: string;
  citation: string;
  number: number;
  year: number;
  report_kind: ReviewReportKind | null;
  report_year: number | null;
  status: 'issued' | 'signed' | 'cancelled';
  issued_at: Date;
  pdf_sha256: string;
  docx_sha256: string;
}): ReviewReportView {
  return {
    id: d.id,
    citation: d.citation,
    number: d.number,
    year: d.year,
    reportKind: d.report_kind!,
    reportYear: d.report_year!,
    status: d.status,
    issuedAt: d.issued_at.toISOString(),
    pdfSha256: d.pdf_sha256,
    docxSha256: d.docx_sha256,
  };
}
