import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, createDraft } from '../support/fixtures.ts';
import { naiveFigures } from '../../src/app/statistics/naive.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';

const STATES = [
  'draft',
  'submitted',
  'returned_for_completion',
  'under_consideration',
  'vote_passed',
  'vote_failed',
  'rejected',
  'in_implementation',
  'suspended',
  'terminated',
  'awaiting_completion_report',
  'completion_reported',
  'evaluated',
];

/** Every statistics row, summed over shards, zero rows left out: comparable across a rebuild. */
async function statRows(t: TestApp) {
  const db = t.runtime.db;
  const q = async (text: string) => (await sql.raw<Record<string, unknown>>(text).execute(db)).rows;
  return {
    cases: await q(`select case_id, state, domain, entered_at from stat_case_state order by 1`),
    tallies: await q(
      `select unit_id, figure, year, k1, k2, round(sum(seconds)::numeric, 3)::text as s, sum(n)::int as n from stat_tallies
       group by 1,2,3,4,5 having sum(n) <> 0 order by 1,2,3,4,5`,
    ),
    unitYears: await q(
      `select unit_id, year, sum(n)::int as n from stat_unit_years group by 1,2 having sum(n) <> 0 order by 1,2`,
    ),
  };
}

describe('dashboard statistics', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('keeps the precomputed counters equal to a fresh GROUP BY through a series of transitions', async () => {
    for (const state of STATES) {
      await caseIn(t, state, `Thí điểm số hóa hồ sơ ${state}`);
      t.clock.advanceDays(1);
    }
    // Sessions last 12 hours of the test clock: sign in after it has moved.
    // A draft whose domain changes without any change of state.
    const proposer = await t.login('truongphong.stc');
    const draft = await createDraft(proposer, 'Đề xuất đổi lĩnh vực');
    await proposer.must(draft.code, 'update_plan', { plan: demoPlan('Đề xuất đổi lĩnh vực', 'culture') });
    // Forwarding keeps the state but restarts the clock, moving the due date.
    const forwarded = await caseIn(t, 'submitted', 'Đề xuất chuyển cấp trên');
    t.clock.advanceDays(2);
    const head = await t.login('giamdoc.stc');
    await head.must(forwarded, 'forward_to_superior', {
      targetUnitId: t.org.units.ubnd,
      reasons: 'Nội dung vượt thẩm quyền của Sở.',
    });
    // A withdrawal after a return: two transitions out of states already left once.
    const returned = await caseIn(t, 'returned_for_completion', 'Đề xuất rút lại');
    await (await t.login('truongphong.stc')).must(returned, 'withdraw', { reason: 'no_longer_needed' });

    const incremental = await statRows(t);
    await sql`select stat_rebuild()`.execute(t.runtime.db);
    const rebuilt = await statRows(t);
    assert.deepEqual(incremental.cases, rebuilt.cases);
    assert.deepEqual(incremental.tallies, rebuilt.tallies, 'the tallies by year (migration 018) too');
    assert.deepEqual(incremental.unitYears, rebuilt.unitYears, 'their roll-up by year (migration 030) too');
    assert.ok(incremental.unitYears.length > 0);
    const total = incremental.tallies
      .filter((r) => r.unit_id === t.org.units.central && r.figure === 'state')
      .reduce((a, r) => a + Number(r.n), 0);
    const cases = await sql<{ n: number }>`select count(*)::int as n from cases`.execute(t.runtime.db);
    assert.equal(total, cases.rows[0]!.n, 'the national row counts every case once');
  });

  it('answers the dashboard from the counters, equal to the naive computation, overdue included', async () => {
    for (const days of [0, 20]) {
      t.clock.advanceDays(days); // due dates pass without any write
      const admin = await t.login('quantri');
      const today = vietnamDate(t.clock.now());
      for (const unit of ['central', 'province', 'ubnd', 'finance', 'homeAffairs', 'tanPhu']) {
        const unitId = t.org.units[unit]!;
        const r = await admin.get(`/api/statistics/dashboard?unitId=${unitId}`);
        assert.equal(r.status, 200, JSON.stringify(r.body));
        const naive = await naiveFigures(t.runtime.db, { unitId, today });
        assert.deepEqual(r.body.byStateDomain, naive.byStateDomain, unit);
        assert.equal(r.body.overdue, naive.overdue, `${unit} overdue`);
        assert.deepEqual(r.body.timeInState, naive.timeInState, unit);
        assert.equal(r.body.today, today);
      }
    }
    const nation = await (await t.login('quantri')).get(`/api/statistics/dashboard?unitId=${t.org.units.central}`);
    assert.ok(nation.body.overdue > 0, 'some cases are overdue 20 days later');
    assert.equal(
      nation.body.total,
      nation.body.byState.reduce((a: number, s: { count: number }) => a + s.count, 0),
    );
    assert.ok(nation.body.open < nation.body.total);
  });

  it('shows a unit only to its leadership and to those granted it or an ancestor with its subtree', async () => {
    const u = t.org.units;
    const cases: [string, string, number][] = [
      ['quantri', 'central', 200], // administrator over the whole tree
      ['tochuc.snv', 'province', 200], // organisation officer, province subtree
      ['tochuc.snv', 'finance', 200],
      ['tochuc.snv', 'central', 403],
      ['thanhtra', 'finance', 200], // inspector, People's Committee subtree
      ['thanhtra', 'tanPhu', 403],
      ['giamdoc.stc', 'finance', 200], // head of the unit itself
      ['phogiamdoc1.stc', 'finance', 200], // deputy
      ['giamdoc.stc', 'ubnd', 403], // a head sees no further up
      ['giamdoc.stc', 'homeAffairs', 403],
      ['truongphong.stc', 'finance', 403], // a proposer holds no statistics grant
      ['dangu.ducq', 'agenciesParty', 403], // nor does a Party liaison
    ];
    for (const [username, unit, status] of cases) {
      const client = await t.login(username, 'en');
      const r = await client.get(`/api/statistics/dashboard?unitId=${u[unit]}`);
      assert.equal(r.status, status, `${username} on ${unit}: ${JSON.stringify(r.body)}`);
      if (status === 403) {
        assert.equal(r.body.error.code, 'not_permitted');
        assert.equal(typeof r.body.error.message, 'string');
        assert.deepEqual(r.body.error.fields, []);
      }
    }
    const admin = await t.login('quantri');
    const missing = await admin.get('/api/statistics/dashboard?unitId=00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'unit_not_found');
    assert.equal((await admin.get('/api/statistics/dashboard?unitId=abc')).status, 400);
    assert.equal((await admin.get('/api/statistics/dashboard')).status, 400);
    assert.equal((await t.anonymous().get(`/api/statistics/dashboard?unitId=${u.central}`)).status, 401);
  });
});
