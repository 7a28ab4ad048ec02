import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buffer } from 'node:stream/consumers';
import { loadActor } from '../../src/db/repositories/org-repository.ts';
import { loadDashboard } from '../../src/app/statistics/load-dashboard.ts';
import { dashboardWorkbook } from '../../src/app/statistics/dashboard-export.ts';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { xlsxSheets } from '../protection/parse-documents.ts';

/** Issue 14 item 3: the dashboard's current filter exports as XLSX, streamed. */
describe('dashboard export', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    for (const state of ['submitted', 'under_consideration', 'in_implementation', 'rejected', 'submitted'])
      await caseIn(t, state, `Đề xuất xuất Excel ${state}`);
  });
  after(() => t.close());

  async function download(username: string, url: string) {
    const login = await t.server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const r = await t.server.inject({ method: 'GET', url, headers: { cookie } });
    return { status: r.statusCode, headers: r.headers, body: r.rawPayload };
  }

  it('writes the figures and every case the viewer may see of the subtree and year', async () => {
    const year = vietnamDate(t.clock.now()).slice(0, 4);
    const r = await download('tochuc.snv', `/api/statistics/dashboard.xlsx?unitId=${t.org.units.finance}&year=${year}`);
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /spreadsheetml/);
    assert.equal(r.headers['content-length'], undefined, 'streamed, not buffered');
    const sheets = await xlsxSheets(r.body);
    assert.deepEqual([...sheets.keys()], ['Số liệu', 'Hồ sơ']);
    const figures = sheets.get('Số liệu')!;
    assert.deepEqual(
      figures.find((row) => row[1] === 'Tổng số hồ sơ'),
      ['Tổng hợp', 'Tổng số hồ sơ', '5'],
    );
    assert.deepEqual(figures.find((row) => row[1] === 'Không chấp thuận')?.[2], '1');
    const cases = sheets.get('Hồ sơ')!;
    assert.equal(cases.length, 1 + 5, 'a heading and the five cases');
    assert.ok(cases.slice(1).every((row) => row[1]!.startsWith('Đề xuất xuất Excel')));
  });

  it('follows the case list cursor page by page', async () => {
    const actor = (await loadActor(t.runtime.db, t.org.people['tochuc.snv']!))!;
    const d = await loadDashboard(t.runtime.db, actor, {
      unitId: t.org.units.province!,
      today: vietnamDate(t.clock.now()),
    });
    const sheets = await xlsxSheets(await buffer(dashboardWorkbook(t.runtime.app, actor, d, 2)));
    const codes = sheets
      .get('Hồ sơ')!
      .slice(1)
      .map((row) => row[0]);
    assert.equal(codes.length, 5);
    assert.equal(new Set(codes).size, 5, 'no case twice across pages');
  });

  it('refuses those without a dashboard grant on the unit, and bad input', async () => {
    assert.equal(
      (await download('truongphong.stc', `/api/statistics/dashboard.xlsx?unitId=${t.org.units.finance}`)).status,
      403,
    );
    assert.equal(
      (await download('tochuc.snv', `/api/statistics/dashboard.xlsx?unitId=${t.org.units.central}`)).status,
      403,
    );
    assert.equal((await download('tochuc.snv', '/api/statistics/dashboard.xlsx?unitId=x')).status, 400);
  });
});
