import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listCases, visibleTo } from '../../src/app/cases/case-queries.ts';
import { updateUnit } from '../../src/app/org/manage-units.ts';
import { SPANS_PROVINCES, soleProvinceOf } from '../../src/db/repositories/case-province-repository.ts';
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
      const page = await listCases(
        t.runtime.db,
        actor,
        { q, limit, cursor },
        { firstLook: among, byStatistics: false },
      );
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

/**
 * A searcher who sees one province's cases searches that province alone (migration 029). The
 * pages must be those of the search over the whole country: for a term common in another province
 * but rare in this one, for a case forwarded to a superior, and after a unit moves to another
 * province (its cases then hold units of two provinces, and the search goes back to the country).
 */
describe('search within the searcher’s province: the same pages as the search over the country', () => {
  let t: TestApp;
  let officer: Actor;
  let forwarded: string;
  before(async () => {
    t = await startTestApp();
    // Common in Hồ Chí Minh City: eight cases that say "học bạ điện tử".
    const hcm = await t.login('truongphong.snv.hcm');
    for (let i = 0; i < 8; i++) await createDraft(hcm, `Số hóa học bạ điện tử trường học số ${i}`);
    // Rare in An Khang: two among others, interleaved in time, all submitted so the province's officer sees them.
    const proposer = await t.login('truongphong.stc');
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      t.clock.set(new Date(Date.parse('2026-03-02T02:00:00Z') + i * 60_000).toISOString());
      const title = i % 3 === 1 ? `Triển khai học bạ điện tử số ${i}` : `Chuyển đổi số hồ sơ số ${i}`;
      const code = (await createDraft(proposer, title)).code as string;
      await proposer.must(code, 'submit');
      codes.push(code);
    }
    // Re-routed upward: the People's Committee of the province receives it.
    forwarded = codes[4]!;
    await (await t.login('giamdoc.stc')).must(forwarded, 'forward_to_superior', {
      targetUnitId: t.org.units.ubnd,
      reasons: 'Nội dung vượt thẩm quyền của Sở.',
    });
    officer = (await loadActor(t.runtime.db, t.org.people['tochuc.snv']!))!;
  });
  after(() => t.close());

  const provinceOf = async (code: string) =>
    (await t.runtime.db.selectFrom('cases').select('province_id').where('code', '=', code).executeTakeFirstOrThrow())
      .province_id;
  const soleProvince = (actor: Actor) =>
    soleProvinceOf(t.runtime.db, actor.personId, [...new Set(actor.grants.map((g) => g.unitId))], visibleTo(actor));
  const pages = async (q: string, limit: number, among: number, byProvince: boolean) => {
    const codes: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(
        t.runtime.db,
        officer,
        { q, limit, cursor },
        { firstLook: among, byProvince, byStatistics: false },
      );
      codes.push(page.items.map((c) => c.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && codes.length < 20);
    return codes;
  };
  const samePages = async (terms: string[]) => {
    for (const q of terms) {
      for (const limit of [1, 3]) {
        const country = await pages(q, limit, 1_000_000, false);
        assert.ok(country.flat().length > 0, `"${q}" finds something`);
        for (const among of [1, 3, 8, 1_000_000]) {
          assert.deepEqual(
            await pages(q, limit, among, true),
            country,
            `"${q}", page of ${limit}, first look at ${among}`,
          );
        }
      }
    }
  };

  it('keeps each case’s province through creation and forwarding; a national searcher has none', async () => {
    assert.equal(await provinceOf(forwarded), t.org.units.province);
    assert.equal(await soleProvince(officer), t.org.units.province);
    const national = (await loadActor(t.runtime.db, t.org.people.chinhphu!))!;
    assert.equal(await soleProvince(national), null);
  });

  it('gives every page of the country’s search, for a term common elsewhere and rare here', async () => {
    const found = (await pages('hoc ba dien tu', 10, 1_000_000, true)).flat();
    assert.equal(found.length, 2, 'the province’s two, none of the eight elsewhere');
    assert.ok(found.includes(forwarded), 'the case forwarded to the People’s Committee is found');
    await samePages(['hoc ba dien tu', 'chuyen doi so', 'hoc ba so 4']);
  });

  it('after a unit moves to another province, its cases span both and the search is the country’s', async () => {
    const admin = (await loadActor(t.runtime.db, t.org.people.quantri!))!;
    await updateUnit(t.runtime.app, admin, t.org.units.finance!, { parentId: t.org.units.hcmUbnd! });
    assert.equal(await provinceOf(forwarded), SPANS_PROVINCES);
    assert.equal(await soleProvince(officer), null);
    await samePages(['hoc ba dien tu', 'chuyen doi so']);
    // Moved back, the cases are An Khang's again.
    await updateUnit(t.runtime.app, admin, t.org.units.finance!, { parentId: t.org.units.ubnd! });
    assert.equal(await provinceOf(forwarded), t.org.units.province);
    assert.equal(await soleProvince(officer), t.org.units.province);
  });
});
