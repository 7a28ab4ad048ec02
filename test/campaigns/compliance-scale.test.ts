import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

const UNITS = 5000;

/**
 * Issue 14, item 1: "compliance for the whole country must be fast". A scope of five thousand
 * units is read with one grouped statement per page (and one for the counts), never a query per
 * unit; the workbook streams every unit, a thousand at a time.
 */
describe('compliance of a campaign over thousands of units (issue 14, item 1)', () => {
  let t: TestApp;
  let officer: TestClient;
  let campaignId: string;

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    const parent = await t.runtime.db
      .selectFrom('units')
      .select(['id', 'ancestor_ids'])
      .where('id', '=', t.org.units.hcmUbnd!)
      .executeTakeFirstOrThrow();
    await sql`
      insert into units (id, code, name, search_name, type_code, parent_id, ancestor_ids)
      select g.id, 'SCALE-' || g.n, 'Phường thử ' || lpad(g.n::text, 5, '0'), '', 'commune', ${parent.id},
             ${parent.ancestor_ids}::uuid[] || g.id
        from (select gen_random_uuid() as id, n from generate_series(1, ${UNITS}) n) g`.execute(t.runtime.db);
    officer = await t.login('tochuc.snv.hcm');
    const r = await officer.post('/api/campaigns', {
      year: 2026,
      title: 'Đăng ký sáng kiến toàn thành phố',
      ownerUnitId: t.org.units.hcm,
      scope: [{ unitId: t.org.units.hcm, includeSubtree: true }],
      deadline: '2026-06-30',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    campaignId = r.body.id;
  });
  after(() => t.close());

  it('answers a page of the report with the counts of every status quickly', async () => {
    await officer.get(`/api/campaigns/${campaignId}/compliance?limit=50`);
    const started = performance.now();
    const r = await officer.get(`/api/campaigns/${campaignId}/compliance?limit=50&offset=2500&status=none`);
    const ms = performance.now() - started;
    assert.equal(r.status, 200);
    assert.ok(r.body.total > UNITS, `total ${r.body.total}`);
    assert.equal(r.body.items.length, 50);
    assert.equal(r.body.summary.none, r.body.total);
    assert.ok(ms < 3000, `a page of compliance over ${UNITS} units took ${Math.round(ms)} ms`);
  });

  it('streams every unit into the workbook', async () => {
    const x = await t.server.inject({
      method: 'GET',
      url: `/api/campaigns/${campaignId}/compliance.xlsx`,
      headers: { cookie: (officer as unknown as { cookies: string }).cookies },
    });
    assert.equal(x.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    assert.ok(wb.getWorksheet('Tình hình đăng ký')!.rowCount > UNITS);
  });
});
