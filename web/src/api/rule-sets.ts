import { getJson, request } from './client';
import type { Bilingual, ProtectionResult } from './protection';

export interface RuleSetListItem {
  id: string;
  version: number;
  name: Bilingual;
  legalBasis: string;
  ruleCount: number;
  sha256: string;
  builtIn: boolean;
  publishedAt: string;
  publishedBy: string | null;
}

type OneOrMany = string | string[];

export interface ProtectionRule {
  id: string;
  when: {
    anyExclusionFound?: boolean;
    compliant?: boolean;
    outcome?: OneOrMany;
    goodFaith?: boolean;
    damage?: boolean;
    risk?: OneOrMany;
  };
  then: { result: ProtectionResult; reportToCompetentAuthority: boolean; referToDiscipline: boolean };
  legalGround: string;
  explanation: Bilingual;
}

export interface RuleSetDefinition {
  id: string;
  version: number;
  name: Bilingual;
  legalBasis: string;
  findingGrounds: Record<string, string>;
  exclusionGroundBasis: Record<string, string>;
  rules: ProtectionRule[];
}

export type StoredRuleSet = RuleSetDefinition & { sha256: string; builtIn: boolean; publishedAt: string };

export const listRuleSets = (signal?: AbortSignal) =>
  getJson<{ items: RuleSetListItem[] }>('/api/protection-rule-sets', signal);

export const fetchRuleSet = (id: string, version: number, signal?: AbortSignal) =>
  getJson<StoredRuleSet>(`/api/protection-rule-sets/${encodeURIComponent(id)}/${version}`, signal);

export async function publishRuleSet(
  body: unknown,
  idempotencyKey: string,
): Promise<{ id: string; version: number; sha256: string }> {
  return (
    await request<{ id: string; version: number; sha256: string }>('/api/protection-rule-sets', {
      method: 'POST',
      body,
      idempotencyKey,
    })
  ).data;
}
