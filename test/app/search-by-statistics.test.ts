import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listCases, listCasesQuery, type SearchWay } from '../../src/app/cases/case-queries.ts';
import { forgetWordStatistics, matchesAtMost, wordStatistics } from '../../src/app/cases/word-statistics.ts';
import { readWordStatistics, wordStatisticsOf } from '../../src/db/repositories/search-statistics-repository.ts';
import { loadActor } from '../../src/db/repositories/org-repository.ts';
import type { Actor } from '../../src/domain/case/case-snapshot.ts';
import { createDraft } from '../support/fixtures.ts';
import { statementsSent } from '../support/statements.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('matchesAtMost: the least common word bounds the matches', () => {
  const stats = {
    rows: 1_000_000,
    frequencies: new Map([
      ['dat', 0.2],
      ['dai', 0.15],
      ['camera', 0.004],
    ]),
    unlisted: 0.0005,
  };
  const cases: [string[], number | null][] = [
    [['dat'], 200_000],
    [['dat', 'dai'], 150_000],
    [['dat', 'camera'], 4_000],
    // Not listed: at most the share the statistics give every unlisted word.
    [['dat', 'thuyloi'], 500],
    [['thuyloi'], 500],
  ];
  for (const [words, expected] of cases) {
    it(`${words.join(' ')} → ${expected}`, () => assert.equal(matchesAtMost(words, stats), expected));
  }
  it('knows nothing without statistics or without words', () => {
    assert.equal(matchesAtMost(['dat'], null), null);
    assert.equal(matchesAtMost([], stats), null);
  });
});

describe('wordStatisticsOf: how rare an unlisted word is, from how ANALYZE lists them', () => {
  const raw = {
    rows: 1_000_000,
    words: ['dat', 'dai'],
    freqs: [0.2, 0.002, 0.002, 0.2, 0],
    counts: [1, 18, 18],
    target: 1000,
  };
  it('a list shorter than the target: below the lossy count’s threshold, 10 × 18 / (10,000 × 1,000 / 7)', () => {
    assert.equal(wordStatisticsOf(raw)!.unlisted, (10 * 18 * 7) / 10_000_000);
  });
  it('at the default target the threshold is above the least listed word, which bounds it then', () => {
    assert.equal(wordStatisticsOf({ ...raw, target: 100, counts: [1, 40, 40] })!.unlisted, 0.002);
  });
  it('a full list: no more than the least listed word', () => {
    assert.equal(wordStatisticsOf({ ...raw, target: 0.2 })!.unlisted, 0.002);
  });
  it('without the words’ counts per case: the least listed word', () => {
    assert.equal(wordStatisticsOf({ ...raw, counts: null })!.unlisted, 0.002);
  });
  it('nothing analysed, nothing listed: no statistics', () => {
    assert.equal(wordStatisticsOf(undefined), null);
    assert.equal(wordStatisticsOf({ ...raw, words: null, freqs: null }), null);
    assert.equal(wordStatisticsOf({ ...raw, rows: -1 }), null);
  });
});

/**
 * Rare words are searched whole at once, in one statement; common ones look among the latest
 * changes first. Both ways must give the same pages and cursors.
 */
describe('search: rare words whole at once, by the statistics, with the same pages', () => {
  let t: TestApp;
  let officer: Actor;
  before(async () => {
    t = await startTestApp();
    const proposer = await t.login('truongphong.stc');
    for (let i = 0; i < 40; i++) {
      t.clock.set(new Date(Date.parse('2026-03-02T02:00:00Z') + i * 60_000).toISOString());
      const title = i % 13 === 5 ? `Kiên cố hóa kênh mương nội đồng số ${i}` : `Chuyển đổi số hồ sơ số ${i}`;
      await proposer.must((await createDraft(proposer, title)).code as string, 'submit');
    }
    await t.runtime.database.pool.query('analyze cases');
    forgetWordStatistics(t.runtime.db);
    officer = (await loadActor(t.runtime.db, t.org.people['tochuc.snv']!))!;
  });
  after(() => t.close());

  const pages = async (q: string, limit: number, way: SearchWay) => {
    const codes: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(t.runtime.db, officer, { q, limit, cursor }, way);
      codes.push(page.items.map((c) => c.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && codes.length < 50);
    return codes;
  };

  it('reads the words’ shares from PostgreSQL’s statistics', async () => {
    const stats = await readWordStatistics(t.runtime.db);
    assert.ok(stats, 'analysed, the table has statistics');
    assert.ok(stats.rows >= 40, `${stats.rows} rows`);
    const common = matchesAtMost(['chuyen', 'doi', 'so'], stats)!;
    const rare = matchesAtMost(['kenh', 'muong'], stats)!;
    assert.ok(common >= 37, `"chuyen doi so" in at most ${common}`);
    assert.ok(rare < common, `"kenh muong" in at most ${rare}, fewer than ${common}`);
  });

  it('gives the pages of the two looks, whichever way the statistics send a search', async () => {
    for (const q of ['kenh muong', 'chuyen doi so', 'kenh muong so 18', 'so ho so 7']) {
      for (const limit of [1, 3]) {
        const looked = await pages(q, limit, { byStatistics: false });
        assert.ok(looked.flat().length > 0, `"${q}" finds something`);
        for (const rareAtMost of [0, 5, 1_000]) {
          assert.deepEqual(
            await pages(q, limit, { rareAtMost }),
            looked,
            `"${q}", page of ${limit}, rare ≤ ${rareAtMost}`,
          );
        }
      }
    }
  });

  it('the whole search takes every match before the newest: the planner cannot walk the changes unbounded', () => {
    const whole = listCasesQuery(t.runtime.db, officer, { q: 'kenh muong', limit: 20 }).compile().sql;
    assert.match(whole, /offset \$\d+\) as "cases" order by/);
    const first = listCasesQuery(t.runtime.db, officer, { q: 'kenh muong', limit: 20 }, 5_000).compile().sql;
    assert.doesNotMatch(first, /offset/, 'the first look walks the newest changes');
    const list = listCasesQuery(t.runtime.db, officer, { limit: 20 }).compile().sql;
    assert.doesNotMatch(list, /offset/, 'a list without words walks them too');
  });

  it('searches rare words in one statement, and looks first for common ones', async () => {
    await wordStatistics(t.runtime.db);
    const statements = async (q: string) =>
      (await statementsSent(() => listCases(t.runtime.db, officer, { q, limit: 2 }, { rareAtMost: 10 }))).statements
        .length;
    assert.equal(await statements('kenh muong'), 1);
    assert.ok((await statements('chuyen doi so')) >= 2);
  });
});
