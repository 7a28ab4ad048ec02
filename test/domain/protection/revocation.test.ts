import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXCLUSION_GROUNDS, checkRevocation, type ProtectionResult } from '../../../src/domain/protection/index.ts';

const PROTECTIVE: ProtectionResult[] = ['not_liable', 'liability_excluded', 'considered_for_exemption_or_mitigation'];
const REVOCABLE = ['selfInterest', 'groupInterest', 'corruption', 'profiteering'] as const;
const reference = 'Kết luận kiểm tra số 07-KL/UBKT ngày 10/3/2026';

describe('checkRevocation', () => {
  test('allowed for a protective decision and a later finding of self or group interest, corruption or profiteering', () => {
    for (const decidedResult of PROTECTIVE) {
      for (const ground of REVOCABLE) {
        assert.deepEqual(checkRevocation({ decidedResult, laterFinding: { ground, reference } }), {
          ok: true,
          legalGround: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4',
        });
      }
    }
  });

  test('refused when there was no protection to revoke', () => {
    const check = checkRevocation({ decidedResult: 'not_protected', laterFinding: { ground: 'corruption', reference } });
    assert.deepEqual(check, { ok: false, code: 'decision_not_protective' });
  });

  test('refused without a finding, or without a reference to it', () => {
    assert.deepEqual(checkRevocation({ decidedResult: 'not_liable' }), { ok: false, code: 'finding_required' });
    assert.deepEqual(checkRevocation({ decidedResult: 'not_liable', laterFinding: { ground: 'corruption', reference: '  ' } }), {
      ok: false,
      code: 'finding_reference_required',
    });
  });

  test('refused for the other exclusion grounds, which go through ordinary review', () => {
    const others = EXCLUSION_GROUNDS.filter((g) => !(REVOCABLE as readonly string[]).includes(g));
    assert.deepEqual(others, ['coveringViolations', 'outsideAuthority', 'disobeyedDirective', 'falseOrIncompleteReport']);
    for (const ground of others) {
      assert.deepEqual(checkRevocation({ decidedResult: 'liability_excluded', laterFinding: { ground, reference } }), {
        ok: false,
        code: 'ground_not_revocable',
      });
    }
  });

  test('refused for a result that does not exist', () => {
    const check = checkRevocation({ decidedResult: 'pardoned' as never, laterFinding: { ground: 'corruption', reference } });
    assert.deepEqual(check, { ok: false, code: 'unknown_result' });
  });
});
