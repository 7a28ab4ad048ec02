import { getJson, query } from './client';
import type { AnnualSummary, OfficialRecord, RecordPerson, RecordSummary } from '@contract/official-record';

export type {
  AnnualSummary,
  BreakthroughEntry,
  OfficialRecord,
  OverrideEntry,
  ProposalEntry,
  ProtectionEntry,
  RecordPerson,
  RecordSummary,
  RewardEntry,
} from '@contract/official-record';

export const fetchRecord = (personId: string, year: number | null, signal?: AbortSignal) =>
  getJson<OfficialRecord>(`/api/people/${personId}/record${query({ year })}`, signal);

export const fetchRecordSummary = (personId: string, year: number | null, signal?: AbortSignal) =>
  getJson<RecordSummary & { person: RecordPerson; generatedAt: string }>(
    `/api/people/${personId}/record/summary${query({ year })}`,
    signal,
  );

export const recordFileUrl = (personId: string, year: number | null, ext: 'pdf' | 'xlsx') =>
  `/api/people/${personId}/record.${ext}${query({ year })}`;

export const fetchAnnualSummary = (personId: string, year: number, signal?: AbortSignal) =>
  getJson<AnnualSummary>(`/api/people/${personId}/record/annual${query({ year })}`, signal);

export const annualSummaryXlsxUrl = (personId: string, year: number) =>
  `/api/people/${personId}/record/annual.xlsx${query({ year })}`;

export const unitAnnualSummariesXlsxUrl = (unitId: string, year: number) =>
  `/api/units/${unitId}/annual-summaries.xlsx${query({ year })}`;
