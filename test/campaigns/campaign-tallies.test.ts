import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * Migration 030: the registered cases of each (campaign, unit) counted by state, kept by triggers
 * with every link and change of state. After a series of writes they must equal a count over the
 * cases themselves and a rebuild, and compliance read from them must equal its list.
 */
describe('campaign tallies (migration 030)', () => {
  let t: TestApp;
  let officer: TestClient;
  let proposer: TestClient;
  const campaigns: string[] = [];

  const query = async (text: string) => (await t.runtime.database.pool.query(text)).rows;
  const tallies = () =>
    query(`select campaign_id, unit_id, state, sum(n)::int as n from campaign_tallies
            group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3`);
  const naive = () =>
    query(`select cc.campaign_id, cc.unit_id, c.state, count(*)::int as n
             from campaign_cases cc join cases c on c.id = cc.case_id group by 1, 2, 3 order by 1, 2, 3`);

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    officer = await t.login('tochuc.snv.hcm');
    proposer = await t.login('truongphong.snv.hcm');
    for (const [title, scope] of [
      ['Đăng ký sáng kiến năm 2026 (đếm sẵn)', [{ unitId: t.org.units.hcmUbnd, includeSubtree: true }]],
      ['Đăng ký sáng kiến chuyển đổi số 2026', [{ unitId: t.org.units.hcmHomeAffairs, includeSubtree: false }]],
    ] as const) {
      const r = await officer.post('/api/campaigns', {
        year: 2026,
        title,
        ownerUnitId: t.org.units.hcm,
        scope,
        deadline: '2026-03-20',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      campaigns.push(r.body.id);
    }
  });
  after(() => t.close());

  const propose = async (campaignId: string, title: string) => {
    const made = await proposer.post('/api/cases', { plan: demoPlan(title, 'government_building'), campaignId });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return made.body.code as string;
  };

  it('equal the cases counted by state after links, submissions and a withdrawal', async () => {
    const kept = await propose(campaigns[0]!, 'Số hóa hồ sơ lưu trữ');
    const submitted = await propose(campaigns[0]!, 'Một cửa liên thông điện tử');
    const withdrawn = await propose(campaigns[1]!, 'Chữ ký số cho cán bộ');
    const other = await propose(campaigns[1]!, 'Họp không giấy');
    await proposer.must(submitted, 'submit');
    await proposer.must(other, 'submit');
    await proposer.must(withdrawn, 'withdraw', { reason: 'other', note: 'Rút đề xuất để chuẩn bị lại kế hoạch.' });
    assert.ok(kept);
    const expected = await naive();
    assert.equal(
      expected.reduce((a, r) => a + r.n, 0),
      4,
    );
    assert.deepEqual(await tallies(), expected);
    await query('select campaign_rebuild_tallies()');
    assert.deepEqual(await tallies(), expected, 'a rebuild gives the same rows');
  });

  it('follow a link moved to another unit or campaign, and a link removed', async () => {
    await query(`update campaign_cases set unit_id = '${t.org.units.hcmUbnd}'
                  where case_id = (select case_id from campaign_cases order by linked_at limit 1)`);
    await query(`update campaign_cases set campaign_id = '${campaigns[0]}'
                  where case_id = (select case_id from campaign_cases where campaign_id = '${campaigns[1]}' limit 1)`);
    assert.deepEqual(await tallies(), await naive());
    await query('delete from campaign_cases where case_id = (select case_id from campaign_cases limit 1)');
    assert.deepEqual(await tallies(), await naive());
  });

  it("gives each campaign's dashboard summary as its own list does, several campaigns in one statement", async () => {
    for (const unitId of [t.org.units.hcm!, t.org.units.hcmHomeAffairs!]) {
      const d = await officer.get(`/api/statistics/dashboard?unitId=${unitId}&year=2026`);
      assert.equal(d.status, 200, JSON.stringify(d.body));
      for (const id of campaigns) {
        const mine = d.body.compliance.find((c: { campaignId: string }) => c.campaignId === id);
        assert.ok(mine, `campaign ${id} reaches ${unitId}`);
        const list = await officer.get(`/api/campaigns/${id}/compliance?unitId=${unitId}&limit=500`);
        assert.equal(list.status, 200, JSON.stringify(list.body));
        assert.deepEqual(mine.summary, list.body.summary);
        const counted = { none: 0, registered: 0, submitted: 0, approved: 0 } as Record<string, number>;
        for (const row of list.body.items) counted[row.status] = (counted[row.status] ?? 0) + 1;
        assert.deepEqual(mine.summary, counted);
      }
    }
  });
});
