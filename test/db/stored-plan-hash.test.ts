import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planHash, storedPlanHash } from '../../src/db/repositories/plan-repository.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import type { ProposalPlan } from '../../src/domain/plan/proposal-plan.ts';

/** The plan as the database hands it back: a fresh object each time, keys in its own order. */
const reread = (plan: ProposalPlan) => JSON.parse(JSON.stringify(plan)) as ProposalPlan;

describe('the hash of a stored plan, remembered by its text', () => {
  const base = demoPlan('Một cửa liên thông điện tử', 'economy');
  const variants: [string, ProposalPlan][] = [
    ['as drafted', base],
    ['a title changed', { ...base, title: `${base.title} (sửa)` }],
    ['the same title again', { ...base, title: `${base.title} (sửa)` }],
    ['back to the first text', base],
    ['keys in another order', Object.fromEntries(Object.entries(base).reverse()) as unknown as ProposalPlan],
  ];
  for (const [name, plan] of variants)
    it(`equals the canonical hash: ${name}`, () => {
      assert.equal(storedPlanHash(reread(plan)), planHash(plan));
    });

  it('a row changed in place gives the hash of its new content, not the remembered one', () => {
    const before = reread(base);
    const first = storedPlanHash(before);
    const tampered = reread(base);
    (tampered as { title: string }).title = 'Nội dung khác';
    assert.notEqual(storedPlanHash(tampered), first);
    assert.equal(storedPlanHash(tampered), planHash(tampered));
  });

  it('keeps answering correctly past the number of plans it remembers', () => {
    for (let i = 0; i < 1_200; i++) {
      const plan = { ...base, title: `Sáng kiến ${i}` };
      assert.equal(storedPlanHash(reread(plan)), planHash(plan));
    }
    assert.equal(storedPlanHash(reread(base)), planHash(base));
  });
});
