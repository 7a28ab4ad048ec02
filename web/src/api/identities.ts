import type { LinkIdentityBody, PersonIdentity } from '@contract/sso';
import { getJson, request } from './client';

const base = (personId: string) => `/api/admin/people/${personId}/identities`;

export const fetchIdentities = (personId: string, signal?: AbortSignal) =>
  getJson<{ items: PersonIdentity[] }>(base(personId), signal);

export const linkIdentity = async (personId: string, body: LinkIdentityBody) =>
  (await request<{ id: string }>(base(personId), { method: 'POST', body })).data;

export const unlinkIdentity = async (personId: string, id: string) =>
  (await request<{ ok: boolean }>(`${base(personId)}/${id}`, { method: 'DELETE' })).data;
