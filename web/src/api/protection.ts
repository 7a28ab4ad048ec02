import { getJson, query, request } from './client';
import type { Risk } from './plan';
import type { CaseState, Ref } from './types';
import type {
  EvaluationOutcome,
  GroundFinding,
  ProtectionResult,
  ReasoningStep,
  Recommendation,
  RiskKind,
} from '@contract/protection';
export type { EvaluationOutcome, GroundFinding, ProtectionResult, ReasoningStep, Recommendation, RiskKind };

export type Bilingual = { vi: string; en: string };
export type DeterminationStatus = 'pending' | 'facts_recorded' | 'decided' | 'revoked';
export type DeterminationAction = 'record_facts' | 'decide' | 'revoke';

export interface ProtectionMeta {
  results: { id: ProtectionResult; label: Bilingual }[];
  exclusionGrounds: { id: string; label: Bilingual; revocable: boolean; weighed?: boolean }[];
  riskKinds: RiskKind[];
  involvementRoles: string[];
  openingReasons: string[];
  departureReasonMinLength: number;
}

export interface ProtectionSummary {
  id: string;
  case: { code: string; title: string };
  seq: number;
  status: 'open' | 'decided';
  version: number;
  openedReason: string;
  openedAt: string;
  closedAt: string | null;
  ruleSet: { id: string; version: number };
  counts: Record<DeterminationStatus, number>;
  awaitingMe: number;
  visibility: 'all' | 'own';
}

/** Every fact a determination rests on, as the server lays it out. */
export interface FactsExamined {
  outcome: EvaluationOutcome;
  damage: { caused: boolean; estimateVnd: number | null };
  risk: { kind: RiskKind; riskId: string | null; description: string | null; inApprovedPlan: boolean };
  goodFaith: { correctPolicyLine: boolean; pureMotive: boolean; commonGood: boolean; found: boolean };
  compliance: {
    followedApprovedPlan: boolean;
    followedDecision: boolean;
    followedDirectives: boolean;
    compliant: boolean;
  };
  causes: { objective: string; subjective: string };
  exclusionGrounds: {
    ground: string;
    label: Bilingual;
    examined: boolean;
    found: boolean;
    evidence: string | null;
    weighed: boolean;
    legalGround: string;
  }[];
  mattersToWeigh: string[];
  bindingRow: { row: 1 | 2; article: string; minimum: ProtectionResult } | null;
}

export interface ProtectionDecision {
  result: ProtectionResult;
  departed: boolean;
  decisionNumber: string;
  decisionDate: string;
  legalGround: string | null;
  reasons: string | null;
  reportToCompetentAuthority: boolean;
  referToDiscipline: boolean;
  decidedBy: Ref | null;
  decidedAt: string;
}

export interface Revocation {
  ground: string;
  findingReference: string;
  findingDate: string;
  decisionNumber: string;
  decisionDate: string;
  legalGround: string;
  reasons?: string | null;
  revokedBy: Ref | null;
  revokedAt: string;
}

/** As the web form edits them; the domain's `ProtectionFacts` is stricter (a discriminated risk). */
export interface ProtectionFacts {
  personId: string;
  role: string;
  outcome: EvaluationOutcome;
  damage: { caused: boolean; estimateVnd?: number };
  causes: { objective: string; subjective: string };
  risk: { kind: RiskKind; riskId?: string; description?: string };
  followedApprovedPlan: boolean;
  followedDirectives: boolean;
  followedDecision: boolean;
  motive: { correctPolicyLine: boolean; pureMotive: boolean; commonGood: boolean };
  exclusions: Record<string, GroundFinding>;
}

export interface Determination {
  id: string;
  person: Ref;
  role: string;
  roles: string[];
  decidingUnit: Ref | null;
  status: DeterminationStatus;
  factsVersion: number;
  facts: ProtectionFacts | null;
  factsExamined: FactsExamined | null;
  exclusionGroundsFound: { ground: string; label: Bilingual; evidence: string | null }[];
  factsRecordedBy: Ref | null;
  factsRecordedAt: string | null;
  recommendation: Recommendation | null;
  decision: ProtectionDecision | null;
  revocation: Revocation | null;
  allowedActions: DeterminationAction[];
}

export interface EvaluationRecord {
  seq: number;
  outcome: EvaluationOutcome;
  damage: { occurred: boolean; estimateVnd?: number };
  causes: { objective: string; subjective: string };
  meetingOn: string;
  conclusion: string;
}

export interface ProtectionCaseView {
  id: string;
  case: { id: string; code: string; title: string; state: CaseState };
  seq: number;
  status: 'open' | 'decided';
  version: number;
  ruleSet: { id: string; version: number; sha256: string; name: Bilingual | null };
  openedReason: string;
  openedBy: Ref | null;
  openedAs: string | null;
  reasons: string | null;
  findingReference: string | null;
  openedAt: string;
  closedAt: string | null;
  evaluation: EvaluationRecord | null;
  approvedPlanVersion: number | null;
  approvedPlanRisks: Risk[];
  determinations: Determination[];
  visibility: 'all' | 'own';
  allowedActions: DeterminationAction[];
}

export const fetchProtectionMeta = (signal?: AbortSignal) => getJson<ProtectionMeta>('/api/protection/meta', signal);

export const fetchCaseProtection = (code: string, signal?: AbortSignal) =>
  getJson<{ items: ProtectionSummary[]; allowedActions: string[] }>(
    `/api/cases/${encodeURIComponent(code)}/protection`,
    signal,
  );

export const listProtectionCases = (status: 'open' | 'decided' | undefined, signal?: AbortSignal) =>
  getJson<{ items: ProtectionSummary[] }>(`/api/protection-cases${query({ status, limit: 200 })}`, signal);

export const fetchProtectionCase = (id: string, signal?: AbortSignal) =>
  getJson<ProtectionCaseView>(`/api/protection-cases/${id}`, signal);

export interface OpenProtectionInput {
  reason: string;
  reasons: string;
  findingReference?: string;
}

export async function openProtectionCase(
  code: string,
  body: OpenProtectionInput,
  idempotencyKey: string,
): Promise<ProtectionCaseView> {
  return (
    await request<ProtectionCaseView>(`/api/cases/${encodeURIComponent(code)}/protection`, {
      method: 'POST',
      body,
      idempotencyKey,
    })
  ).data;
}

/** Facts, a decision or a revocation for one determination, at the protection case version the user saw. */
export async function writeDetermination(
  pc: { id: string; version: number },
  determinationId: string,
  what: 'facts' | 'decision' | 'revocation',
  body: unknown,
): Promise<ProtectionCaseView> {
  const path = `/api/protection-cases/${pc.id}/determinations/${determinationId}/${what}`;
  return (await request<ProtectionCaseView>(path, { method: 'POST', body, ifMatch: pc.version })).data;
}
