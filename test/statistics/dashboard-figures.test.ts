import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { naiveFigures } from '../../src/app/statistics/naive.ts';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { cleanFacts, decisionBody, evaluatedCase, onDetermination, protectionOf } from '../protection/drive.ts';

/**
 * Issue 14 item 3: the dashboard's figures by unit below, outcome, protection and reward form,
 * for a year or all years, are the precomputed tallies and equal a naive GROUP BY for every subtree.
 */
const UNITS = ['central', 'province', 'ubnd', 'finance', 'homeAffairs', 'tanPhu'];

const revocation = {
  ground: 'selfInterest',
  findingReference: 'Kết luận thanh tra số 07/KL-TTr ngày 02/03/2026',
  findingDate: '2026-03-02',
  reasons: 'Kết luận thanh tra xác định cán bộ nhận lợi ích từ nhà thầu trong quá trình thí điểm.',
  decisionNumber: '60/QĐ-STC',
  decisionDate: '2026-03-02',
};

const rewardDecision = {
  decision: 'granted',
  issuingAuthority: 'Ủy ban nhân dân tỉnh An Khang',
  signer: { name: 'Trần Văn Chủ', title: 'Chủ tịch' },
  decisionNumber: '215/QĐ-UBND',
  decisionDate: '2026-03-02',
  legalBasis: 'Luật Thi đua, khen thưởng 2022; Điều 10 khoản 1 điểm a Nghị định 73/2023/NĐ-CP',
};

async function decideProtection(t: TestApp, code: string, result: string, reasons?: string) {
  const head = await t.login('giamdoc.stc');
  let pc = await protectionOf(head, code);
  const facts = await onDetermination(
    head,
    pc,
    pc.determinations[0],
    'facts',
    cleanFacts({ damage: { caused: false } }),
  );
  assert.equal(facts.status, 200, JSON.stringify(facts.body));
  pc = facts.body;
  const decided = await onDetermination(head, pc, pc.determinations[0], 'decision', decisionBody(result, reasons));
  assert.equal(decided.status, 200, JSON.stringify(decided.body));
  return { head, pc: decided.body };
}

