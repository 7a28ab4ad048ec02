import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { receivingUnitIndex } from '../../../src/domain/case/routing-rule.ts';

// The proposer's unit first, then its ancestors: a department (head D), the People's Committee
// (head C), the province node (head C again: the chair heads both), the Government (head G).
const chain = [{ headId: 'D' }, { headId: 'C' }, { headId: 'C' }, { headId: 'G' }];

describe('Decree 73 Art. 7(3)–(4): who receives a proposal; co-proposers are proposers (issue item 6)', () => {
  it('Art. 7(3): a subordinate’s proposal goes to the head of their own unit', () => {
    assert.deepEqual(receivingUnitIndex(chain, ['P']), { index: 0, toSuperior: false });
  });
  it('Art. 7(4): the head’s own proposal goes to the head of the superior unit', () => {
    assert.deepEqual(receivingUnitIndex(chain, ['D']), { index: 1, toSuperior: true });
  });
  it('Art. 7(4) and 8(1): a head named as co-proposer routes the case exactly as the head’s own proposal', () => {
    assert.deepEqual(receivingUnitIndex(chain, ['P', 'D']), { index: 1, toSuperior: true });
  });
  it('climbs past every unit whose head is a proposer, so no proposer receives their own proposal', () => {
    assert.deepEqual(receivingUnitIndex(chain, ['P', 'D', 'C']), { index: 3, toSuperior: true });
  });
  it('refuses when the unit that would receive has no head (409 unit_has_no_head)', () => {
    assert.deepEqual(receivingUnitIndex([{ headId: undefined }], ['P']), { error: 'unit_has_no_head', unitIndex: 0 });
    assert.deepEqual(receivingUnitIndex([{ headId: 'D' }, { headId: undefined }], ['D']), {
      error: 'unit_has_no_head',
      unitIndex: 1,
    });
  });
  it('refuses when every head up to the root is a proposer (409 no_superior_unit)', () => {
    assert.deepEqual(receivingUnitIndex([{ headId: 'D' }], ['D']), { error: 'no_superior_unit', unitIndex: 0 });
  });
});
