import i18n from 'i18next';
import type {
  AddTaskInput,
  CreatePlanInput,
  PlanDetail,
  PlanList,
  PlanTaskFigure,
  PlanTaskFile,
  ReportTaskInput,
  UpdateTaskInput,
} from '@contract/implementation-plans';
import { currentLanguage, getJson, request, setCsrfToken } from './client';
import { toApiError } from './errors';

export type { AddTaskInput, CreatePlanInput, PlanDetail, PlanList, PlanTaskFile, ReportTaskInput, UpdateTaskInput };
export type { Plan, PlanTask, PlanTaskStatus } from '@contract/implementation-plans';

export const fetchPlans = (signal?: AbortSignal) => getJson<PlanList>('/api/plans', signal);

export const fetchPlan = (id: string, signal?: AbortSignal) =>
  getJson<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`, signal);

/** A new plan; the same key is sent again on a retry of the same form, so it is created once. */
export async function createPlan(input: CreatePlanInput, idempotencyKey: string): Promise<PlanDetail> {
  const res = await request<PlanDetail>('/api/plans', { method: 'POST', body: input, idempotencyKey });
  return res.data;
}

export async function addPlanTask(planId: string, input: AddTaskInput, idempotencyKey: string): Promise<PlanDetail> {
  const res = await request<PlanDetail>(`/api/plans/${encodeURIComponent(planId)}/tasks`, {
    method: 'POST',
    body: input,
    idempotencyKey,
  });
  return res.data;
}

/** Changes a task with the version last read (409 when someone changed it meanwhile). */
export async function updatePlanTask(taskId: string, version: number, input: UpdateTaskInput): Promise<void> {
  await request(`/api/plan-tasks/${encodeURIComponent(taskId)}`, { method: 'PATCH', body: input, ifMatch: version });
}

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
export const planReportUrl = (id: string, format: 'xlsx' | 'docx' = 'xlsx') =>
  `/api/plans/${encodeURIComponent(id)}/report.${format}`;

export const fetchPlanTaskFigure = (unitId: string, signal?: AbortSignal) =>
  getJson<PlanTaskFigure>(`/api/statistics/plan-tasks?unitId=${encodeURIComponent(unitId)}`, signal);
