import { getJson, query } from './client';
import type { EvaluationOutcome } from './protection';

export interface RecordPerson {
  id: string;
  fullName: string;
  unit: { id: string; name: string };
  position: { code: string; vi: string | null; en: string | null } | null;
}

export interface ProposalEntry {
  caseId: string;
  code: string;
  title: string;
  domain: string;
  state: string;
  roles: string[];
  submittedAt: string | null;
  decision: { kind: 'approved' | 'override' | 'rejected'; number: string | null; date: string | null } | null;
  evaluation: { outcome: EvaluationOutcome; meetingOn: string; damage: boolean; conclusion: string } | null;
}

export interface ProtectionEntry {
  protectionCaseId: string;
  determinationId: string;
  caseCode: string;
  caseTitle: string;
  role: string;
  status: string;
  recommendedResult: string | null;
  decidedResult: string | null;
  departed: boolean | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  legalGround: string | null;
  openedAt: string;
  revocation: { ground: string; findingReference: string; decisionNumber: string; decisionDate: string } | null;
}

export interface RewardEntry {
  id: string;
  caseCode: string;
  caseTitle: string;
  form: string;
  beneficiaryKind: string;
  months: number | null;
  status: string;
  proposedAt: string;
  decision: {
    decision: string;
    issuingAuthority: string;
    signer: { name: string; title: string };
    decisionNumber: string;
    decisionDate: string;
    legalBasis: string;
  } | null;
  outcome: { outcome: string; effectiveOn: string; note: string | null } | null;
}

export interface OverrideEntry {
  caseCode: string;
  caseTitle: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  reasons: string | null;
  caseState: string;
  evaluationOutcome: EvaluationOutcome | null;
}

export interface RecordSummary {
  year: number | null;
  proposals: {
    total: number;
    asProposer: number;
    asCoProposer: number;
    asImplementer: number;
    approved: number;
    evaluated: Record<EvaluationOutcome, number>;
  };
  protections: { total: number; protected: number; notProtected: number; revoked: number; pending: number };
  rewards: { proposed: number; granted: number; implemented: number; refused: number };
  overridesSigned: number;
  text: { vi: string; en: string };
}

export interface OfficialRecord {
  person: RecordPerson;
  year: number | null;
  generatedAt: string;
  proposals: ProposalEntry[];
  protections: ProtectionEntry[];
  rewards: RewardEntry[];
  overridesSigned: OverrideEntry[];
  summary: RecordSummary;
}

export const fetchRecord = (personId: string, year: number | null, signal?: AbortSignal) =>
  getJson<OfficialRecord>(`/api/people/${personId}/record${query({ year })}`, signal);

export const fetchRecordSummary = (personId: string, year: number | null, signal?: AbortSignal) =>
  getJson<RecordSummary & { person: RecordPerson; generatedAt: string }>(
    `/api/people/${personId}/record/summary${query({ year })}`,
    signal,
  );

export const recordFileUrl = (personId: string, year: number | null, ext: 'pdf' | 'xlsx') =>
  `/api/people/${personId}/record.${ext}${query({ year })}`;
