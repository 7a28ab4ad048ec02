import type { Determination, EvaluationRecord, RiskKind } from '../api/protection';

export interface FactsValues extends Record<string, unknown> {
  damage: { caused: boolean; estimateVnd: number | undefined };
  causes: { objective: string; subjective: string };
  risk: { kind: RiskKind; riskId: string | null; description: string };
  followedApprovedPlan: boolean;
  followedDirectives: boolean;
  followedDecision: boolean;
  motive: { correctPolicyLine: boolean; pureMotive: boolean; commonGood: boolean };
  exclusions: Record<string, { found: boolean; evidence: string }>;
}

/** The form starts from the facts last recorded, or from the evaluation for a first record. */
export function initialFacts(d: Determination, evaluation: EvaluationRecord | null, grounds: string[]): FactsValues {
  const f = d.facts;
  return {
    damage: f
      ? { caused: f.damage.caused, estimateVnd: f.damage.estimateVnd }
      : { caused: evaluation?.damage.occurred ?? false, estimateVnd: evaluation?.damage.estimateVnd },
    causes: {
      objective: f?.causes.objective ?? evaluation?.causes.objective ?? '',
      subjective: f?.causes.subjective ?? evaluation?.causes.subjective ?? '',
    },
    risk: { kind: f?.risk.kind ?? 'none', riskId: f?.risk.riskId ?? null, description: f?.risk.description ?? '' },
    followedApprovedPlan: f?.followedApprovedPlan ?? false,
    followedDirectives: f?.followedDirectives ?? false,
    followedDecision: f?.followedDecision ?? false,
    motive: {
      correctPolicyLine: f?.motive.correctPolicyLine ?? false,
      pureMotive: f?.motive.pureMotive ?? false,
      commonGood: f?.motive.commonGood ?? false,
    },
    exclusions: Object.fromEntries(
      grounds.map((g) => [g, { found: f?.exclusions[g]?.found ?? false, evidence: f?.exclusions[g]?.evidence ?? '' }]),
    ),
  };
}

/** The request body: only what applies (no estimate without damage, the risk's own field, evidence of grounds found). */
export function factsBody(v: FactsValues) {
  const risk =
    v.risk.kind === 'foreseen'
      ? { kind: 'foreseen' as const, ...(v.risk.riskId ? { riskId: v.risk.riskId } : {}) }
      : v.risk.kind === 'unforeseen'
        ? { kind: 'unforeseen' as const, description: v.risk.description }
        : { kind: 'none' as const };
  return {
    damage: {
      caused: v.damage.caused,
      ...(v.damage.caused && v.damage.estimateVnd !== undefined ? { estimateVnd: v.damage.estimateVnd } : {}),
    },
    causes: v.causes,
    risk,
    followedApprovedPlan: v.followedApprovedPlan,
    followedDirectives: v.followedDirectives,
    followedDecision: v.followedDecision,
    motive: v.motive,
    exclusions: Object.fromEntries(
      Object.entries(v.exclusions).map(([g, x]) => [
        g,
        { found: x.found, ...(x.found ? { evidence: x.evidence } : {}) },
      ]),
    ),
  };
}
