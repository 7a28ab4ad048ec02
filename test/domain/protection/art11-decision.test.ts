import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILT_IN_PROTECTION_RULE_SETS,
  PROTECTION_RESULTS,
  checkProtectionDecision,
  noExclusions,
  recommendProtection,
  type ProtectionFacts,
  type ProtectionResult,
} from '../../../src/domain/protection/index.ts';

/**
 * The Art. 11 table row by row, as the decider meets it (issue items 1 and 2): which rows bind the
 * decision and which leave a departure open with written reasons, on every built-in rule set.
 */
const REASONS = 'Hội đồng đã xem xét toàn bộ hồ sơ, biên bản và ý kiến của cấp ủy cùng cấp.';

function facts(over: Partial<ProtectionFacts> = {}): ProtectionFacts {
  return {
    personId: 'p-1',
    role: 'proposer',
    outcome: 'partly_completed',
    damage: { caused: false },
    causes: { objective: 'Hạ tầng gián đoạn', subjective: 'Tập huấn chưa đủ' },
    risk: { kind: 'none' },
    followedApprovedPlan: true,
    followedDecision: true,
    followedDirectives: true,
    motive: { correctPolicyLine: true, pureMotive: true, commonGood: true },
    exclusions: noExclusions(),
    ...over,
  };
}

const ROWS: Record<string, ProtectionFacts> = {
  'row 1, Art. 11(1): completed': facts({ outcome: 'completed' }),
  'row 2, Art. 11(2): fell short, good faith, no damage': facts(),
  'row 3, Art. 11(3): fell short, good faith, damage': facts({ damage: { caused: true, estimateVnd: 30_000_000 } }),
  'row 4 [I]: fell short without good faith': facts({
    motive: { correctPolicyLine: true, pureMotive: false, commonGood: true },
  }),
  'row 5, Art. 6(1): harm to businesses found': facts({
    exclusions: { ...noExclusions(), harmToBusinesses: { found: true, evidence: 'Kết luận thanh tra 12/KL-TTr' } },
  }),
};

/** What each row allows, with written reasons, written out from spec §(d) independently of the code. */
const ALLOWED_WITH_REASONS: Record<string, ProtectionResult[]> = {
  'row 1, Art. 11(1): completed': ['not_liable'],
  'row 2, Art. 11(2): fell short, good faith, no damage': ['not_liable', 'liability_excluded'],
  'row 3, Art. 11(3): fell short, good faith, damage': [...PROTECTION_RESULTS],
  'row 4 [I]: fell short without good faith': [...PROTECTION_RESULTS],
  'row 5, Art. 6(1): harm to businesses found': ['not_protected'],
};

for (const set of BUILT_IN_PROTECTION_RULE_SETS) {
  describe(`Art. 11 table, binding rows and allowed departures: ${set.id} v${set.version}`, () => {
    for (const [row, f] of Object.entries(ROWS)) {
      test(row, () => {
        const rec = recommendProtection(f, set);
        for (const decided of PROTECTION_RESULTS) {
          const check = checkProtectionDecision(f, rec, decided, REASONS);
          const allowed = ALLOWED_WITH_REASONS[row]!.includes(decided);
          assert.equal(check.ok, allowed, `${decided}: ${JSON.stringify(check)}`);
          if (!check.ok && row.startsWith('row 5')) assert.equal(check.issue.code, 'excluded_person_not_protectable');
          if (!check.ok && !row.startsWith('row 5')) {
            assert.deepEqual([check.issue.path, check.issue.code], ['decidedResult', 'binding_protection_row']);
          }
        }
      });
    }

    test('following the recommendation needs no reasons on rows 1–3 and 5', () => {
      for (const [row, f] of Object.entries(ROWS)) {
        if (row.startsWith('row 4')) continue;
        const rec = recommendProtection(f, set);
        assert.deepEqual(checkProtectionDecision(f, rec, rec.result, undefined), { ok: true, departed: false }, row);
      }
    });

    test('row 3: choosing within exclusion, exemption or mitigation needs written reasons when it departs', () => {
      const f = ROWS['row 3, Art. 11(3): fell short, good faith, damage']!;
      const check = checkProtectionDecision(f, recommendProtection(f, set), 'liability_excluded', 'ngắn');
      assert.ok(!check.ok && check.issue.code === 'departure_reasons_required');
    });

    test('issue item 2: a matter to weigh ([I]) must be addressed in written reasons, even when following the recommendation', () => {
      const f = ROWS['row 4 [I]: fell short without good faith']!;
      const check = checkProtectionDecision(f, recommendProtection(f, set), 'not_protected', undefined);
      assert.ok(!check.ok);
      assert.deepEqual([check.issue.path, check.issue.code], ['reasons', 'weighed_grounds_reasons_required']);
    });

    test('issue item 2: a disobeyed directive or a false report lifts the binding of rows 1–2, to be weighed with reasons', () => {
      for (const ground of ['disobeyedDirective', 'falseOrIncompleteReport'] as const) {
        const f = facts({
          outcome: 'completed',
          followedDirectives: ground !== 'disobeyedDirective',
          exclusions: { ...noExclusions(), [ground]: { found: true, evidence: 'Biên bản kiểm tra ngày 3/2' } },
        });
        const rec = recommendProtection(f, set);
        assert.equal(rec.result, 'not_liable', 'the recommendation still follows row 1');
        assert.equal(rec.bindingRow, null);
        assert.deepEqual(checkProtectionDecision(f, rec, 'not_protected', REASONS), { ok: true, departed: true });
        const bare = checkProtectionDecision(f, rec, 'not_liable', undefined);
        assert.ok(!bare.ok && bare.issue.code === 'weighed_grounds_reasons_required');
      }
    });
  });
}
