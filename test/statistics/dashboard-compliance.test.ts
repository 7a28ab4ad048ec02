import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * Issue 14, item 3: the dashboard shows registration compliance for its subtree, each count equal
 * to the campaign's own list restricted to that subtree; an administrator alone gets figures that
 * open no list of cases.
 */
describe('dashboard: registration compliance and who may open lists (issue 14, item 3)', () => {
  let t: TestApp;
  let officer: TestClient;
  let campaignId: string;

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    officer = await t.login('tochuc.snv.hcm');
    const r = await officer.post('/api/campaigns', {
      year: 2026,
      title: 'Đăng ký sáng kiến năm 2026 (thống kê)',
      ownerUnitId: t.org.units.hcm,
      scope: [
        { unitId: t.org.units.hcmUbnd, includeSubtree: true },
        { unitId: t.org.units.benThanh, includeSubtree: false },
      ],
      deadline: '2026-03-20',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    campaignId = r.body.id;
    const proposer = await t.login('truongphong.snv.hcm');
    const made = await proposer.post('/api/cases', {
      plan: demoPlan('Số hóa hồ sơ', 'government_building'),
      campaignId,
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    await proposer.must(made.body.code, 'submit');
  });
  after(() => t.close());

  const dashboard = (client: TestClient, unitId: string | undefined, year = '2026') =>
    client.get(`/api/statistics/dashboard?unitId=${unitId}&year=${year}`);

  it("counts each subtree's units of the campaign as the campaign's own list does", async () => {
    for (const unitId of [t.org.units.hcm!, t.org.units.hcmUbnd!, t.org.units.hcmHomeAffairs!]) {
      const d = await dashboard(officer, unitId);
      assert.equal(d.status, 200, JSON.stringify(d.body));
      const mine = d.body.compliance.find((c: any) => c.campaignId === campaignId);
      assert.ok(mine, `the campaign reaches ${unitId}`);
      assert.equal(mine.mayOpen, true);
      const list = await officer.get(`/api/campaigns/${campaignId}/compliance?unitId=${unitId}&limit=500`);
      assert.equal(list.status, 200, JSON.stringify(list.body));
      assert.deepEqual(mine.summary, list.body.summary);
      const naive = { none: 0, registered: 0, submitted: 0, approved: 0 } as Record<string, number>;
      for (const row of list.body.items) naive[row.status] = (naive[row.status] ?? 0) + 1;
      assert.deepEqual(mine.summary, naive, 'the summary is the count of the listed units');
    }
    const city = (await dashboard(officer, t.org.units.hcm)).body.compliance[0];
    const department = (await dashboard(officer, t.org.units.hcmHomeAffairs)).body.compliance[0];
    assert.deepEqual(department.summary, { none: 0, registered: 0, submitted: 1, approved: 0 });
    assert.ok(city.summary.none > 0 && city.summary.submitted === 1);
  });

  it("leaves out campaigns of another year and another province's campaigns", async () => {
    assert.deepEqual((await dashboard(officer, t.org.units.hcm, '2025')).body.compliance, []);
    const head = await t.login('giamdoc.stc');
    const other = await dashboard(head, t.org.units.finance);
    assert.equal(other.status, 200, JSON.stringify(other.body));
    assert.deepEqual(other.body.compliance, []);
  });

  it('opens lists for those who see cases, not for an administrator alone', async () => {
    const head = await t.login('giamdoc.stc');
    assert.equal((await dashboard(head, t.org.units.finance)).body.listsOpen, true);
    const admin = await t.login('quantri');
    const d = await dashboard(admin, t.org.units.hcm);
    assert.equal(d.status, 200, JSON.stringify(d.body));
    assert.equal(d.body.listsOpen, false);
    assert.equal(d.body.compliance[0].mayOpen, true, 'an administrator follows campaigns');
  });

  it('refuses a malformed subtree on the compliance list, naming the field', async () => {
    const r = await officer.get(`/api/campaigns/${campaignId}/compliance?unitId=abc`);
    assert.equal(r.status, 400);
    assert.match(JSON.stringify(r.body.error.fields), /unitId/);
  });
});
