import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  articleText,
  legalGroundText,
  PROTECTION_RULE_LABELS,
  PROTECTION_RULE_SET_LABELS,
  protectionRuleLabel,
} from '../../src/contract/legal-labels.ts';
import { REWARD_FORMS } from '../../src/domain/protection/rewards.ts';
import {
  BUILT_IN_PROTECTION_RULE_SETS,
  EXCLUSION_GROUND_LEGAL_BASIS,
  LEGAL_GROUNDS,
} from '../../src/domain/protection/rules.ts';

/** Issue 15 items 3 and 4: legal grounds in English name the document in English with its Vietnamese citation. */
describe('legal grounds and rule names in the reader’s language (issue 15)', () => {
  it('cites articles of Decree 73 as “Decree 73/2023/NĐ-CP, Art. X(Y)(z)”', () => {
    const cases: [string, string][] = [
      [LEGAL_GROUNDS.art11_2, 'Decree 73/2023/NĐ-CP, Art. 11(2)'],
      [LEGAL_GROUNDS.art5_2b, 'Decree 73/2023/NĐ-CP, Art. 5(2)(b)'],
      [LEGAL_GROUNDS.art11_2_3, 'Decree 73/2023/NĐ-CP, Art. 11(2) and (3)'],
      [REWARD_FORMS[0]!.legalBasis, 'Decree 73/2023/NĐ-CP, Art. 10(1)(a)'],
      [
        `${LEGAL_GROUNDS.art6_1}; ${LEGAL_GROUNDS.kl14_2_4}`,
        'Decree 73/2023/NĐ-CP, Art. 6(1); Politburo Conclusion 14-KL/TW of 22/9/2021, point 2.4',
      ],
      ['Điều 7 khoản 3, 4', 'Art. 7(3), (4)'],
    ];
    for (const [vi, en] of cases) {
      assert.equal(legalGroundText(vi, 'en'), en);
      assert.equal(legalGroundText(vi, 'vi'), vi, 'Vietnamese pages unchanged');
    }
  });

  it('leaves no Vietnamese citation in any built-in ground of protection, exclusion or reward', () => {
    const grounds = [
      ...BUILT_IN_PROTECTION_RULE_SETS.flatMap((s) => [
        s.legalBasis,
        ...s.rules.map((r) => r.legalGround),
        ...Object.values(s.findingGrounds),
        ...Object.values(s.exclusionGroundBasis),
      ]),
      ...Object.values(EXCLUSION_GROUND_LEGAL_BASIS),
      ...REWARD_FORMS.map((f) => f.legalBasis),
    ];
    for (const g of grounds)
      assert.doesNotMatch(legalGroundText(g, 'en'), /Điều|Nghị định|khoản|điểm|ngày|suy luận/, g);
  });

  it('names every built-in rule and rule set, as the rule sets name themselves', () => {
    for (const set of BUILT_IN_PROTECTION_RULE_SETS) {
      assert.deepEqual(PROTECTION_RULE_SET_LABELS[set.id], set.name);
      for (const rule of set.rules) {
        assert.ok(PROTECTION_RULE_LABELS.vi[rule.id], `${rule.id} has a Vietnamese name`);
        assert.ok(PROTECTION_RULE_LABELS.en[rule.id], `${rule.id} has an English name`);
      }
    }
    assert.equal(protectionRuleLabel('a_published_rule', 'vi'), 'a_published_rule');
  });

  it('writes the Art. 11 table’s rows in Vietnamese words on a Vietnamese page', () => {
    assert.equal(articleText('Art. 11(2)', 'vi'), 'Điều 11 khoản 2');
    assert.equal(articleText('Art. 11(2)', 'en'), 'Art. 11(2)');
  });
});
