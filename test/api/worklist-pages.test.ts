import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { worklist } from '../../src/app/cases/worklist.ts';
import { loadActor } from '../../src/db/repositories/org-repository.ts';
import type { Actor } from '../../src/domain/case/case-snapshot.ts';
import { createDraft } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The worklist cuts each of its sources (the person, each (unit, role) grant) at `offset + limit`
 * rows in its own order before merging them, so that a page costs one page and not every open
 * task. Its pages must be exactly the whole worklist cut into pages, whatever the mix of sources.
 */
describe('worklist pages (issue 16: a page costs what it shows)', () => {
  let t: TestApp;
  let head: Actor;
  const due = [null, '2026-12-01', '2026-12-03', '2026-12-03', '2026-12-10', null, '2027-01-05'];

  before(async () => {
    t = await startTestApp();
    const db = t.runtime.app.db;
    const proposer = await t.login('truongphong.stc');
    const cases: { id: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const { code } = await createDraft(proposer, `Thí điểm số ${i} cho danh sách việc`);
      const row = await db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      if (i % 2 === 1) await db.updateTable('cases').set({ urgent: true }).where('id', '=', row.id).execute();
      cases.push(row);
    }
    head = (await loadActor(db, t.org.people['giamdoc.stc']!))!;
    assert.ok(head.grants.length >= 1, 'the head holds grants');
    // Tasks of every source, interleaved in due date, on every case; each (case, task) once.
    const rows = [];
    const sources = [{ person_id: head.personId }, ...head.grants.map((g) => ({ unit_id: g.unitId, role: g.role }))];
    for (const [s, source] of sources.entries()) {
      for (let n = 0; n < 40; n++) {
        rows.push({
          case_id: cases[(n * 3 + s) % cases.length]!.id,
          person_id: null,
          unit_id: null,
          role: null,
          ...source,
          task: `task_${s}_${String(n).padStart(2, '0')}`,
          due_on: due[(n + s) % due.length]!,
        });
      }
    }
    await db.insertInto('work_items').values(rows).execute();
  });
  after(async () => t?.close());

  it('pages of every size and offset are the whole worklist cut into pages', async () => {
    const db = t.runtime.app.db;
    const whole = await worklist(db, head, 10_000, 0);
    assert.ok(whole.length >= 40 * (1 + head.grants.length), `${whole.length} tasks`);
    // Soonest due first, undated last; urgent before the rest on the same day.
    const key = (r: (typeof whole)[number]) => `${r.due_on ?? '9999-99-99'}/${r.urgent ? 0 : 1}`;
    for (let i = 1; i < whole.length; i++) assert.ok(key(whole[i - 1]!) <= key(whole[i]!), `order at ${i}`);

    for (const size of [1, 7, 50]) {
      const pages = [];
      for (let offset = 0; offset < whole.length; offset += size)
        pages.push(...(await worklist(db, head, size, offset)));
      assert.deepEqual(
        pages.map((r) => `${r.code}/${r.task}`),
        whole.map((r) => `${r.code}/${r.task}`),
        `pages of ${size}`,
      );
    }
  });

  it('a task addressed to a grant held twice appears once', async () => {
    const db = t.runtime.app.db;
    const twice = { ...head, grants: [...head.grants, ...head.grants] };
    assert.deepEqual(await worklist(db, twice, 10_000, 0), await worklist(db, head, 10_000, 0));
  });
});
