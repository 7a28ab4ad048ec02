import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { cleanFacts, decisionBody, determinationOf, evaluatedCase, onDetermination, protectionOf } from './drive.ts';

const tasksFor = async (client: TestClient, code: string) => {
  const res = await client.get('/api/worklist?limit=200');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items
    .filter((i: any) => i.code === code)
    .map((i: any) => ({ task: i.task, protectionCaseId: i.protectionCaseId }));
};

describe('protection determinations in the worklist', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('puts facts to record, then the decision, on the deciding head’s worklist, and takes them off when decided', async () => {
    const { code } = await evaluatedCase(t, {
      outcome: 'not_completed',
      damage: { occurred: true, estimateVnd: 80_000_000 },
      coProposers: ['chuyenvien.stc'],
    });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    assert.deepEqual(
      await tasksFor(head, code),
      [{ task: 'record_protection_facts', protectionCaseId: pc.id }],
      'one line for the case, however many people it judges',
    );

    // The people judged and a deputy of the collective are not asked to act.
    assert.deepEqual(await tasksFor(await t.login('truongphong.stc'), code), []);
    assert.deepEqual(await tasksFor(await t.login('chuyenvien.stc'), code), []);
    assert.deepEqual(await tasksFor(await t.login('phogiamdoc1.stc'), code), []);
    assert.deepEqual(await tasksFor(await t.login('giamdoc.snv'), code), [], 'nothing of another unit');

    const proposer = determinationOf(pc, t.org.people['truongphong.stc']!);
    const recorded = await onDetermination(head, pc, proposer, 'facts', cleanFacts());
    assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
    pc = recorded.body;
    assert.deepEqual(
      (await tasksFor(head, code)).map((x: any) => x.task),
      ['decide_protection', 'record_protection_facts'],
      'one person awaits the decision, the other their facts',
    );

    const decided = await onDetermination(
      head,
      pc,
      determinationOf(pc, proposer.person.id),
      'decision',
      decisionBody('considered_for_exemption_or_mitigation'),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    pc = decided.body;
    const colleague = determinationOf(pc, t.org.people['chuyenvien.stc']!);
    pc = (await onDetermination(head, pc, colleague, 'facts', cleanFacts())).body;
    pc = (
      await onDetermination(
        head,
        pc,
        determinationOf(pc, colleague.person.id),
        'decision',
        decisionBody('considered_for_exemption_or_mitigation'),
      )
    ).body;
    assert.equal(pc.status, 'decided');
    assert.deepEqual(await tasksFor(head, code), [], 'a decided protection case leaves the worklist');
  });
});
