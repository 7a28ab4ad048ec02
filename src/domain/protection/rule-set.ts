import {
  EVALUATION_OUTCOMES,
  RISK_KINDS,
  foundBarringGrounds,
  isCompliant,
  isGoodFaith,
  type EvaluationOutcome,
  type ExclusionGround,
  type ProtectionFacts,
  type RiskKind,
} from './facts.ts';

/**
 * The shape of a protection rule set. Rules are data, not closures, so that an administrator can
 * publish a new version as JSON and a determination can always be replayed against the exact
 * version it was made under.
 */

/** Art. 11: (1) không bị xử lý; (2) loại trừ; (3) xem xét loại trừ, miễn, giảm nhẹ; or no protection. */
export const PROTECTION_RESULTS = [
  'not_liable',
  'liability_excluded',
  'considered_for_exemption_or_mitigation',
  'not_protected',
] as const;
export type ProtectionResult = (typeof PROTECTION_RESULTS)[number];

export const RESULT_LABELS: Record<ProtectionResult, { vi: string; en: string }> = {
  not_liable: { vi: 'Không bị xử lý trách nhiệm', en: 'Not held liable' },
  liability_excluded: { vi: 'Loại trừ trách nhiệm', en: 'Liability excluded' },
  considered_for_exemption_or_mitigation: {
    vi: 'Được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm',
    en: 'Considered for exclusion, exemption or mitigation of liability',
  },
  not_protected: { vi: 'Không được bảo vệ theo Nghị định 73', en: 'Not protected under Decree 73' },
};

/**
 * What a rule can look at: the facts reduced to the six findings the decision table uses.
 * `anyExclusionFound` = a barring ground (not a weighed one) was found; `compliant` = followed the
 * approved plan, the decision and every directive (a matter the decider weighs, see mattersToWeigh).
 */
export interface Situation {
  anyExclusionFound: boolean;
  compliant: boolean;
  outcome: EvaluationOutcome;
  goodFaith: boolean;
  damage: boolean;
  risk: RiskKind;
}
export type FindingKey = keyof Situation;
/** The order findings are reported in when a rule set does not dictate otherwise. */
export const FINDING_KEYS = [
  'anyExclusionFound',
  'compliant',
  'outcome',
  'goodFaith',
  'damage',
  'risk',
] as const satisfies readonly FindingKey[];

type OneOrMany<T> = T | readonly T[];

/** All listed fields must hold (AND); a missing field matches anything. OR is written as two rules. */
export interface RuleCondition {
  anyExclusionFound?: boolean;
  compliant?: boolean;
  outcome?: OneOrMany<EvaluationOutcome>;
  goodFaith?: boolean;
  damage?: boolean;
  risk?: OneOrMany<RiskKind>;
}

export interface RuleOutcome {
  result: ProtectionResult;
  /** The head reports to and recommends the competent authority (the foreseen-risk path). */
  reportToCompetentAuthority: boolean;
  /** Hand the person to discipline / liability handling under general rules, without Decree 73 protection. */
  referToDiscipline: boolean;
}

export interface ProtectionRule {
  id: string;
  when: RuleCondition;
  then: RuleOutcome;
  /** Article/clause string, e.g. 'Điều 11 khoản 2 Nghị định 73/2023/NĐ-CP'. */
  legalGround: string;
  explanation: { vi: string; en: string };
}

export interface ProtectionRuleSet {
  id: string;
  version: number;
  name: { vi: string; en: string };
  legalBasis: string;
  /** The legal ground cited when each finding is reported in the reasoning. */
  findingGrounds: Record<FindingKey, string> & { causes: string };
  /** The legal ground cited for each exclusion ground found. */
  exclusionGroundBasis: Record<ExclusionGround, string>;
  /** First match wins; a valid set matches every situation (see validateRuleSet). */
  rules: ProtectionRule[];
  /** Support decisions (reward forms marked `offeredByRuleSet`) this version offers; absent: none. */
  supportForms?: string[];
}

export function situationOf(facts: ProtectionFacts): Situation {
  return {
    anyExclusionFound: foundBarringGrounds(facts).length > 0,
    compliant: isCompliant(facts),
    outcome: facts.outcome,
    goodFaith: isGoodFaith(facts),
    damage: facts.damage.caused,
    risk: facts.risk.kind,
  };
}

function includes<T>(allowed: OneOrMany<T>, value: T): boolean {
  return Array.isArray(allowed) ? allowed.includes(value) : allowed === value;
}

/** The findings a condition looks at, in reporting order. */
export function conditionKeys(when: RuleCondition): FindingKey[] {
  return FINDING_KEYS.filter((k) => when[k] !== undefined);
}

export function conditionMatches(when: RuleCondition, s: Situation): boolean {
  return (
    (when.anyExclusionFound === undefined || when.anyExclusionFound === s.anyExclusionFound) &&
    (when.compliant === undefined || when.compliant === s.compliant) &&
    (when.outcome === undefined || includes(when.outcome, s.outcome)) &&
    (when.goodFaith === undefined || when.goodFaith === s.goodFaith) &&
    (when.damage === undefined || when.damage === s.damage) &&
    (when.risk === undefined || includes(when.risk, s.risk))
  );
}

/** Index of the first rule matching the situation, or -1. */
export function firstMatchingRule(rules: readonly ProtectionRule[], s: Situation): number {
  return rules.findIndex((r) => conditionMatches(r.when, s));
}

/** Every distinct situation (2·2·3·2·2·3 = 144): small enough to check a rule set exhaustively. */
export function allSituations(): Situation[] {
  const out: Situation[] = [];
  for (const anyExclusionFound of [false, true])
    for (const compliant of [true, false])
      for (const outcome of EVALUATION_OUTCOMES)
        for (const goodFaith of [true, false])
          for (const damage of [false, true])
            for (const risk of RISK_KINDS) out.push({ anyExclusionFound, compliant, outcome, goodFaith, damage, risk });
  return out;
}
