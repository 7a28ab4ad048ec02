import { getJson, query } from './client';
import type { OfficialRecord, RecordPerson, RecordSummary } from '@contract/official-record';

export type {
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
