import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DECREE_73_PROTECTION_RULES,
  EXCLUSION_GROUNDS,
  HCMC_PROTECTION_RULES,
  noExclusions,
  recommendProtection,
  type EvaluationOutcome,
  type ExclusionGround,
  type ProtectionFacts,
  type ProtectionResult,
  type ProtectionRuleSet,
  type RiskKind,
} from '../../../src/domain/protection/index.ts';

/**
 * The decision table of spec §(d), written out independently of the code: every combination of
 * outcome × damage × the three good-faith findings × risk kind × the three compliance findings ×
 * (no exclusion ground, or exactly one), under both rule sets.
 */

const ND = 'Nghị định 73/2023/NĐ-CP';
const KL14 = 'Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4';
const HCMC_PLAN =
  'Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung';

/** Where each exclusion ground comes from (spec §(d), "Exclusion grounds"). */
const EXCLUSION_ARTICLE: Record<ExclusionGround, string> = {
  selfInterest: `Điều 6 khoản 1 ${ND}; ${KL14}`,
  groupInterest: `Điều 6 khoản 1 ${ND}; ${KL14}`,
  corruption: `Điều 6 khoản 1 ${ND}`,
  profiteering: `Điều 6 khoản 1 ${ND}`,
  coveringViolations: `Điều 6 khoản 1 ${ND}`,
  outsideAuthority: `Điều 4 khoản 2 ${ND}`,
  disobeyedDirective: `Điều 6 khoản 4 ${ND}`,
  falseOrIncompleteReport: `Điều 9 khoản 1 ${ND}`,
};

interface Combination {
  outcome: EvaluationOutcome;
  damage: boolean;
  correctPolicyLine: boolean;
  pureMotive: boolean;
  commonGood: boolean;
  risk: RiskKind;
  followedApprovedPlan: boolean;
  followedDecision: boolean;
  followedDirectives: boolean;
  exclusion: ExclusionGround | null;
}

interface Expected {
  result: ProtectionResult;
  report: boolean;
  discipline: boolean;
  ground: string;
}

type Jurisdiction = 'decree73' | 'hcmc';

function expected(c: Combination, where: Jurisdiction): Expected {
  const notProtected = (ground: string): Expected => ({ result: 'not_protected', report: false, discipline: true, ground });
  const considered = (ground: string, report: boolean): Expected => ({
    result: 'considered_for_exemption_or_mitigation',
    report,
    discipline: false,
    ground,
  });
  // Row 5: any exclusion ground, whatever the outcome.
  if (c.exclusion) return notProtected(`Điều 6 khoản 1 ${ND}`);
  // Only the approved plan, as decided and directed, is protected.
  if (!(c.followedApprovedPlan && c.followedDecision && c.followedDirectives)) {
    return notProtected(`Điều 6 khoản 4 ${ND}; Điều 5 khoản 2 ${ND}`);
  }
  // Row 1.
  if (c.outcome === 'completed') {
    return { result: 'not_liable', report: false, discipline: false, ground: `Điều 11 khoản 1 ${ND}; Điều 5 khoản 2 điểm a ${ND}` };
  }
  // Row 4: good faith needs all three findings.
  if (!(c.correctPolicyLine && c.pureMotive && c.commonGood)) return notProtected(`Điều 5 khoản 2 điểm b ${ND}`);
  // Row 2.
  if (!c.damage) return { result: 'liability_excluded', report: false, discipline: false, ground: `Điều 11 khoản 2 ${ND}` };
  // Row 3, split by the risk that materialised.
  if (c.risk === 'foreseen') {
    return considered(where === 'hcmc' ? `Điều 11 khoản 3 ${ND}; ${HCMC_PLAN}` : `Điều 11 khoản 3 ${ND}; ${KL14}`, true);
  }
  if (c.risk === 'unforeseen' && where === 'hcmc') {
    return considered(`Điều 11 khoản 3 ${ND}; Điều 11 khoản 4 ${ND}; ${HCMC_PLAN}`, false);
  }
  return considered(`Điều 11 khoản 3 ${ND}`, false);
}

function* combinations(exclusion: ExclusionGround | null): Generator<Combination> {
  const bools = [true, false];
  for (const outcome of ['completed', 'partly_completed', 'not_completed'] as const)
    for (const damage of bools)
      for (const correctPolicyLine of bools)
        for (const pureMotive of bools)
          for (const commonGood of bools)
            for (const risk of ['none', 'foreseen', 'unforeseen'] as const)
              for (const followedApprovedPlan of bools)
                for (const followedDecision of bools)
                  for (const followedDirectives of bools)
                    yield {
                      outcome,
                      damage,
                      correctPolicyLine,
                      pureMotive,
                      commonGood,
                      risk,
                      followedApprovedPlan,
                      followedDecision,
                      followedDirectives,
                      exclusion,
                    };
}

const evidenceFor = (g: ExclusionGround) => `Kết luận thanh tra số 12/KL-TTr về ${g}`;

