import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { sweepCampaigns } from '../../src/jobs/sweep-campaigns.ts';
import { complianceRows } from '../../src/db/repositories/campaign-repository.ts';
import { complianceStatus, countsOf } from '../../src/domain/campaigns/campaign-rules.ts';
import { CASE_STATES } from '../../src/domain/case/states.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * Issue 14, item 1 (HCMC People's Committee plan): a city opens a registration campaign, units
 * register by creating proposals linked to it, compliance per unit is followed, reminders go to
 * units with nothing before the deadline and escalation after it, each exactly once.
 */
describe('registration campaigns through the API (issue 14, item 1)', () => {
  let t: TestApp;
  let officer: TestClient;
  let campaignId: string;
  let version: number;
  const count = async (table: 'registration_campaigns' | 'campaign_cases' | 'cases' | 'campaign_notices') =>
    Number(
      (
        await t.runtime.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const notices = (username: string, kind: string) =>
    t.runtime.db
      .selectFrom('notifications')
      .selectAll()
      .where('person_id', '=', t.org.people[username]!)
      .where('kind', '=', kind)
      .execute();
  const open = (client: TestClient, patch: Record<string, unknown> = {}) =>
    client.post('/api/campaigns', {
      year: 2026,
      title: 'Đăng ký sáng kiến năm 2026',
      ownerUnitId: t.org.units.hcm,
      scope: [
        { unitId: t.org.units.hcmUbnd, includeSubtree: true },
        { unitId: t.org.units.benThanh, includeSubtree: false },
      ],
      deadline: '2026-03-20',
      ...patch,
    });

  before(async () => {
    // Monday 2 March 2026.
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    officer = await t.login('tochuc.snv.hcm');
  });
  after(() => t.close());

  it('refuses those who may not open a campaign, and bad input, naming the field and writing nothing', async () => {
    const before = await count('registration_campaigns');
    assert.equal((await open(await t.login('truongphong.snv.hcm'))).status, 403);
    assert.equal((await open(await t.login('tochuc.snv'))).status, 403, "another province's officer");
    const bad: [Record<string, unknown>, string][] = [
      [
        { ownerUnitId: t.org.units.hcmUbnd, scope: [{ unitId: t.org.units.hcmScience, includeSubtree: false }] },
        'ownerUnitId:not_province_level',
      ],
      [{ scope: [{ unitId: t.org.units.finance, includeSubtree: true }] }, 'scope[0].unitId:outside_owner_unit'],
      [{ deadline: '2026-02-27' }, 'deadline:in_past'],
      [{ deadline: '2026-02-30' }, 'deadline:invalid_date'],
    ];
    for (const [patch, field] of bad) {
      const r = await open(officer, patch);
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.deepEqual(
        r.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
        [field],
      );
    }
    assert.equal(await count('registration_campaigns'), before);
  });

  it('opens a campaign for the city with the profile’s minimum, shown to whom it concerns only', async () => {
    const r = await open(officer);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.minimumPerUnit, 1, 'registrationMinimumPerUnit: 1 by default (HCMC plan)');
    assert.equal(r.body.status, 'open');
    assert.equal(r.body.mayManage, true);
    campaignId = r.body.id;
    version = r.body.version;
    const proposer = await t.login('truongphong.snv.hcm');
    const mine = await proposer.get('/api/campaigns?mine=true&status=open');
    assert.deepEqual(
      mine.body.items.map((c: any) => [c.id, c.myUnitInScope, c.mayManage]),
      [[campaignId, true, false]],
    );
    const stranger = await t.login('truongphong.stc');
    assert.deepEqual((await stranger.get('/api/campaigns')).body.items, []);
    assert.equal((await stranger.get(`/api/campaigns/${campaignId}`)).status, 404);
    assert.equal((await proposer.get(`/api/campaigns/${campaignId}/compliance`)).status, 403);
  });

  it('a unit registers by creating a proposal linked to the campaign; the link is an event of its chain', async () => {
    const proposer = await t.login('truongphong.snv.hcm');
    const r = await proposer.post('/api/cases', {
      plan: demoPlan('Số hóa hồ sơ cán bộ', 'government_building'),
      campaignId,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const events = (await proposer.get(`/api/cases/${r.body.code}/events`)).body;
    const types = (events.items ?? events).map((e: any) => e.type);
    assert.deepEqual(types, ['created', 'campaign_linked']);
    assert.equal((await proposer.get(`/api/cases/${r.body.code}/verify`)).body.ok, true);

    const report = (await officer.get(`/api/campaigns/${campaignId}/compliance`)).body;
    assert.deepEqual(report.summary, { none: 3, registered: 1, submitted: 0, approved: 0 });
    const snv = report.items.find((i: any) => i.unitId === t.org.units.hcmHomeAffairs);
    assert.deepEqual([snv.registered, snv.submitted, snv.status], [1, 0, 'registered']);

    await proposer.must(r.body.code, 'submit');
    const after = (await officer.get(`/api/campaigns/${campaignId}/compliance?status=submitted`)).body;
    assert.deepEqual(
      after.items.map((i: any) => i.unitId),
      [t.org.units.hcmHomeAffairs],
    );
    assert.equal(after.total, 1);
  });

  it('an organisation officer of one department sees that department’s line only', async () => {
    const admin = await t.login('quantri');
    const grant = await admin.post(`/api/people/${t.org.people['giamdoc.snv.hcm']}/grants`, {
      unitId: t.org.units.hcmHomeAffairs,
      role: 'org_officer',
    });
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    const deptOfficer = await t.login('giamdoc.snv.hcm');
    const view = (await deptOfficer.get(`/api/campaigns/${campaignId}`)).body;
    assert.deepEqual([view.mayManage, view.mayViewCompliance], [false, true]);
    const report = (await deptOfficer.get(`/api/campaigns/${campaignId}/compliance`)).body;
    assert.deepEqual(
      report.items.map((i: any) => i.unitId),
      [t.org.units.hcmHomeAffairs],
    );
    assert.equal(report.total, 1);
    const close = await deptOfficer.post(`/api/campaigns/${campaignId}/close`, {}, { 'if-match': `"${version}"` });
    assert.equal(close.status, 403);
  });

  it('refuses a link from a unit outside the scope, writing nothing', async () => {
    const before = [await count('cases'), await count('campaign_cases')];
    const r = await (await t.login('truongphong.stc')).post('/api/cases', {
      plan: demoPlan('Đề xuất ngoài phạm vi', 'economy'),
      campaignId,
    });
    assert.equal(r.status, 422);
    assert.deepEqual(r.body.error.fields, [
      { path: 'campaignId', code: 'unit_not_in_campaign_scope', message: r.body.error.fields[0].message },
    ]);
    assert.deepEqual([await count('cases'), await count('campaign_cases')], before);
  });

  it('the statement’s status agrees with the domain’s rule for a case in every state', async () => {
    const link = await t.runtime.db
      .selectFrom('campaign_cases')
      .select('case_id')
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    const setState = (state: string) =>
      t.runtime.db.updateTable('cases').set({ state }).where('id', '=', link.case_id).execute();
    for (const state of CASE_STATES) {
      await setState(state);
      const [row] = await complianceRows(t.runtime.db, {
        campaignId,
        scope: [{ unitId: t.org.units.hcmHomeAffairs!, includeSubtree: false }],
        minimum: 1,
      });
      assert.equal(row!.status, complianceStatus(countsOf([state]), 1), state);
    }
    await setState('submitted');
  });

  it('pages the compliance report and exports it as XLSX', async () => {
    const page = (await officer.get(`/api/campaigns/${campaignId}/compliance?limit=2&offset=2`)).body;
    assert.equal(page.total, 4);
    assert.equal(page.items.length, 2);
    const x = await t.server.inject({
      method: 'GET',
      url: `/api/campaigns/${campaignId}/compliance.xlsx`,
      headers: { cookie: (officer as any).cookies },
    });
    assert.equal(x.statusCode, 200, x.body);
    assert.match(String(x.headers['content-type']), /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tình hình đăng ký')!;
    assert.equal(ws.rowCount, 5, 'a heading and the four units of the scope');
    const codes = ws.getColumn(7).values.slice(2);
    assert.deepEqual([...codes].sort(), ['none', 'none', 'none', 'submitted']);
  });

  it('reminds the heads of units with nothing before the deadline, and escalates after it, each once', async () => {
    // Friday 13 March: five working days before Friday 20 March.
    t.clock.set('2026-03-13T02:00:00Z');
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 3, escalations: 0 });
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 0, escalations: 0 }, 'exactly once');
    await t.runtime.jobs.drain();
    assert.equal((await notices('chutich.hcm', 'campaign_reminder')).length, 1);
    assert.equal((await notices('chutich.benthanh', 'campaign_reminder')).length, 1);
    assert.equal((await notices('giamdoc.snv.hcm', 'campaign_reminder')).length, 0, 'its unit registered');

    // Ben Thanh registers before the deadline: it is no longer escalated.
    const ward = await t.login('chutich.benthanh');
    const r = await ward.post('/api/cases', { plan: demoPlan('Phường số', 'government_building'), campaignId });
    assert.equal(r.status, 201, JSON.stringify(r.body));

    t.clock.set('2026-03-23T02:00:00Z');
    await officer.refresh();
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 0, escalations: 2 });
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 0, escalations: 0 });
    await t.runtime.jobs.drain();
    await t.runtime.jobs.drain();
    assert.equal((await notices('tochuc.snv.hcm', 'campaign_escalation')).length, 2, 'to the campaign’s owner');
    assert.equal((await notices('chutich.hcm', 'campaign_escalation')).length, 2, 'to the head of the unit above');
    const n = (await (await t.login('tochuc.snv.hcm')).get('/api/notifications')).body.items[0];
    assert.match(n.title, /Đăng ký sáng kiến quá hạn/);
    assert.equal(n.link, `/campaigns/${campaignId}`);
  });

  it('closes with a version check; a closed campaign takes no more proposals', async () => {
    await officer.refresh();
    const url = `/api/campaigns/${campaignId}/close`;
    assert.equal(
      (await (await t.login('truongphong.snv.hcm')).post(url, {}, { 'if-match': `"${version}"` })).status,
      403,
    );
    assert.equal((await officer.post(url, {})).status, 428);
    assert.equal((await officer.post(url, {}, { 'if-match': '"99"' })).status, 412);
    const closed = await officer.post(url, {}, { 'if-match': `"${version}"` });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
    assert.equal(closed.body.status, 'closed');
    const late = await (await t.login('truongphong.snv.hcm')).post('/api/cases', {
      plan: demoPlan('Đề xuất muộn', 'economy'),
      campaignId,
    });
    assert.equal(late.status, 422);
    assert.equal(late.body.error.fields[0].code, 'campaign_closed');
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 0, escalations: 0 });
  });
});
