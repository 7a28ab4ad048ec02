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
 * (no exclusion ground, or exactly one), under both rule sets. Rows 1–3 and 5 are the verified
 * text (Art. 11(1)–(3), Art. 6(1)); row 4 and the grounds marked [I] are recommended and weighed.
 */

const ND = 'Nghị định 73/2023/NĐ-CP';
const KL14 = 'Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4';
const INFERRED = 'suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản';
const EVALUATION_ARTICLE = `khoản 1 điều về đánh giá kết quả thực hiện đề xuất (số điều chưa xác minh) ${ND}`;
const ROW5 = `Điều 6 khoản 1 ${ND}; Điều 4 khoản 2 ${ND}`;
const HCMC_PLAN =
  'Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung';

/** Where each exclusion ground comes from (spec §(d), "Exclusion grounds"). */
const EXCLUSION_ARTICLE: Record<ExclusionGround, string> = {
  selfInterest: `Điều 6 khoản 1 ${ND}; ${KL14}`,
  groupInterest: `Điều 6 khoản 1 ${ND}; ${KL14}`,
  corruption: `Điều 6 khoản 1 ${ND}`,
  profiteering: `Điều 6 khoản 1 ${ND}`,
  committingViolations: `Điều 6 khoản 1 ${ND}`,
  coveringViolations: `Điều 6 khoản 1 ${ND}`,
  harmToPoliticalTasks: `Điều 6 khoản 1 ${ND}`,
  harmToPeoplesLives: `Điều 6 khoản 1 ${ND}`,
  harmToBusinesses: `Điều 6 khoản 1 ${ND}`,
  outsideAuthority: `Điều 4 khoản 2 ${ND}`,
  disobeyedDirective: `Điều 6 khoản 4 ${ND} (${INFERRED})`,
  falseOrIncompleteReport: `${EVALUATION_ARTICLE} (${INFERRED})`,
};
/** Issue item 2: grounds whose exclusion effect the spec only infers, weighed by the decider. */
const WEIGHED: ExclusionGround[] = ['disobeyedDirective', 'falseOrIncompleteReport'];

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
  const considered = (ground: string, report: boolean): Expected => ({
    result: 'considered_for_exemption_or_mitigation',
    report,
    discipline: false,
    ground,
  });
  // Row 5 (Art. 6(1), Art. 4(2)): a barring exclusion ground, whatever the outcome.
  if (c.exclusion && !WEIGHED.includes(c.exclusion))
    return { result: 'not_protected', report: false, discipline: true, ground: ROW5 };
  // Compliance and the weighed grounds do not decide: they are weighed (see weighedMatters).
  // Row 1 (Art. 11(1)).
  if (c.outcome === 'completed') {
    return {
      result: 'not_liable',
      report: false,
      discipline: false,
      ground: `Điều 11 khoản 1 ${ND}; Điều 5 khoản 2 điểm a ${ND}`,
    };
  }
  // Row 4 [I]: good faith needs all three findings; recommended, not referred to discipline.
  if (!(c.correctPolicyLine && c.pureMotive && c.commonGood)) {
    return {
      result: 'not_protected',
      report: false,
      discipline: false,
      ground: `Điều 5 khoản 2 điểm b ${ND} (${INFERRED})`,
    };
  }
  // Row 2 (Art. 11(2)).
  if (!c.damage)
    return { result: 'liability_excluded', report: false, discipline: false, ground: `Điều 11 khoản 2 ${ND}` };
  // Row 3 (Art. 11(3)); the foreseen/unforeseen split is Ho Chi Minh City's plan only (issue item 4).
  if (where === 'hcmc' && c.risk === 'foreseen') return considered(`Điều 11 khoản 3 ${ND}; ${HCMC_PLAN}`, true);
  if (where === 'hcmc' && c.risk === 'unforeseen')
    return considered(`Điều 11 khoản 3 ${ND}; Điều 11 khoản 4 ${ND}; ${HCMC_PLAN}`, false);
  return considered(`Điều 11 khoản 3 ${ND}`, false);
}

