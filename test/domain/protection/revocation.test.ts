import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXCLUSION_GROUNDS,
  EXCLUSION_GROUND_LEGAL_BASIS,
  checkRevocation,
  type ProtectionResult,
} from '../../../src/domain/protection/index.ts';

const PROTECTIVE: ProtectionResult[] = ['not_liable', 'liability_excluded', 'considered_for_exemption_or_mitigation'];
const ND = 'Nghị định 73/2023/NĐ-CP';
const reference = 'Kết luận kiểm tra số 07-KL/UBKT ngày 10/3/2026';

describe('checkRevocation', () => {
  test('issue item 2: allowed on every ground examined at decision time, a false report included, citing that ground', () => {
    for (const decidedResult of PROTECTIVE) {
      for (const ground of EXCLUSION_GROUNDS) {
        assert.deepEqual(checkRevocation({ decidedResult, laterFinding: { ground, reference } }), {
          ok: true,
          legalGround: EXCLUSION_GROUND_LEGAL_BASIS[ground],
        });
      }
    }
    const falseReport = checkRevocation({
      decidedResult: 'liability_excluded',
      laterFinding: { ground: 'falseOrIncompleteReport', reference },
    });
    assert.ok(
      falseReport.ok && falseReport.legalGround.includes('[I]'),
      'a false report is a revocation ground, cited as an inference',
    );
    const lives = checkRevocation({
      decidedResult: 'not_liable',
      laterFinding: { ground: 'harmToPeoplesLives', reference },
    });
    assert.deepEqual(lives, { ok: true, legalGround: `Điều 6 khoản 1 ${ND}` });
  });

  test('refused when there was no protection to revoke', () => {
    const check = checkRevocation({
      decidedResult: 'not_protected',
      laterFinding: { ground: 'corruption', reference },
    });
    assert.deepEqual(check, { ok: false, code: 'decision_not_protective' });
  });

  test('refused without a finding, or without a reference to it', () => {
    assert.deepEqual(checkRevocation({ decidedResult: 'not_liable' }), { ok: false, code: 'finding_required' });
    assert.deepEqual(
      checkRevocation({ decidedResult: 'not_liable', laterFinding: { ground: 'corruption', reference: '  ' } }),
      {
        ok: false,
        code: 'finding_reference_required',
      },
    );
  });

  test('refused for a ground that is not examined at decision time', () => {
    assert.deepEqual(
      checkRevocation({ decidedResult: 'liability_excluded', laterFinding: { ground: 'rumour' as never, reference } }),
      {
        ok: false,
        code: 'ground_not_revocable',
      },
    );
  });

  test('refused for a result that does not exist', () => {
    const check = checkRevocation({
      decidedResult: 'pardoned' as never,
      laterFinding: { ground: 'corruption', reference },
    });
    assert.deepEqual(check, { ok: false, code: 'unknown_result' });
  });
});
