import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors.ts';
import {
  DECREE_73_PROTECTION_RULES,
  EXCLUSION_GROUNDS,
  HCMC_PROTECTION_RULES,
  WEIGHED_GROUNDS,
  checkDeparture,
  isWeighedGround,
  noExclusions,
  recommendProtection,
  validateProtectionFacts,
  type ProtectionFacts,
  type ProtectionRuleSet,
} from '../../../src/domain/protection/index.ts';

const ND = 'Nghị định 73/2023/NĐ-CP';

/** A pilot that fell short in good faith, damaged by a risk foreseen in the approved plan. */
function foreseenRiskFacts(over: Partial<ProtectionFacts> = {}): ProtectionFacts {
  return {
    personId: 'p-1',
    role: 'proposer',
    outcome: 'partly_completed',
    damage: { caused: true, estimateVnd: 1_250_000_000 },
    causes: { objective: 'Giá vật tư tăng 40%', subjective: '' },
    risk: { kind: 'foreseen', riskId: 'R2' },
    followedApprovedPlan: true,
    followedDecision: true,
    followedDirectives: true,
    motive: { correctPolicyLine: true, pureMotive: true, commonGood: true },
    exclusions: noExclusions(),
    ...over,
  };
}

describe('recommendProtection: reasoning', () => {
  test('reports each finding once, in the order the rules look at them, then causes and the conclusion', () => {
    const r = recommendProtection(foreseenRiskFacts(), HCMC_PROTECTION_RULES);
    assert.deepEqual(
      r.reasoning.map((s) => s.step),
      ['exclusion_grounds', 'outcome', 'good_faith', 'damage', 'risk', 'causes', 'conclusion'],
    );
    assert.equal(r.result, 'considered_for_exemption_or_mitigation');
    assert.equal(r.reportToCompetentAuthority, true);
    assert.equal(r.ruleId, 'hcmc_foreseen_risk');
    assert.equal(r.ruleSetId, 'HCM-PROTECTION');
    assert.equal(r.ruleSetVersion, 2);
    const damage = r.reasoning.find((s) => s.step === 'damage');
    assert.match(damage?.explanation.vi ?? '', /1\.250\.000\.000 đồng/);
    assert.equal(r.reasoning.find((s) => s.step === 'risk')?.finding, 'foreseen:R2');
    assert.equal(r.reasoning.find((s) => s.step === 'causes')?.legalGround, `Điều 11 khoản 4 ${ND}`);
  });

  test('a completed proposal stops at the outcome and names no causes', () => {
    const r = recommendProtection(foreseenRiskFacts({ outcome: 'completed' }), HCMC_PROTECTION_RULES);
    assert.deepEqual(
      r.reasoning.map((s) => s.step),
      ['exclusion_grounds', 'outcome', 'conclusion'],
    );
    assert.equal(r.result, 'not_liable');
    assert.deepEqual(r.bindingRow, { row: 1, article: 'Art. 11(1)', minimum: 'not_liable' });
  });

  test('lists every exclusion ground found, each with its evidence, and nothing else', () => {
    const exclusions = noExclusions();
    exclusions.corruption = { found: true, evidence: 'Bản án số 45/2025/HS-ST' };
    exclusions.outsideAuthority = { found: true, evidence: '  Công văn 88/UBND: vượt thẩm quyền  ' };
    const r = recommendProtection(foreseenRiskFacts({ exclusions }), DECREE_73_PROTECTION_RULES);
    const grounds = r.reasoning.filter((s) => s.step === 'exclusion_ground');
    assert.deepEqual(
      grounds.map((s) => [s.finding, s.evidence, s.legalGround]),
      [
        ['corruption', 'Bản án số 45/2025/HS-ST', `Điều 6 khoản 1 ${ND}`],
        ['outsideAuthority', 'Công văn 88/UBND: vượt thẩm quyền', `Điều 4 khoản 2 ${ND}`],
      ],
    );
    assert.deepEqual(
      r.reasoning.map((s) => s.step),
      ['exclusion_ground', 'exclusion_ground', 'conclusion'],
    );
    assert.equal(r.referToDiscipline, true);
  });

  test('Art. 6(4), issue item 2: not following the decision or a directive is weighed, cited as [I], and decides nothing', () => {
    const r = recommendProtection(
      foreseenRiskFacts({ followedDirectives: false, followedDecision: false }),
      DECREE_73_PROTECTION_RULES,
    );
    assert.equal(r.result, 'considered_for_exemption_or_mitigation');
    assert.equal(r.referToDiscipline, false, 'no automatic discipline referral');
    assert.deepEqual(r.mattersToWeigh, ['notCompliant']);
    assert.match(r.reasoning.find((s) => s.step === 'to_weigh')?.legalGround ?? '', /Điều 6 khoản 4.*\[I\]/);
    assert.equal(r.bindingRow, null);
  });

  test('Art. 5(2)(b), issue item 2: a shortfall without good faith is recommended as not protected, as an inference to weigh', () => {
    const g = recommendProtection(
      foreseenRiskFacts({ motive: { correctPolicyLine: true, pureMotive: false, commonGood: true } }),
      DECREE_73_PROTECTION_RULES,
    );
    assert.equal(g.result, 'not_protected');
    assert.equal(g.referToDiscipline, false);
    assert.deepEqual(g.mattersToWeigh, ['noGoodFaith']);
    assert.match(g.legalGround, /\[I\]/);
    assert.equal(g.reasoning.find((s) => s.step === 'good_faith')?.explanation.en, 'Not found: pure motive.');
  });

  test('HCMC: unforeseen risk cites the city plan when the risk finding is reported', () => {
    const r = recommendProtection(
      foreseenRiskFacts({ risk: { kind: 'unforeseen', description: 'Lũ lịch sử' } }),
      HCMC_PROTECTION_RULES,
    );
    assert.equal(r.ruleId, 'hcmc_unforeseen_risk');
    assert.equal(r.reportToCompetentAuthority, false);
    assert.match(r.reasoning.find((s) => s.step === 'risk')?.legalGround ?? '', /^Kế hoạch của UBND TP\. Hồ Chí Minh/);
  });

  test('a rule set that leaves a situation undecided fails loudly instead of guessing', () => {
    const partial: ProtectionRuleSet = {
      ...DECREE_73_PROTECTION_RULES,
      rules: DECREE_73_PROTECTION_RULES.rules.slice(0, 3),
    };
    assert.throws(
      () => recommendProtection(foreseenRiskFacts(), partial),
      (e: unknown) => e instanceof DomainError && e.code === 'rule_set_incomplete',
    );
  });

  test('built-in rule sets cannot be changed by a caller', () => {
    assert.throws(() => {
      (DECREE_73_PROTECTION_RULES.rules as unknown[]).push({});
    }, TypeError);
  });
});

