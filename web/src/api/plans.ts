import i18n from 'i18next';
import type {
  PlanDetail,
  PlanList,
  PlanTaskFigure,
  PlanTaskFile,
  ReportTaskInput,
} from '@contract/implementation-plans';
import { currentLanguage, getJson, request, setCsrfToken } from './client';
import { toApiError } from './errors';

export type { PlanDetail, PlanTaskFile, ReportTaskInput };
export type { Plan, PlanTask, PlanTaskStatus } from '@contract/implementation-plans';

export const fetchPlans = (signal?: AbortSignal) => getJson<PlanList>('/api/plans', signal);

export const fetchPlan = (id: string, signal?: AbortSignal) =>
  getJson<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`, signal);

export async function reportTask(taskId: string, version: number, input: ReportTaskInput): Promise<void> {
  await request(`/api/plan-tasks/${encodeURIComponent(taskId)}/reports`, {
    method: 'POST',
    body: input,
    ifMatch: version,
  });
}

export async function urgeTask(taskId: string, note: string): Promise<{ dueBy: string; overdueWorkingDays: number }> {
  const res = await request<{ dueBy: string; overdueWorkingDays: number }>(
    `/api/plan-tasks/${encodeURIComponent(taskId)}/urges`,
    { method: 'POST', body: note ? { note } : {} },
  );
  return res.data;
}

/** One file for a report, sent as multipart with a fresh CSRF token. */
export async function uploadTaskFile(taskId: string, file: File): Promise<PlanTaskFile> {
  const tokenRes = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  const token = tokenRes.ok ? ((await tokenRes.json()) as { csrfToken: string }).csrfToken : null;
  if (token) setCsrfToken(token);
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/api/plan-tasks/${encodeURIComponent(taskId)}/files`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'accept-language': currentLanguage(),
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body: form,
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw toApiError(res.status, body, i18n.t('common:errors.unexpected'));
  return body as PlanTaskFile;
}

export const taskFileUrl = (taskId: string, fileId: string) =>
  `/api/plan-tasks/${encodeURIComponent(taskId)}/files/${encodeURIComponent(fileId)}`;
export const planReportUrl = (id: string) => `/api/plans/${encodeURIComponent(id)}/report.xlsx`;

export const fetchPlanTaskFigure = (unitId: string, signal?: AbortSignal) =>
  getJson<PlanTaskFigure>(`/api/statistics/plan-tasks?unitId=${encodeURIComponent(unitId)}`, signal);
