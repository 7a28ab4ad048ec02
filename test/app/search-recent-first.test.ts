import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listCases } from '../../src/app/cases/case-queries.ts';
import { loadActor } from '../../src/db/repositories/org-repository.ts';
import type { Actor } from '../../src/domain/case/case-snapshot.ts';
import { createDraft } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A search first looks among the latest changes and falls back to the whole search: whatever the
 * size of that first look and of the page, every page and cursor must be those of the whole search.
 */
describe('search: the latest changes first, the same pages as the whole search', () => {
  let t: TestApp;
  let actor: Actor;
  before(async () => {
    t = await startTestApp();
    const proposer = await t.login('truongphong.stc');
    // Matches and non-matches interleaved in time, so that a first look of any size holds some of each.
    for (let i = 0; i < 9; i++) {
      t.clock.set(new Date(Date.parse('2026-03-02T02:00:00Z') + i * 60_000).toISOString());
      await createDraft(proposer, i % 3 === 1 ? `Quản lý công trình thủy lợi số ${i}` : `Chuyển đổi số hồ sơ số ${i}`);
    }
    actor = (await loadActor(t.runtime.db, t.org.people['truongphong.stc']!))!;
  });
  after(() => t.close());

  const allPages = async (q: string, limit: number, among: number) => {
    const codes: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(t.runtime.db, actor, { q, limit, cursor }, among);
      codes.push(page.items.map((c) => c.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && codes.length < 20);
    return codes;
  };

  it('gives every page of the whole search, for any first look and page size', async () => {
    for (const q of ['thuy loi', 'so ho so', 'cong trinh thuy loi so 4']) {
      for (const limit of [1, 2, 3]) {
        const whole = await allPages(q, limit, 1_000_000);
        assert.ok(whole.flat().length > 0, `"${q}" finds something`);
        for (const among of [1, 2, 3, 5, 8, 13]) {
          assert.deepEqual(await allPages(q, limit, among), whole, `"${q}", page of ${limit}, first look at ${among}`);
        }
      }
    }
  });
});
