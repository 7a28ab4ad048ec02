import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  authoriseDetermination,
  determinationActions,
  type DeterminationRef,
} from '../../src/app/protection/protection-access.ts';
import type { Actor } from '../../src/domain/case/case-snapshot.ts';

const UNIT = 'unit-finance';
const actor = (personId: string, role: 'head' | 'deputy'): Actor => ({
  personId,
  unitId: UNIT,
  grants: [{ unitId: UNIT, role, includeSubtree: false }],
});
const det = (
  personId: string,
  status: DeterminationRef['status'] = 'pending',
  decided_result: string | null = null,
): DeterminationRef => ({
  person_id: personId,
  deciding_unit_id: UNIT,
  status,
  decided_result,
});

describe('who may act on a determination', () => {
  const proposer = det('proposer');
  const deputyConcerned = det('deputy-1');

  it('lets the head do everything in turn, and a deputy only contribute facts', () => {
    assert.deepEqual(determinationActions(actor('head', 'head'), proposer), ['record_facts']);
    assert.deepEqual(determinationActions(actor('head', 'head'), det('proposer', 'facts_recorded')), [
      'record_facts',
      'decide',
    ]);
    assert.deepEqual(determinationActions(actor('head', 'head'), det('proposer', 'decided', 'liability_excluded')), [
      'revoke',
    ]);
    assert.deepEqual(determinationActions(actor('head', 'head'), det('proposer', 'decided', 'not_protected')), []);
    assert.deepEqual(determinationActions(actor('deputy-2', 'deputy'), det('proposer', 'facts_recorded')), [
      'record_facts',
    ]);
  });

  it('keeps a deputy concerned by the protection case out of the others’ determinations, as from the vote', () => {
    assert.deepEqual(determinationActions(actor('deputy-1', 'deputy'), proposer, [proposer, deputyConcerned]), []);
    assert.throws(
      () => authoriseDetermination(actor('deputy-1', 'deputy'), proposer, 'record_facts', [proposer, deputyConcerned]),
      {
        code: 'not_permitted',
      },
    );
    assert.throws(
      () =>
        authoriseDetermination(actor('deputy-1', 'deputy'), deputyConcerned, 'record_facts', [
          proposer,
          deputyConcerned,
        ]),
      {
        code: 'own_determination',
      },
    );
  });

  it('answers 409 with what is allowed when the action exists but not in this status', () => {
    assert.throws(
      () => authoriseDetermination(actor('head', 'head'), proposer, 'decide', [proposer]),
      (e: any) => {
        assert.equal(e.kind, 'conflict');
        assert.deepEqual(e.params.allowedActions, ['record_facts']);
        return true;
      },
    );
    assert.throws(
      () => authoriseDetermination(actor('deputy-2', 'deputy'), det('proposer', 'facts_recorded'), 'decide', []),
      { code: 'not_permitted' },
    );
  });
});
