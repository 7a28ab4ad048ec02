import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { complianceStatus, countsOf, levelOfCase } from '../../src/domain/campaigns/campaign-rules.ts';
import { CASE_STATES, type CaseState } from '../../src/domain/case/states.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * Migration 031 (issue 14: a national dashboard's compliance without grouping 50,000 units per
 * request): every scope unit's status and the counts by status for every unit above it are kept
 * by triggers. After links, changes of state, a new minimum, a new scope, and units created,
 * moved and closed, the kept rows must equal what the domain computes from the cases themselves.
 */
describe('registration compliance kept by area (migration 031)', () => {
  let t: TestApp;
  let officer: TestClient;
  let proposer: TestClient;
  const campaigns: string[] = [];
  const query = async <R = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    (await t.runtime.database.pool.query(text, values)).rows as R[];

  /** The whole of both tables, as the domain computes them from the scope, the units and the cases. */
  async function expected() {
    const units = await query<{ id: string; ancestor_ids: string[]; active: boolean }>(
      'select id, ancestor_ids, active from units',
    );
    const regs = await query<{ campaign_id: string; unit_id: string; state: CaseState; minimum: number }>(
      `select cc.campaign_id, cc.unit_id, c.state from campaign_cases cc join cases c on c.id = cc.case_id`,
    );
    const camps = await query<{ id: string; scope: { unitId: string; includeSubtree: boolean }[]; minimum: number }>(
      'select id, scope, minimum_per_unit as minimum from registration_campaigns',
    );
    const unitRows: string[] = [];
    const areaCounts = new Map<string, number>();
    for (const c of camps) {
      const direct = new Set(c.scope.map((s) => s.unitId));
      const subtrees = c.scope.filter((s) => s.includeSubtree).map((s) => s.unitId);
      for (const u of units) {
        if (!u.active || !(direct.has(u.id) || u.ancestor_ids.some((a) => subtrees.includes(a)))) continue;
        const states = regs.filter((r) => r.campaign_id === c.id && r.unit_id === u.id).map((r) => r.state);
        const status = complianceStatus(countsOf(states), c.minimum);
        unitRows.push(`${c.id} ${u.id} ${status}`);
        for (const a of u.ancestor_ids) {
          const key = `${c.id} ${a} ${status}`;
          areaCounts.set(key, (areaCounts.get(key) ?? 0) + 1);
        }
      }
    }
    return {
      units: unitRows.sort(),
      areas: [...areaCounts].map(([k, n]) => `${k} ${n}`).sort(),
    };
  }
  async function kept() {
    const units = await query<{ r: string }>(
      `select campaign_id || ' ' || unit_id || ' ' || status as r from campaign_unit_status`,
    );
    const areas = await query<{ r: string }>(
      `select campaign_id || ' ' || area_id || ' ' || status || ' ' || n as r from campaign_area_status where n <> 0`,
    );
    return { units: units.map((x) => x.r).sort(), areas: areas.map((x) => x.r).sort() };
  }
  const agree = async (what: string) => assert.deepEqual(await kept(), await expected(), what);

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    officer = await t.login('tochuc.snv.hcm');
    proposer = await t.login('truongphong.snv.hcm');
    for (const [title, scope] of [
      ['Đăng ký sáng kiến năm 2026 (theo địa bàn)', [{ unitId: t.org.units.hcmUbnd, includeSubtree: true }]],
      ['Đăng ký sáng kiến của Sở Nội vụ', [{ unitId: t.org.units.hcmHomeAffairs, includeSubtree: false }]],
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

  it('writes the level of every state as the domain does', async () => {
    for (const state of CASE_STATES) {
      const [row] = await query<{ level: string }>('select compliance_level($1) as level', [state]);
      assert.equal(row!.level, levelOfCase(state), state);
    }
  });

  it('starts with every unit of a new campaign at none', async () => {
    const [row] = await query<{ n: number }>(
      `select count(*)::int as n from campaign_unit_status where campaign_id = $1 and status <> 'none'`,
      [campaigns[0]],
    );
    assert.equal(row!.n, 0);
    await agree('after the campaigns opened');
  });

  it('follows registrations, submissions, withdrawals and an approved case', async () => {
    const a = await (
      await proposer.post('/api/cases', {
        plan: demoPlan('Số hóa hồ sơ', 'government_building'),
        campaignId: campaigns[0],
      })
    ).body.code;
    const b = await (
      await proposer.post('/api/cases', {
        plan: demoPlan('Họp không giấy', 'government_building'),
        campaignId: campaigns[1],
      })
    ).body.code;
    await agree('after two registrations');
    await proposer.must(a, 'submit');
    await agree('after a submission');
    await proposer.must(b, 'withdraw', { reason: 'other', note: 'Rút để chuẩn bị lại kế hoạch chi tiết hơn.' });
    await agree('after a withdrawal');
    // A case already approved, linked by hand to the first campaign's unit of Home Affairs.
    const code = await caseIn(t, 'in_implementation', 'Thí điểm đã phê duyệt');
    await query(
      `insert into campaign_cases (case_id, campaign_id, unit_id, linked_at)
       select id, $1, $2, now() from cases where code = $3`,
      [campaigns[0], t.org.units.hcmHomeAffairs, code],
    );
    await agree('after an approved case was linked');
    const [status] = await query<{ status: string }>(
      'select status from campaign_unit_status where campaign_id = $1 and unit_id = $2',
      [campaigns[0], t.org.units.hcmHomeAffairs],
    );
    assert.equal(status!.status, 'approved');
  });

  it('follows a new minimum and a new scope', async () => {
    await query('update registration_campaigns set minimum_per_unit = 2 where id = $1', [campaigns[0]]);
    await agree('after the minimum rose to 2');
    await query(`update registration_campaigns set scope = $2::jsonb where id = $1`, [
      campaigns[1],
      JSON.stringify([
        { unitId: t.org.units.hcmHomeAffairs, includeSubtree: true },
        { unitId: t.org.units.hcmScience, includeSubtree: false },
      ]),
    ]);
    await agree('after the scope grew');
  });

  it('follows units created, moved and closed', async () => {
    const [parent] = await query<{ ancestor_ids: string[] }>('select ancestor_ids from units where id = $1', [
      t.org.units.hcmHomeAffairs,
    ]);
    const id = randomUUID();
    await query(
      `insert into units (id, code, name, type_code, parent_id, ancestor_ids) values ($1, 'HCM-SNV-P1', 'Phòng Cải cách hành chính', 'department', $2, $3)`,
      [id, t.org.units.hcmHomeAffairs, [...parent!.ancestor_ids, id]],
    );
    await agree('after a unit was created under a scoped unit');
    const [science] = await query<{ ancestor_ids: string[] }>('select ancestor_ids from units where id = $1', [
      t.org.units.hcmScience,
    ]);
    await query('update units set parent_id = $2, ancestor_ids = $3 where id = $1', [
      id,
      t.org.units.hcmScience,
      [...science!.ancestor_ids, id],
    ]);
    await agree('after the unit moved to another department');
    await query('update units set active = false where id = $1', [t.org.units.hcmHomeAffairs]);
    await agree('after a unit was closed');
    await query('update units set active = true where id = $1', [t.org.units.hcmHomeAffairs]);
    await agree('after it opened again');
  });

  it('gives the dashboard the same summary as the list of units', async () => {
    for (const unitId of [t.org.units.hcm!, t.org.units.hcmUbnd!, t.org.units.hcmHomeAffairs!]) {
      const d = await officer.get(`/api/statistics/dashboard?unitId=${unitId}&year=2026`);
      assert.equal(d.status, 200, JSON.stringify(d.body));
      for (const c of d.body.compliance as { campaignId: string; summary: Record<string, number> }[]) {
        const list = await officer.get(`/api/campaigns/${c.campaignId}/compliance?unitId=${unitId}&limit=500`);
        assert.equal(list.status, 200, JSON.stringify(list.body));
        const counted = { none: 0, registered: 0, submitted: 0, approved: 0 } as Record<string, number>;
        for (const row of list.body.items) counted[row.status] = (counted[row.status] ?? 0) + 1;
        assert.deepEqual(c.summary, counted, `${c.campaignId} within ${unitId}`);
      }
    }
  });

  it('rebuilds to the same rows', async () => {
    const before = await kept();
    await query('select stat_rebuild()');
    assert.deepEqual(await kept(), before);
  });
});