const arbFacts: fc.Arbitrary<ProtectionFacts> = fc.record({
  personId: fc.constant('p-1'),
  role: fc.constantFrom('proposer', 'co_proposer', 'implementer', 'override_signer'),
  outcome: fc.constantFrom('completed', 'partly_completed', 'not_completed'),
  damage: fc.record({ caused: fc.boolean(), estimateVnd: fc.nat() }),
  causes: fc.record({ objective: fc.string(), subjective: fc.string() }),
  risk: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('foreseen' as const), riskId: fc.constantFrom('R1', 'R2') }),
    fc.record({ kind: fc.constant('unforeseen' as const), description: fc.string({ minLength: 1 }) }),
  ),
  followedApprovedPlan: fc.boolean(),
  followedDecision: fc.boolean(),
  followedDirectives: fc.boolean(),
  motive: fc.record({ correctPolicyLine: fc.boolean(), pureMotive: fc.boolean(), commonGood: fc.boolean() }),
  exclusions: fc.record(
    Object.fromEntries(EXCLUSION_GROUNDS.map((g) => [g, fc.record({ found: fc.boolean(), evidence: fc.string() })])),
  ) as fc.Arbitrary<ProtectionFacts['exclusions']>,
});
const arbSet = fc.constantFrom(DECREE_73_PROTECTION_RULES, HCMC_PROTECTION_RULES);

describe('recommendProtection: properties', () => {
  test('Art. 6(1): finding any barring exclusion ground always removes protection', () => {
    fc.assert(
      fc.property(
        arbFacts,
        arbSet,
        fc.constantFrom(...EXCLUSION_GROUNDS.filter((g) => !isWeighedGround(g))),
        (facts, set, ground) => {
          const exclusions = { ...facts.exclusions, [ground]: { found: true, evidence: 'x' } };
          assert.equal(recommendProtection({ ...facts, exclusions }, set).result, 'not_protected');
        },
      ),
    );
  });

  test('issue item 2: a weighed ground ([I]) never changes the recommended result, only asks for it to be weighed', () => {
    fc.assert(
      fc.property(arbFacts, arbSet, fc.constantFrom(...WEIGHED_GROUNDS), (facts, set, ground) => {
        const exclusions = { ...facts.exclusions, [ground]: { found: true, evidence: 'x' } };
        const r = recommendProtection({ ...facts, exclusions }, set);
        assert.equal(
          r.result,
          recommendProtection({ ...facts, exclusions: { ...facts.exclusions, [ground]: { found: false } } }, set)
            .result,
        );
        assert.ok(r.mattersToWeigh?.includes(ground));
        assert.equal(r.bindingRow, null);
      }),
    );
  });

  test('the rule set survives a JSON round trip with the same recommendation (rules are data)', () => {
    fc.assert(
      fc.property(arbFacts, arbSet, (facts, set) => {
        const fromJson = JSON.parse(JSON.stringify(set)) as ProtectionRuleSet;
        assert.deepEqual(recommendProtection(facts, fromJson), recommendProtection(facts, set));
      }),
    );
  });

  test('every step names a legal ground and the last step is the conclusion of the result', () => {
    fc.assert(
      fc.property(arbFacts, arbSet, (facts, set) => {
        const r = recommendProtection(facts, set);
        assert.ok(r.reasoning.every((s) => /Điều \d+|Kết luận|Kế hoạch|Nghị định 73/.test(s.legalGround)));
        assert.deepEqual(r.reasoning.at(-1)?.finding, r.result);
        assert.ok(!(r.result === 'not_protected' && r.reportToCompetentAuthority));
      }),
    );
  });
});

