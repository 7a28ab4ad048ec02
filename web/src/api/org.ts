import { getJson, query, request } from './client';
import type {
  CodeName,
  Domain,
  Person,
  PersonDetail,
  PersonGrant,
  PersonRecord,
  Position,
  ProfileVersion,
  RoleGrantRecord,
  UnitDetail,
  UnitList,
  UnitRecord,
} from '@contract/org-views';
import type { Role } from '@contract/roles';
export type { PersonDetail, PersonGrant };

/** One page of a level of the unit tree (`root` for the top), in the order of names. */
export const fetchUnits = (parentId: string, cursor: string | null, signal?: AbortSignal) =>
  getJson<UnitList>(`/api/units${query({ parentId, cursor })}`, signal);
/** The first units whose names hold `q`, for a picker. */
export const searchUnits = (q: string, limit: number, signal?: AbortSignal) =>
  getJson<UnitList>(`/api/units${query({ q, limit })}`, signal);
export const fetchUnit = (id: string, signal?: AbortSignal) => getJson<UnitDetail>(`/api/units/${id}`, signal);

export interface PeopleFilter {
  q?: string;
  unitId?: string;
  role?: Role | '';
  /** Choosing people for this case: the areas it involves are listed too. */
  caseCode?: string;
  limit?: number;
  offset?: number;
}
export const fetchPeople = (f: PeopleFilter, signal?: AbortSignal) =>
  getJson<{ items: Person[] }>(`/api/people${query({ ...f })}`, signal);

export const fetchPositions = () => getJson<{ items: Position[] }>('/api/positions');
export const fetchUnitTypes = () => getJson<{ items: CodeName[] }>('/api/unit-types');
export const fetchDomains = () => getJson<{ items: Domain[] }>('/api/domains');
export const fetchProfiles = () => getJson<{ items: ProfileVersion[] }>('/api/profiles');

export interface UnitInput {
  code: string;
  name: string;
  typeCode: string;
  parentId?: string | null;
  partyCommitteeUnitId?: string | null;
  active?: boolean;
}
export const createUnit = async (body: UnitInput) =>
  (await request<UnitRecord>('/api/units', { method: 'POST', body })).data;
export const updateUnit = async (id: string, body: Partial<UnitInput>) =>
  (await request<UnitRecord>(`/api/units/${id}`, { method: 'PATCH', body })).data;

export interface PersonInput {
  fullName: string;
  email?: string | null;
  unitId: string;
  positionCode?: string | null;
  username?: string | null;
  password?: string;
  active?: boolean;
}
export const createPerson = async (body: PersonInput) =>
  (await request<PersonRecord>('/api/people', { method: 'POST', body })).data;
export const updatePerson = async (id: string, body: Partial<PersonInput>) =>
  (await request<PersonRecord>(`/api/people/${id}`, { method: 'PATCH', body })).data;

export const grantRole = async (personId: string, body: { unitId: string; role: Role; includeSubtree: boolean }) =>
  (await request<RoleGrantRecord>(`/api/people/${personId}/grants`, { method: 'POST', body })).data;
export const revokeRole = async (personId: string, grantId: string) =>
  (await request<{ ok: boolean }>(`/api/people/${personId}/grants/${grantId}`, { method: 'DELETE' })).data;

export const publishProfile = async (body: unknown) =>
  (await request<ProfileVersion>('/api/profiles', { method: 'POST', body })).data;

export const dueDate = (from: string, workingDays: number, signal?: AbortSignal) =>
  getJson<{ from: string; due: string; skipped: { date: string; reason: string; label?: string }[] }>(
    `/api/calendar/due-date${query({ from, workingDays })}`,
    signal,
  );

export const fetchProfile = (code: string, version: number, signal?: AbortSignal) =>
  getJson<Record<string, unknown>>(`/api/profiles/${encodeURIComponent(code)}/${version}`, signal);

export const fetchPerson = (id: string, signal?: AbortSignal) => getJson<PersonDetail>(`/api/people/${id}`, signal);
