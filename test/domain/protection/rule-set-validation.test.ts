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
    const data = jsonOf();
    data.id = 'DN-PROTECTION';
    data.version = 2;
    data.rules[5].when.risk = 'foreseen';
    data.rules[5].explanation.en = 'Foreseen risk: report upwards.';
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
    const data = jsonOf();
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
        const data = jsonOf();
        data.rules[i].when = value;
        validateRuleSet(data);
      }),
    );
  });
});

describe('validateRuleSet: decisions', () => {
  test('a situation no rule decides', () => {
    const data = jsonOf();
    data.rules.pop(); // damage without a foreseen risk is now undecided
    const v = validateRuleSet(data);
    assert.ok(!v.ok);
    assert.deepEqual(v.errors.map((e) => e.code), ['uncovered_situation']);
    assert.equal(v.errors[0]?.params?.count, 4); // partly/not completed × risk none/unforeseen
  });

  test('a rule shadowed by earlier ones', () => {
    const data = jsonOf();
    data.rules.splice(3, 0, { ...data.rules[2], id: 'completed_again' });
    assert.deepEqual(codes(data), ['rules[3]:unreachable_rule']);
  });

  test('protecting someone an exclusion ground was found against is refused', () => {
    const data = jsonOf(HCMC_PROTECTION_RULES);
    data.rules.shift();
    assert.ok(codes(data).includes('rules[1].then.result:protects_excluded_person'));
  });

  test('protecting a proposal that fell short without good faith is refused', () => {
    const data = jsonOf();
    data.rules[3].then.result = 'liability_excluded';
    assert.deepEqual(codes(data), ['rules[3].then.result:protects_without_good_faith']);
  });
});