describe('validateProtectionFacts', () => {
  const risks = ['R1', 'R2'];
  test('accepts a complete record', () => assert.deepEqual(validateProtectionFacts(foreseenRiskFacts(), risks), []));

  test('names every problem by path', () => {
    const exclusions = noExclusions();
    exclusions.profiteering = { found: true, evidence: '   ' };
    exclusions.disobeyedDirective = { found: true, evidence: 'Chỉ đạo tạm dừng ngày 3/2 không được thực hiện' };
    const issues = validateProtectionFacts(
      foreseenRiskFacts({
        personId: '',
        exclusions,
        risk: { kind: 'foreseen', riskId: 'R9' },
        causes: { objective: ' ', subjective: '' },
        damage: { caused: false, estimateVnd: 10 },
      }),
      risks,
    );
    assert.deepEqual(
      issues.map((i) => `${i.path}:${i.code}`),
      [
        'personId:required',
        'exclusions.profiteering.evidence:evidence_required',
        'followedDirectives:contradicts_finding',
        'damage.estimateVnd:estimate_without_damage',
        'causes:causes_required',
        'risk.riskId:not_in_approved_plan',
      ],
    );
  });

  test('estimates must be whole, non-negative VND; an unforeseen risk must be described', () => {
    const issues = validateProtectionFacts(
      foreseenRiskFacts({ damage: { caused: true, estimateVnd: -5 }, risk: { kind: 'unforeseen', description: '' } }),
      risks,
    );
    assert.deepEqual(
      issues.map((i) => `${i.path}:${i.code}`),
      ['damage.estimateVnd:out_of_range', 'risk.description:required'],
    );
  });

  test('a completed proposal needs no causes', () => {
    const facts = foreseenRiskFacts({ outcome: 'completed', causes: { objective: '', subjective: '' } });
    assert.deepEqual(validateProtectionFacts(facts, risks), []);
  });
});

describe('checkDeparture', () => {
  const rec = { result: 'liability_excluded' as const };
  test('following the recommendation needs no reasons', () => {
    assert.deepEqual(checkDeparture(rec, 'liability_excluded'), { ok: true, departed: false });
  });
  test('departing without reasons, or with too short ones, is refused', () => {
    for (const reasons of [undefined, '', '   Không đồng ý.   ']) {
      const check = checkDeparture(rec, 'not_protected', reasons);
      assert.deepEqual(check, {
        ok: false,
        issue: { path: 'reasons', code: 'departure_reasons_required', params: { minLength: 20 } },
      });
    }
  });
  test('departing with written reasons is allowed', () => {
    const check = checkDeparture(
      rec,
      'considered_for_exemption_or_mitigation',
      'Thiệt hại thực tế lớn hơn báo cáo ban đầu.',
    );
    assert.deepEqual(check, { ok: true, departed: true });
  });
  test('length counts characters after trimming, whatever the Unicode normalisation', () => {
    const twenty = 'Lý do đã được ghi rõ'; // 20 characters
    assert.equal([...twenty].length, 20);
    assert.deepEqual(checkDeparture(rec, 'not_protected', ` ${twenty.normalize('NFD')} `), {
      ok: true,
      departed: true,
    });
    assert.equal(checkDeparture(rec, 'not_protected', twenty.slice(0, 19)).ok, false);
    assert.equal(checkDeparture(rec, 'not_protected', 'Mười ký tự', 10).ok, true);
  });
  test('an unknown decided result is refused', () => {
    assert.equal(checkDeparture(rec, 'pardoned' as never, 'x'.repeat(40)).ok, false);
  });
});
