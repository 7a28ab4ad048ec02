import type { ModelDetail, ModelList, ReplicationList, ShowcaseList } from '@contract/programme';
import { getJson, query } from './client';

export const fetchShowcase = (q: string, cursor: string | null, signal?: AbortSignal) =>
  getJson<ShowcaseList>(`/api/showcase${query({ q: q || undefined, cursor })}`, signal);
export const fetchModels = (cursor: string | null, signal?: AbortSignal) =>
  getJson<ModelList>(`/api/models${query({ cursor })}`, signal);
export const fetchModel = (code: string, signal?: AbortSignal) =>
  getJson<ModelDetail>(`/api/models/${encodeURIComponent(code)}`, signal);
export const fetchReplications = (code: string, signal?: AbortSignal) =>
  getJson<ReplicationList>(`/api/cases/${encodeURIComponent(code)}/replications`, signal);
