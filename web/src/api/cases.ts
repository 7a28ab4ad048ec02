import { getJson, newIdempotencyKey, query, request } from './client';
import type { Plan } from './plan';
import type { CaseDetail, CaseEvent, CaseListItem, PlanVersionDetail, VerifyResult, WorkItem } from './types';

export interface CaseFilters {
  q?: string;
  state?: string;
  unitId?: string;
  domain?: string;
  dueBefore?: string;
  cursor?: string;
  limit?: number;
  /** The filters a dashboard figure opens the list with. */
  proposerUnitId?: string;
  year?: string;
  overdue?: string;
  outcome?: string;
  protection?: string;
  rewardForm?: string;
}

export const listCases = (f: CaseFilters, signal?: AbortSignal) =>
  getJson<{ items: CaseListItem[]; nextCursor: string | null }>(`/api/cases${query({ ...f })}`, signal);

export const fetchWorklist = (limit: number, offset: number, signal?: AbortSignal) =>
  getJson<{ items: WorkItem[]; today: string }>(`/api/worklist${query({ limit, offset })}`, signal);

export const fetchCase = (code: string, signal?: AbortSignal) =>
  getJson<CaseDetail>(`/api/cases/${encodeURIComponent(code)}`, signal);

export const fetchEvents = (code: string, signal?: AbortSignal) =>
  getJson<{ items: CaseEvent[] }>(`/api/cases/${encodeURIComponent(code)}/events${query({ limit: 1000 })}`, signal);

export const fetchPlanVersion = (code: string, version: number, signal?: AbortSignal) =>
  getJson<PlanVersionDetail>(`/api/cases/${encodeURIComponent(code)}/plan/${version}`, signal);

export const verifyCase = (code: string) => getJson<VerifyResult>(`/api/cases/${encodeURIComponent(code)}/verify`);

/**
 * `campaignId`: the registration campaign the proposal is registered in; `replicatedFrom`: the code
 * of the model it adopts (KL14 §2.5).
 */
export async function createProposal(
  plan: Plan,
  urgent: boolean,
  links: { campaignId?: string | null; replicatedFrom?: string } = {},
): Promise<CaseDetail> {
  const res = await request<CaseDetail>('/api/cases', {
    method: 'POST',
    body: {
      plan,
      urgent,
      ...(links.campaignId ? { campaignId: links.campaignId } : {}),
      ...(links.replicatedFrom ? { replicatedFrom: links.replicatedFrom } : {}),
    },
    idempotencyKey: newIdempotencyKey(),
  });
  return res.data;
}

export const actionPath = (action: string) => action.replace(/_/g, '-');

/** The recorded event an action answers with: its number, hash and what it recorded. */
export interface ActionEvent {
  seq: number;
  type: string;
  hash: string;
  payload: Record<string, unknown>;
}

/** Takes an action on a case at the version the user saw; the answer is the case after it. */
export async function performAction(
  code: string,
  action: string,
  version: number,
  body: unknown,
): Promise<CaseDetail & { event: ActionEvent }> {
  const res = await request<CaseDetail & { event: ActionEvent }>(
    `/api/cases/${encodeURIComponent(code)}/actions/${actionPath(action)}`,
    { method: 'POST', body, ifMatch: version },
  );
  return res.data;
}

export const attachmentUrl = (code: string, id: string) => `/api/cases/${encodeURIComponent(code)}/attachments/${id}`;

export const exportUrl = (code: string) => `/api/cases/${encodeURIComponent(code)}/export`;
