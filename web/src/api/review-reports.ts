import type { ReviewFigures, ReviewReportKind, ReviewReportList, ReviewReportView } from '@contract/review-reports';
import { getJson, query, request } from './client';

export type { ReviewFigures, ReviewReportKind, ReviewReportList, ReviewReportView } from '@contract/review-reports';

export const fetchReviewReports = (unitId: string, signal?: AbortSignal) =>
  getJson<ReviewReportList>(`/api/units/${unitId}/review-reports`, signal);

export const fetchReviewDraft = (unitId: string, kind: ReviewReportKind, year: number, signal?: AbortSignal) =>
  getJson<ReviewFigures>(`/api/units/${unitId}/review-reports/draft${query({ kind, year })}`, signal);

export const reviewDraftXlsxUrl = (unitId: string, kind: ReviewReportKind, year: number) =>
  `/api/units/${unitId}/review-reports/draft.xlsx${query({ kind, year })}`;

export async function issueReviewReport(unitId: string, kind: ReviewReportKind, year: number) {
  const res = await request<ReviewReportView>(`/api/units/${unitId}/review-reports`, {
    method: 'POST',
    body: { kind, year },
  });
  return res.data;
}

export const reviewReportFileUrl = (id: string, file: 'pdf' | 'docx' | 'xlsx') =>
  file === 'xlsx' ? `/api/review-reports/${id}/xlsx` : `/api/documents/${id}/${file}`;
