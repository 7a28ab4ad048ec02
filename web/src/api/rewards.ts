import { getJson, query, request } from './client';
import type { Bilingual, EvaluationOutcome } from './protection';
import type { CaseState, Ref } from './types';
import type { BeneficiaryKind } from '@contract/protection';
export type { BeneficiaryKind };

export type RewardStatus = 'proposed' | 'granted' | 'refused' | 'implemented' | 'not_implemented';
export type RewardAction = 'record_reward_decision' | 'record_reward_outcome';

export interface EligibleForm {
  id: string;
  label: Bilingual;
  legalBasis: string;
  months: { min: number; max: number } | null;
  needsDescription: boolean;
}

export interface RewardDecision {
  decision: 'granted' | 'refused';
  issuingAuthority: string;
  signer: { name: string; title: string };
  decisionNumber: string;
  decisionDate: string;
  legalBasis: string;
  reasons?: string | null;
}

export interface RewardProposal {
  id: string;
  status: RewardStatus;
  version: number;
  beneficiaryKind: BeneficiaryKind;
  beneficiary: Ref | null;
  form: { id: string; label: Bilingual | null };
  months: number | null;
  description: string | null;
  justification: string;
  legalBasis: string;
  proposedBy: Ref | null;
  proposedAt: string;
  decision: RewardDecision | null;
  decidedBy: Ref | null;
  decidedAt: string | null;
  outcome: { outcome: 'implemented' | 'not_implemented'; effectiveOn: string; note: string | null } | null;
  outcomeRecordedAt: string | null;
  allowedActions: RewardAction[];
}

export interface CaseRewards {
  case: { code: string; title: string; state: CaseState };
  context: { outcome: EvaluationOutcome | null; art5Clause1Met: boolean; localOptionsEnabled: boolean };
  beneficiaries: {
    kind: BeneficiaryKind;
    beneficiary: Ref;
    excludedByFinding: boolean;
    eligibleForms: EligibleForm[];
  }[];
  items: RewardProposal[];
  allowedActions: string[];
}

export interface RewardCandidate {
  code: string;
  title: string;
  receivingUnit: { id: string | null; name: string | null };
  proposer: Ref;
  evaluatedAt: string;
  meetingOn: string | null;
  pendingProposals: number;
}

export const fetchCaseRewards = (code: string, signal?: AbortSignal) =>
  getJson<CaseRewards>(`/api/cases/${encodeURIComponent(code)}/rewards`, signal);

export interface ProposeRewardInput {
  beneficiaryKind: BeneficiaryKind;
  personId?: string;
  unitId?: string;
  form: string;
  months?: number;
  description?: string;
  justification: string;
}

export async function proposeReward(
  code: string,
  body: ProposeRewardInput,
  idempotencyKey: string,
): Promise<RewardProposal> {
  return (
    await request<RewardProposal>(`/api/cases/${encodeURIComponent(code)}/rewards`, {
      method: 'POST',
      body,
      idempotencyKey,
    })
  ).data;
}

export async function writeReward(
  r: { id: string; version: number },
  what: 'decision' | 'outcome',
  body: unknown,
): Promise<RewardProposal> {
  return (
    await request<RewardProposal>(`/api/reward-proposals/${r.id}/${what}`, { method: 'POST', body, ifMatch: r.version })
  ).data;
}

export const fetchRewardCandidates = (signal?: AbortSignal) =>
  getJson<{ items: RewardCandidate[] }>(`/api/rewards/candidates${query({ limit: 200 })}`, signal);

export interface RewardOption {
  scope: string;
  enabled: boolean;
  updatedBy: string | null;
  updatedAt: string;
}

export const fetchRewardOptions = (signal?: AbortSignal) =>
  getJson<{ items: RewardOption[] }>('/api/reward-options', signal);

export async function setRewardOption(scope: string, enabled: boolean): Promise<RewardOption> {
  return (
    await request<RewardOption>(`/api/reward-options/${encodeURIComponent(scope)}`, {
      method: 'PUT',
      body: { enabled },
    })
  ).data;
}