describe('dashboard figures by year: units below, outcomes, protections, rewards', () => {
  let t: TestApp;
  let firstYear: number;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('counts what the cases, protections and rewards hold, for every subtree and year', async () => {
    firstYear = Number(vietnamDate(t.clock.now()).slice(0, 4));
    const completed = await evaluatedCase(t, { outcome: 'completed', title: 'Số hóa hồ sơ thuế' });
    const officer = await t.login('tochuc.snv');
    const proposerId = t.org.people['truongphong.stc'];
    const reward = await officer.post(`/api/cases/${completed.code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: proposerId,
      form: 'early_salary_step',
      months: 12,
      justification: 'Đề xuất hoàn thành, giảm 40% thời gian giải quyết hồ sơ.',
    });
    assert.equal(reward.status, 201, JSON.stringify(reward.body));
    const unitReward = await officer.post(`/api/cases/${completed.code}/rewards`, {
      beneficiaryKind: 'unit',
      unitId: t.org.units.finance,
      form: 'public_commendation',
      justification: 'Tập thể Sở triển khai hiệu quả.',
    });
    assert.equal(unitReward.status, 201, JSON.stringify(unitReward.body));
    const granted = await officer.post(`/api/reward-proposals/${reward.body.id}/decision`, rewardDecision, {
      'if-match': '"1"',
    });
    assert.equal(granted.status, 200, JSON.stringify(granted.body));

    const partly = await evaluatedCase(t, { outcome: 'partly_completed', title: 'Thí điểm một cửa' });
    const { head, pc } = await decideProtection(t, partly.code, 'liability_excluded');
    const revoked = await onDetermination(head, pc, pc.determinations[0], 'revocation', revocation);
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    const kept = await evaluatedCase(t, { outcome: 'not_completed', title: 'Thí điểm kho dữ liệu' });
    await decideProtection(t, kept.code, 'liability_excluded');

    await caseIn(t, 'submitted', 'Đề xuất năm trước còn chờ');
    // A year later: new proposals, and the old ones' time limits pass.
    t.clock.advanceDays(370);
    await caseIn(t, 'under_consideration', 'Đề xuất năm sau');
    await caseIn(t, 'draft', 'Bản nháp năm sau');

    const admin = await t.login('quantri');
    const today = vietnamDate(t.clock.now());
    for (const unit of UNITS) {
      const unitId = t.org.units[unit]!;
      for (const year of [undefined, firstYear, firstYear + 1]) {
        const r = await admin.get(`/api/statistics/dashboard?unitId=${unitId}${year ? `&year=${year}` : ''}`);
        assert.equal(r.status, 200, JSON.stringify(r.body));
        const naive = await naiveFigures(t.runtime.db, { unitId, today, year });
        const label = `${unit} ${year ?? 'all years'}`;
        for (const k of ['byStateDomain', 'overdue', 'timeInState', 'byUnit', 'outcomes', 'protections', 'rewards'])
          assert.deepEqual(r.body[k], naive[k as keyof typeof naive], `${label}: ${k}`);
        assert.equal(r.body.year, year ?? null);
      }
    }

    const finance = (await admin.get(`/api/statistics/dashboard?unitId=${t.org.units.finance}&year=${firstYear}`)).body;
    assert.deepEqual(
      finance.outcomes.map((o: { outcome: string; count: number }) => [o.outcome, o.count]),
      [
        ['completed', 1],
        ['not_completed', 1],
        ['partly_completed', 1],
      ],
    );
    assert.deepEqual(
      finance.protections.map((p: { status: string }) => p.status),
      ['granted', 'revoked'],
    );
    assert.deepEqual(
      finance.rewards.map((r: { form: string; status: string }) => `${r.form}:${r.status}`),
      ['early_salary_step:granted', 'public_commendation:proposed'],
    );
    const nation = (await admin.get(`/api/statistics/dashboard?unitId=${t.org.units.central}`)).body;
    assert.deepEqual(nation.years, [firstYear + 1, firstYear]);
    assert.ok(nation.overdue > 0, 'some time limits passed during the year');
    assert.equal(
      nation.byUnit.reduce((a: number, u: { count: number }) => a + u.count, 0),
      nation.total,
      'every case lies under one unit directly below the nation',
    );
    const later = (await admin.get(`/api/statistics/dashboard?unitId=${t.org.units.central}&year=${firstYear + 1}`))
      .body;
    assert.equal(later.total, 2);
    assert.deepEqual(later.outcomes, []);
  });

  it('rebuilds the tallies it kept incrementally', async () => {
    const q = sql<Record<string, unknown>>`
      select unit_id, figure, year, k1, k2, round(sum(seconds)::numeric, 3)::text as s, sum(n)::int as n
      from stat_tallies group by 1,2,3,4,5 having sum(n) <> 0 order by 1,2,3,4,5`;
    const incremental = (await q.execute(t.runtime.db)).rows;
    await sql`select stat_rebuild()`.execute(t.runtime.db);
    assert.deepEqual((await q.execute(t.runtime.db)).rows, incremental);
    assert.ok(incremental.some((r) => r.figure === 'protection' && r.k1 === 'revoked'));
  });

  it('opens, for every number, the case list it counts (same filters, same pagination)', async () => {
    // The organisation officer of the province (subtree): sees the statistics and the cases of it.
    const admin = await t.login('tochuc.snv');
    /** Every page of the list, 2 at a time so that the cursor is followed. */
    const listed = async (query: string) => {
      const codes: string[] = [];
      let cursor = '';
      for (;;) {
        const r = await admin.get(`/api/cases?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(r.status, 200, JSON.stringify(r.body));
        codes.push(...r.body.items.map((i: { code: string }) => i.code));
        if (!r.body.nextCursor) return codes;
        cursor = r.body.nextCursor;
      }
    };
    // (A draft is counted but listed only to its proposer: the years chosen here hold none.)
    for (const [unit, year] of [
      ['province', firstYear],
      ['finance', firstYear],
      ['homeAffairs', undefined],
    ] as const) {
      const unitId = t.org.units[unit]!;
      const scope = `proposerUnitId=${unitId}${year ? `&year=${year}` : ''}`;
      const d = (await admin.get(`/api/statistics/dashboard?unitId=${unitId}${year ? `&year=${year}` : ''}`)).body;
      assert.equal((await listed(scope)).length, d.total, `${unit} ${year}: total`);
      for (const s of d.byState) assert.equal((await listed(`${scope}&state=${s.state}`)).length, s.count, s.state);
      for (const s of d.byDomain) assert.equal((await listed(`${scope}&domain=${s.domain}`)).length, s.count, s.domain);
      for (const u of d.byUnit)
        assert.equal(
          (await listed(`proposerUnitId=${u.unitId}${year ? `&year=${year}` : ''}`)).length,
          u.count,
          u.name,
        );
      assert.equal((await listed(`${scope}&overdue=true`)).length, d.overdue, 'overdue');
      for (const o of d.outcomes) assert.equal((await listed(`${scope}&outcome=${o.outcome}`)).length, o.count);
      for (const p of d.protections) assert.equal((await listed(`${scope}&protection=${p.status}`)).length, p.count);
      for (const r of d.rewards) assert.equal((await listed(`${scope}&rewardForm=${r.form}`)).length, r.count);
    }
    assert.deepEqual(await listed(`proposerUnitId=${t.org.units.finance}&year=${firstYear}&q=năm sau`), []);
    assert.equal((await admin.get('/api/cases?year=0000')).status, 400);
    assert.equal((await admin.get('/api/cases?outcome=great')).status, 400);
  });

  it('refuses a malformed year', async () => {
    const admin = await t.login('quantri');
    const r = await admin.get(`/api/statistics/dashboard?unitId=${t.org.units.central}&year=26`);
    assert.equal(r.status, 400);
  });
});
