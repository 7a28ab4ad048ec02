import type { RiskEntry } from '../../domain/plan/proposal-plan.ts';
import {
  EXCLUSION_GROUNDS,
  EXCLUSION_GROUND_LABELS,
  EXCLUSION_GROUND_LEGAL_BASIS,
  bindingRowOf,
  isCompliant,
  isGoodFaith,
  isWeighedGround,
  mattersToWeigh,
  situationOf,
  type ProtectionFacts,
  type ProtectionRuleSet,
} from '../../domain/protection/index.ts';

/**
 * Every fact a protection decision rests on, laid out for the reader (issue item 5): the outcome,
 * damage and its amount, which approved risk occurred (with its text from the approved plan), good
 * faith finding by finding, compliance, each exclusion ground examined with its legal ground, and
 * what the law makes of them (a binding row of Art. 11, matters to weigh). Computed from the stored
 * facts, so determinations recorded before this view existed show the same.
 */
export function factsExamined(
  facts: ProtectionFacts,
  risks: readonly RiskEntry[],
  ruleSet: ProtectionRuleSet | undefined,
) {
  const basis = (g: (typeof EXCLUSION_GROUNDS)[number]) =>
    ruleSet?.exclusionGroundBasis[g] ?? EXCLUSION_GROUND_LEGAL_BASIS[g];
  const risk = facts.risk;
  return {
    outcome: facts.outcome,
    damage: { caused: facts.damage.caused, estimateVnd: facts.damage.estimateVnd ?? null },
    risk:
      risk.kind === 'foreseen'
        ? {
            kind: risk.kind,
            riskId: risk.riskId,
            description: risks.find((r) => r.id === risk.riskId)?.description ?? null,
            inApprovedPlan: true,
          }
        : risk.kind === 'unforeseen'
          ? { kind: risk.kind, riskId: null, description: risk.description, inApprovedPlan: false }
          : { kind: risk.kind, riskId: null, description: null, inApprovedPlan: false },
    goodFaith: { ...facts.motive, found: isGoodFaith(facts) },
    compliance: {
      followedApprovedPlan: facts.followedApprovedPlan,
      followedDecision: facts.followedDecision,
      followedDirectives: facts.followedDirectives,
      compliant: isCompliant(facts),
    },
    causes: facts.causes,
    exclusionGrounds: EXCLUSION_GROUNDS.map((ground) => ({
      ground,
      label: EXCLUSION_GROUND_LABELS[ground],
      examined: facts.exclusions[ground] !== undefined,
      found: facts.exclusions[ground]?.found ?? false,
      evidence: facts.exclusions[ground]?.evidence ?? null,
      weighed: isWeighedGround(ground),
      legalGround: basis(ground),
    })),
    mattersToWeigh: mattersToWeigh(facts),
    bindingRow: mattersToWeigh(facts).length === 0 ? bindingRowOf(situationOf(facts)) : null,
  };
}
