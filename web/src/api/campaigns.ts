import type {
  Campaign,
  CampaignList,
  ComplianceReport,
  ComplianceStatus,
  OpenCampaignInput,
} from '@contract/campaigns';
import { getJson, newIdempotencyKey, query, request } from './client';

export type { Campaign, ComplianceReport, ComplianceStatus, OpenCampaignInput };
export { COMPLIANCE_STATUSES } from '@contract/campaign-statuses';

export const fetchCampaigns = (filter: { status?: 'open' | 'closed'; mine?: boolean }, signal?: AbortSignal) =>
  getJson<CampaignList>(
    `/api/campaigns${query({ status: filter.status, mine: filter.mine ? 'true' : undefined })}`,
    signal,
  );

export const fetchCampaign = (id: string, signal?: AbortSignal) =>
  getJson<Campaign>(`/api/campaigns/${encodeURIComponent(id)}`, signal);

export async function openCampaign(input: OpenCampaignInput): Promise<Campaign> {
  const res = await request<Campaign>('/api/campaigns', {
    method: 'POST',
    body: input,
    idempotencyKey: newIdempotencyKey(),
  });
  return res.data;
}

export async function closeCampaign(id: string, version: number): Promise<Campaign> {
  const res = await request<Campaign>(`/api/campaigns/${encodeURIComponent(id)}/close`, {
    method: 'POST',
    ifMatch: version,
  });
  return res.data;
}

export const fetchCompliance = (
  id: string,
  page: { status?: ComplianceStatus | undefined; limit: number; offset: number; unitId?: string | undefined },
  signal?: AbortSignal,
) =>
  getJson<ComplianceReport>(
    `/api/campaigns/${encodeURIComponent(id)}/compliance${query({ status: page.status, unitId: page.unitId, limit: page.limit, offset: page.offset })}`,
    signal,
  );

/** The workbook is a plain download: the session cookie goes with the link. */
export const complianceXlsxUrl = (id: string, status?: ComplianceStatus) =>
  `/api/campaigns/${encodeURIComponent(id)}/compliance.xlsx${query({ status })}`;
