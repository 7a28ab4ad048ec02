import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DECREE_73_PROTECTION_RULES,
  HCMC_PROTECTION_RULES,
  recommendProtection,
  noExclusions,
  validateRuleSet,
} from '../../../src/domain/protection/index.ts';
import { PROTECTION_RULE_SETS_V1 } from '../../../src/db/migrations/data/protection-rule-sets-v1.ts';
import { PROTECTION_RULE_SETS_V2 } from '../../../src/db/migrations/data/protection-rule-sets-v2.ts';

// Loosely typed on purpose: these tests break the shape in ways the real type forbids.
type Json = Record<string, any>;

/** A fresh, mutable JSON copy of a built-in set, as an administrator would download and edit it. */
const jsonOf = (set = DECREE_73_PROTECTION_RULES): Json => JSON.parse(JSON.stringify(set));

function codes(data: unknown): string[] {
  const v = validateRuleSet(data);
  return v.ok ? [] : v.errors.map((e) => `${e.path}:${e.code}`);
}

describe('validateRuleSet: good rule sets', () => {
  test('both built-in sets are valid, as objects and as JSON', () => {
    for (const set of [DECREE_73_PROTECTION_RULES, HCMC_PROTECTION_RULES]) {
      assert.deepEqual(codes(set), []);
      assert.deepEqual(codes(jsonOf(set)), []);
    }
  });

  test('a new version with a single-value condition and its own wording is accepted and usable', () => {
    const data = jsonOf(HCMC_PROTECTION_RULES);
    data.id = 'DN-PROTECTION';
    data.version = 2;
    assert.equal(data.rules[4].id, 'hcmc_foreseen_risk');
    data.rules[4].when.risk = 'foreseen';
    data.rules[4].explanation.en = 'Foreseen risk: report upwards.';
    const v = validateRuleSet(data);
    assert.ok(v.ok);
    const r = recommendProtection(
      {
        personId: 'p',
        role: 'implementer',
        outcome: 'not_completed',
        damage: { caused: true },
        causes: { objective: 'Bão', subjective: '' },
        risk: { kind: 'foreseen', riskId: 'R1' },
        followedApprovedPlan: true,
        followedDecision: true,
        followedDirectives: true,
        motive: { correctPolicyLine: true, pureMotive: true, commonGood: true },
        exclusions: noExclusions(),
      },
      v.ruleSet,
    );
    assert.equal(r.reportToCompetentAuthority, true);
    assert.equal(r.ruleSetVersion, 2);
    assert.equal(r.reasoning.at(-1)?.explanation.en, 'Foreseen risk: report upwards.');
  });
});

describe('validateRuleSet: broken structure', () => {
  test('not an object', () => {
    for (const data of [null, 42, 'rules', []]) assert.deepEqual(codes(data), [':not_an_object']);
  });

  test('header fields', () => {
    const data = jsonOf();
    data.id = 'có dấu';
    data.version = 0;
    delete data.legalBasis;
    data.name = { vi: 'Tên' };
    data.published = true;
    delete data.findingGrounds.risk;
    data.exclusionGroundBasis.bribery = 'Điều 6';
    assert.deepEqual(codes(data).sort(), [
      'exclusionGroundBasis.bribery:unknown_key',
      'findingGrounds.risk:required',
      'id:invalid_format',
      'legalBasis:required',
      'name.en:required',
      'published:unknown_key',
      'version:out_of_range',
    ]);
  });

  test('rules: misspelt condition, unknown values, wrong types, duplicates, missing text', () => {
    const data = jsonOf(HCMC_PROTECTION_RULES);
    data.rules[2].when = { outcomes: ['completed'] };
    data.rules[3].when.outcome = ['partly_completed', 'failed'];
    data.rules[4].when.goodFaith = 'yes';
    data.rules[5].when.risk = ['foreseen', 'foreseen'];
    data.rules[6].then.result = 'pardoned';
    data.rules[6].then.referToDiscipline = 0;
    data.rules[1].id = data.rules[0].id;
    data.rules[0].legalGround = '  ';
    delete data.rules[0].explanation.vi;
    assert.deepEqual(codes(data), [
      'rules[0].legalGround:required',
      'rules[0].explanation.vi:required',
      'rules[1].id:duplicate',
      'rules[2].when.outcomes:unknown_key',
      'rules[3].when.outcome[1]:unknown_value',
      'rules[4].when.goodFaith:not_a_boolean',
      'rules[5].when.risk[1]:duplicate',
      'rules[6].then.result:unknown_value',
      'rules[6].then.referToDiscipline:not_a_boolean',
    ]);
  });

  test('no rules, or an empty condition list', () => {
    assert.deepEqual(codes({ ...jsonOf(), rules: [] }), ['rules:required']);
    const data = jsonOf();
    data.rules[2].when.outcome = [];
    assert.deepEqual(codes(data), ['rules[2].when.outcome:empty']);
  });

  test('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const v = validateRuleSet(value);
        assert.equal(v.ok, false);
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.jsonValue(), (i, value) => {
        const data = jsonOf(HCMC_PROTECTION_RULES);
        data.rules[i].when = value;
        validateRuleSet(data);
      }),
    );
  });
});