/** What the decider must weigh and address in written reasons (issue item 2). */
function weighedMatters(c: Combination): string[] {
  const out: string[] = [];
  if (c.exclusion === 'disobeyedDirective') out.push('disobeyedDirective');
  if (c.exclusion === 'falseOrIncompleteReport') out.push('falseOrIncompleteReport');
  if (!(c.followedApprovedPlan && c.followedDecision && c.followedDirectives)) out.push('notCompliant');
  if (c.outcome !== 'completed' && !(c.correctPolicyLine && c.pureMotive && c.commonGood)) out.push('noGoodFaith');
  return out;
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
  const weigh = weighedMatters(c);
  if (JSON.stringify(got.mattersToWeigh) !== JSON.stringify(weigh))
    out.push(`${label}: weighs ${got.mattersToWeigh}, want ${weigh}`);
  for (const m of weigh) {
    const step = got.reasoning.find((s) => s.step === 'to_weigh' && s.finding === m);
    if (!step?.legalGround.includes('[I]')) out.push(`${label}: ${m} not cited as an inference [I]`);
  }
  const binding = weigh.length === 0 && (want.result === 'not_liable' || want.result === 'liability_excluded');
  if (Boolean(got.bindingRow) !== binding)
    out.push(`${label}: binding ${JSON.stringify(got.bindingRow)}, want ${binding}`);
  if (c.exclusion && WEIGHED.includes(c.exclusion)) {
    const step = got.reasoning.find((s) => s.step === 'to_weigh' && s.finding === c.exclusion);
    if (step?.legalGround !== EXCLUSION_ARTICLE[c.exclusion])
      out.push(`${label}: weighed ground cites ${step?.legalGround}`);
  } else if (c.exclusion) {
    const step = got.reasoning.find((s) => s.step === 'exclusion_ground' && s.finding === c.exclusion);
    if (!step) out.push(`${label}: exclusion ground not listed`);
    else {
      if (step.legalGround !== EXCLUSION_ARTICLE[c.exclusion]) out.push(`${label}: ground cites ${step.legalGround}`);
      if (step.evidence !== evidenceFor(c.exclusion) || !step.explanation.vi.includes(evidenceFor(c.exclusion))) {
        out.push(`${label}: evidence missing`);
      }
    }
  }
  if (
    (!c.exclusion || WEIGHED.includes(c.exclusion)) &&
    !got.reasoning.some((s) => s.step === 'exclusion_grounds' && s.legalGround === ROW5)
  ) {
    out.push(`${label}: no record that exclusion grounds were examined`);
  }
  if (want.result === 'liability_excluded' || want.result === 'considered_for_exemption_or_mitigation') {
    const goodFaith = got.reasoning.find((s) => s.step === 'good_faith');
    if (goodFaith?.finding !== 'good_faith') out.push(`${label}: good faith finding missing`);
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

describe('the two rule sets differ only where the Ho Chi Minh City plan speaks (issue item 4)', () => {
  test('same answer except damage from a foreseen risk (HCMC: report to the competent authority) or an unforeseen one (cites the plan)', () => {
    for (const exclusion of [null, ...EXCLUSION_GROUNDS]) {
      for (const c of combinations(exclusion)) {
        const a = recommendProtection(factsFor(c), DECREE_73_PROTECTION_RULES);
        const b = recommendProtection(factsFor(c), HCMC_PROTECTION_RULES);
        assert.equal(a.result, b.result, JSON.stringify(c));
        assert.equal(
          a.reportToCompetentAuthority,
          b.ruleId === 'hcmc_foreseen_risk' ? false : b.reportToCompetentAuthority,
          JSON.stringify(c),
        );
        const hcmcSpecific = b.ruleId.startsWith('hcmc_');
        assert.equal(a.legalGround === b.legalGround, !hcmcSpecific, JSON.stringify(c));
      }
    }
  });
});

describe('the foreseen-risk path belongs to Ho Chi Minh City (issue item 4)', () => {
  test('the Decree 73 set has no foreseen-risk rule and never cites KL14 §2.4 for risk', () => {
    assert.ok(
      !DECREE_73_PROTECTION_RULES.rules.some((r) => r.when.risk !== undefined || r.then.reportToCompetentAuthority),
    );
    assert.ok(!JSON.stringify(DECREE_73_PROTECTION_RULES.rules).includes(KL14));
  });
  test('the HCMC set reports a foreseen risk to the competent authority, citing the People’s Committee plan (seed 003)', () => {
    const rule = HCMC_PROTECTION_RULES.rules.find((r) => r.id === 'hcmc_foreseen_risk');
    assert.ok(rule?.then.reportToCompetentAuthority);
    assert.ok(rule.legalGround.includes(HCMC_PLAN));
    assert.ok(!rule.legalGround.includes(KL14));
    assert.ok(
      !HCMC_PROTECTION_RULES.legalBasis.includes('124-KH/TU'),
      'the risk path is the People’s Committee plan, not Plan 124-KH/TU',
    );
  });
});
