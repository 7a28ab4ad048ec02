import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

type Person = { id: string; fullName: string };

/**
 * The people directory walks the index of its order (migration 034) and stops at the page: its
 * pages must be the whole directory cut into pages, in Vietnamese alphabetical order, with
 * namesakes (common in Vietnam) in one order on every page, not repeated or skipped between them.
 */
describe('people directory pages (issue 16: a page costs what it shows)', () => {
  let t: TestApp;
  let admin: TestClient;
  const namesakes: string[] = [];

  before(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
    for (const [i, fullName] of [
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Đỗ Thị Ánh',
      'Ông Văn Ơn',
    ].entries()) {
      const r = await admin.post('/api/people', {
        fullName,
        unitId: t.org.units.binhMinh,
        username: `danhba${i}`,
        password: 'mat-khau-dai-du',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      if (fullName === 'Nguyễn Văn An') namesakes.push(r.body.id);
    }
  });
  after(async () => t?.close());

  const page = async (query: string, limit: number, offset: number): Promise<Person[]> => {
    const r = await admin.get(`/api/people?${query}limit=${limit}&offset=${offset}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body.items;
  };

  it('pages are the whole directory, in Vietnamese order, namesakes by id', async () => {
    const whole = await page('', 200, 0);
    assert.ok(whole.length > 20 && whole.length < 200, `${whole.length} people`);
    const names = whole.map((p) => p.fullName);
    assert.deepEqual(names, [...names].sort(new Intl.Collator('vi').compare), 'Vietnamese alphabetical order');
    assert.deepEqual(
      whole.filter((p) => p.fullName === 'Nguyễn Văn An').map((p) => p.id),
      [...namesakes].sort(),
      'namesakes in the order of their ids',
    );
    for (const size of [1, 4]) {
      const pages: Person[] = [];
      for (let offset = 0; offset < whole.length; offset += size) pages.push(...(await page('', size, offset)));
      assert.deepEqual(
        pages.map((p) => p.id),
        whole.map((p) => p.id),
        `pages of ${size}`,
      );
    }
  });

  it('finds by part of a name without accents, in the same order', async () => {
    const found = await page('q=van an&', 50, 0);
    assert.deepEqual(
      found.filter((p) => p.fullName === 'Nguyễn Văn An').map((p) => p.id),
      [...namesakes].sort(),
    );
    assert.deepEqual(
      (await page('q=on&', 200, 0)).map((p) => p.fullName).filter((n) => n === 'Ông Văn Ơn'),
      ['Ông Văn Ơn'],
      'a pattern shorter than a trigram still matches',
    );
    const pages = [
      ...(await page('q=van an&', 1, 0)),
      ...(await page('q=van an&', 1, 1)),
      ...(await page('q=van an&', 1, 2)),
    ];
    assert.deepEqual(
      pages.map((p) => p.id),
      found.slice(0, 3).map((p) => p.id),
    );
  });
});