describe('validateRuleSet: decisions', () => {
  test('a situation no rule decides', () => {
    const data = jsonOf(HCMC_PROTECTION_RULES);
    data.rules.pop(); // damage without a foreseen or unforeseen risk is now undecided
    const v = validateRuleSet(data);
    assert.ok(!v.ok);
    assert.deepEqual(
      v.errors.map((e) => e.code),
      ['uncovered_situation'],
    );
    assert.equal(v.errors[0]?.params?.count, 4); // partly/not completed × risk none/unforeseen
  });

  test('a rule shadowed by earlier ones', () => {
    const data = jsonOf();
    data.rules.splice(2, 0, { ...data.rules[1], id: 'completed_again' });
    assert.deepEqual(codes(data), ['rules[2]:unreachable_rule']);
  });

  test('protecting someone an exclusion ground was found against is refused', () => {
    const data = jsonOf(HCMC_PROTECTION_RULES);
    data.rules.shift();
    assert.ok(codes(data).includes('rules[0].then.result:protects_excluded_person'));
  });

  test('row 4 (no good faith) is an inference [I], so a rule set may set it: protecting such a shortfall is accepted', () => {
    const data = jsonOf();
    assert.equal(data.rules[2].id, 'fell_short_without_good_faith');
    data.rules[2].then.result = 'considered_for_exemption_or_mitigation';
    assert.deepEqual(codes(data), []);
  });
});

/** Issue item 1: rows 1–2 of the Art. 11 table are a floor no published rule set may lower or remove. */
for (const set of [DECREE_73_PROTECTION_RULES, HCMC_PROTECTION_RULES]) {
  describe(`validateRuleSet: rows 1–2 of Art. 11 bind every rule set (${set.id})`, () => {
    const indexOf = (data: Json, id: string) => data.rules.findIndex((r: Json) => r.id === id);

    test('Art. 11(1), row 1: a completed proposal given less than "not held liable" is refused', () => {
      for (const weaker of ['liability_excluded', 'considered_for_exemption_or_mitigation', 'not_protected']) {
        const data = jsonOf(set);
        const i = indexOf(data, 'completed');
        data.rules[i].then.result = weaker;
        assert.deepEqual(codes(data), [`rules[${i}].then.result:weakens_art11_1`], weaker);
      }
    });

    test('Art. 11(2), row 2: fell short in good faith without damage given less than "liability excluded" is refused', () => {
      for (const weaker of ['considered_for_exemption_or_mitigation', 'not_protected']) {
        const data = jsonOf(set);
        const i = indexOf(data, 'fell_short_in_good_faith_no_damage');
        data.rules[i].then.result = weaker;
        assert.deepEqual(codes(data), [`rules[${i}].then.result:weakens_art11_2`], weaker);
      }
    });

    test('Art. 11(2): giving row 2 more (not held liable) is a setting the law allows', () => {
      const data = jsonOf(set);
      data.rules[indexOf(data, 'fell_short_in_good_faith_no_damage')].then.result = 'not_liable';
      assert.deepEqual(codes(data), []);
    });

    test('Art. 11(1)–(2): referring a person rows 1–2 protect to discipline is refused', () => {
      const data = jsonOf(set);
      const i = indexOf(data, 'fell_short_in_good_faith_no_damage');
      data.rules[i].then.referToDiscipline = true;
      assert.deepEqual(codes(data), [`rules[${i}].then.referToDiscipline:refers_protected_person`]);
    });

    test('Art. 11(2): removing row 2 so that a broader rule decides it is refused', () => {
      const data = jsonOf(set);
      data.rules.splice(indexOf(data, 'fell_short_in_good_faith_no_damage'), 1);
      const last = data.rules.length - 1;
      delete data.rules[last].when.damage;
      assert.deepEqual(codes(data), [`rules[${last}].then.result:weakens_art11_2`]);
    });

    test('Art. 6(4) as an absolute bar ([I]) placed before rows 1–2 is refused: it weakens both', () => {
      const data = jsonOf(set);
      data.rules.splice(1, 0, {
        id: 'not_compliant',
        when: { compliant: false },
        then: { result: 'not_protected', reportToCompetentAuthority: false, referToDiscipline: false },
        legalGround: 'Điều 6 khoản 4 Nghị định 73/2023/NĐ-CP',
        explanation: { vi: 'Không thực hiện đúng.', en: 'Did not comply.' },
      });
      assert.deepEqual(codes(data), ['rules[1].then.result:weakens_art11_1', 'rules[1].then.result:weakens_art11_2']);
    });
  });
}

describe('validateRuleSet: the version 1 built-in sets would no longer be published', () => {
  test('their absolute non-compliance rule weakens rows 1–2 (issue item 1)', () => {
    for (const set of PROTECTION_RULE_SETS_V1) {
      // With the grounds added since (Art. 6(1)), so that only the rules are judged.
      const v = validateRuleSet({
        ...jsonOf(set),
        exclusionGroundBasis: DECREE_73_PROTECTION_RULES.exclusionGroundBasis,
      });
      assert.ok(!v.ok);
      assert.ok(v.errors.some((e) => e.code === 'weakens_art11_1'));
    }
  });
});

describe('migration 007 stores exactly the built-in version 2 sets', () => {
  test('the frozen copy equals the sets the code recommends with', () => {
    assert.deepEqual(
      jsonOf(PROTECTION_RULE_SETS_V2 as never),
      JSON.parse(JSON.stringify([DECREE_73_PROTECTION_RULES, HCMC_PROTECTION_RULES])),
    );
  });
});