function factsFor(c: Combination): ProtectionFacts {
  const exclusions = noExclusions();
  if (c.exclusion) exclusions[c.exclusion] = { found: true, evidence: evidenceFor(c.exclusion) };
  return {
    personId: 'p-1',
    role: 'proposer',
    outcome: c.outcome,
    damage: c.damage ? { caused: true, estimateVnd: 250_000_000 } : { caused: false },
    causes: { objective: 'Giá vật tư tăng đột biến', subjective: 'Khảo sát ban đầu chưa đầy đủ' },
    risk:
      c.risk === 'foreseen'
        ? { kind: 'foreseen', riskId: 'R1' }
        : c.risk === 'unforeseen'
          ? { kind: 'unforeseen', description: 'Thiên tai' }
          : { kind: 'none' },
    followedApprovedPlan: c.followedApprovedPlan,
    followedDecision: c.followedDecision,
    followedDirectives: c.followedDirectives,
    motive: { correctPolicyLine: c.correctPolicyLine, pureMotive: c.pureMotive, commonGood: c.commonGood },
    exclusions,
  };
}

/** Everything wrong with one recommendation, as readable lines (empty when it matches the table). */
function mismatches(c: Combination, where: Jurisdiction, set: ProtectionRuleSet): string[] {
  const want = expected(c, where);
  const got = recommendProtection(factsFor(c), set);
  const out: string[] = [];
  const label = JSON.stringify(c);
  if (got.result !== want.result) out.push(`${label}: result ${got.result}, want ${want.result}`);
  if (got.reportToCompetentAuthority !== want.report) out.push(`${label}: report ${got.reportToCompetentAuthority}`);
  if (got.referToDiscipline !== want.discipline) out.push(`${label}: discipline ${got.referToDiscipline}`);
  const last = got.reasoning.at(-1);
  if (last?.step !== 'conclusion' || last.legalGround !== want.ground || got.legalGround !== want.ground) {
    out.push(`${label}: cites ${last?.legalGround}, want ${want.ground}`);
  }
  if (c.exclusion) {
    const step = got.reasoning.find((s) => s.step === 'exclusion_ground' && s.finding === c.exclusion);
    if (!step) out.push(`${label}: exclusion ground not listed`);
    else {
      if (step.legalGround !== EXCLUSION_ARTICLE[c.exclusion]) out.push(`${label}: ground cites ${step.legalGround}`);
      if (step.evidence !== evidenceFor(c.exclusion) || !step.explanation.vi.includes(evidenceFor(c.exclusion))) {
        out.push(`${label}: evidence missing`);
      }
    }
  } else if (!got.reasoning.some((s) => s.step === 'exclusion_grounds' && s.legalGround === `Điều 6 khoản 1 ${ND}`)) {
    out.push(`${label}: no record that exclusion grounds were examined`);
  }
  if (want.result === 'liability_excluded' || want.result === 'considered_for_exemption_or_mitigation') {
    const goodFaith = got.reasoning.find((s) => s.step === 'good_faith');
    if (goodFaith?.legalGround !== `Điều 5 khoản 2 điểm b ${ND}`) out.push(`${label}: good faith not cited`);
    const causes = got.reasoning.find((s) => s.step === 'causes');
    if (causes?.legalGround !== `Điều 11 khoản 4 ${ND}`) out.push(`${label}: causes (Art. 11(4)) not cited`);
  }
  if (got.reasoning.some((s) => s.legalGround.trim() === '')) out.push(`${label}: a step without legal ground`);
  return out;
}

const SETS: [Jurisdiction, ProtectionRuleSet][] = [
  ['decree73', DECREE_73_PROTECTION_RULES],
  ['hcmc', HCMC_PROTECTION_RULES],
];

for (const [where, set] of SETS) {
  describe(`decision table, every combination: ${set.id}`, () => {
    for (const exclusion of [null, ...EXCLUSION_GROUNDS]) {
      test(`exclusion ground: ${exclusion ?? 'none'} (1,152 combinations)`, () => {
        const problems: string[] = [];
        let count = 0;
        for (const c of combinations(exclusion)) {
          count += 1;
          problems.push(...mismatches(c, where, set));
        }
        assert.equal(count, 1152);
        assert.deepEqual(problems.slice(0, 5), []);
      });
    }
  });
}

describe('the two rule sets differ only where the Ho Chi Minh City plan speaks', () => {
  test('same answer except for damage from an unforeseen risk (cites the plan) and a foreseen one (cites it)', () => {
    for (const exclusion of [null, ...EXCLUSION_GROUNDS]) {
      for (const c of combinations(exclusion)) {
        const a = recommendProtection(factsFor(c), DECREE_73_PROTECTION_RULES);
        const b = recommendProtection(factsFor(c), HCMC_PROTECTION_RULES);
        assert.equal(a.result, b.result, JSON.stringify(c));
        assert.equal(a.reportToCompetentAuthority, b.reportToCompetentAuthority, JSON.stringify(c));
        const hcmcSpecific = b.ruleId.startsWith('hcmc_');
        assert.equal(a.legalGround === b.legalGround, !hcmcSpecific, JSON.stringify(c));
      }
    }
  });
});
