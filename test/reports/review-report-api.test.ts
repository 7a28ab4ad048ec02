import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { caseIn, createDraft, tableCounts } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { download } from '../documents/drive-documents.ts';
import { readDocx, readPdf, words } from '../documents/read-documents.ts';
import { xlsxSheets } from '../protection/parse-documents.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
type Kind = 'six_month' | 'annual';

/**
 * The figures counted the plain way: every row read, the subtree and the period checked in
 * JavaScript, in Vietnamese dates (UTC+7).
 */
async function naive(t: TestApp, unitId: string, kind: Kind, year: number) {
  const q = async (text: string) => (await t.runtime.database.pool.query(text)).rows as any[];
  const units = await q('select id, ancestor_ids from units');
  const inTree = new Set(units.filter((u) => u.ancestor_ids.includes(unitId)).map((u) => u.id));
  const vn = (d: Date | string | null) => (d ? new Date(new Date(d).getTime() + 7 * 3_600_000).toISOString() : '');
  const inPeriod = (d: Date | string | null) => {
    const s = vn(d);
    return s.slice(0, 4) === String(year) && (kind === 'annual' || Number(s.slice(5, 7)) <= 6);
  };
  const cases = (await q('select id, state, proposer_unit_id, submitted_at from cases')).filter(
    (c) => inTree.has(c.proposer_unit_id) && inPeriod(c.submitted_at),
  );
  const byState: Record<string, number> = {};
  for (const c of cases) byState[c.state] = (byState[c.state] ?? 0) + 1;
  const treeCases = new Set(
    (await q('select id, proposer_unit_id from cases')).filter((c) => inTree.has(c.proposer_unit_id)).map((c) => c.id),
  );
  const outcomes: Record<string, number> = {};
  for (const e of await q(`select case_id, payload, occurred_at from case_events where type = 'evaluated'`))
    if (treeCases.has(e.case_id) && inPeriod(e.occurred_at))
      outcomes[e.payload.outcome] = (outcomes[e.payload.outcome] ?? 0) + 1;
  return { submitted: cases.length, byState, outcomes };
}

const asMap = <K extends string>(rows: ({ count: number } & Record<K, string>)[], key: K) =>
  Object.fromEntries(rows.map((r) => [r[key], r.count]));

describe('periodic review reports: sơ kết 6 tháng, tổng kết năm (programme item 4)', () => {
  let t: TestApp;
  let province: string;
  let finance: string;
  let codes: string[];
  let annual: any;

  before(async () => {
    t = await startTestApp();
    province = t.org.units.province!;
    finance = t.org.units.finance!;
    codes = [await caseIn(t, 'evaluated', 'Thí điểm thanh toán phí không dùng tiền mặt')];
    codes.push(await caseIn(t, 'rejected', 'Thí điểm giao ban trực tuyến'));
    codes.push(await caseIn(t, 'submitted', 'Thí điểm số hóa hồ sơ lưu trữ'));
    await caseIn(t, 'draft', 'Bản nháp chưa gửi');
    const commune = await t.login('chutich.tanphu');
    const local = (await createDraft(commune, 'Thí điểm tổ công nghệ số cộng đồng')).code as string;
    await commune.must(local, 'submit');
    // The second half of the year: counted by the annual review, not by the half-year one.
    t.clock.set('2026-08-03T02:00:00Z');
    codes.push(await caseIn(t, 'submitted', 'Thí điểm cấp phép trực tuyến'));
  });
  after(() => t.close());

  for (const [tree, kind] of [
    ['province', 'annual'],
    ['province', 'six_month'],
    ['finance', 'annual'],
    ['finance', 'six_month'],
  ] as const) {
    it(`the ${kind} figures of the ${tree} subtree equal a plain count of the rows`, async () => {
      const unitId = tree === 'province' ? province : finance;
      const officer = await t.login('tochuc.snv');
      const r = await officer.get(`/api/units/${unitId}/review-reports/draft?kind=${kind}&year=2026`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const expected = await naive(t, unitId, kind, 2026);
      assert.equal(r.body.submitted, expected.submitted);
      assert.deepEqual(asMap(r.body.byState, 'state'), expected.byState);
      assert.deepEqual(asMap(r.body.outcomes, 'outcome'), expected.outcomes);
      assert.ok(expected.submitted > 0, 'the test data has something to count');
    });
  }

  it('the subtrees differ: the commune’s proposal is the province’s, not the Finance department’s', async () => {
    const officer = await t.login('tochuc.snv');
    const p = (await officer.get(`/api/units/${province}/review-reports/draft?kind=annual&year=2026`)).body;
    const f = (await officer.get(`/api/units/${finance}/review-reports/draft?kind=annual&year=2026`)).body;
    assert.equal(p.submitted, f.submitted + 1);
    assert.ok(p.initiatives.some((i: any) => i.title === 'Thí điểm tổ công nghệ số cộng đồng'));
    assert.ok(!f.initiatives.some((i: any) => i.title === 'Thí điểm tổ công nghệ số cộng đồng'));
    assert.equal(f.initiatives.find((i: any) => i.code === codes[0]).outcome, 'completed');
  });

  it('the organisation officer issues the annual report: numbered from the register, DOCX, PDF and XLSX that parse', async () => {
    const officer = await t.login('tochuc.snv');
    const r = await officer.post(`/api/units/${province}/review-reports`, { kind: 'annual', year: 2026 });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    annual = r.body;
    assert.equal(annual.citation, '01/BC-SNV');
    assert.equal(annual.reportKind, 'annual');
    const pdf = (await download(t, 'tochuc.snv', `/api/documents/${annual.id}/pdf`)).body;
    assert.equal(sha256(pdf), annual.pdfSha256);
    const text = words((await readPdf(pdf)).flatMap((p) => p.items.map((i) => i.str)).join(' '));
    for (const part of [
      'SỞ NỘI VỤ',
      'Số: 01/BC-SNV',
      'BÁO CÁO',
      'Tổng kết năm 2026',
      'I. KẾT QUẢ THỰC HIỆN',
      'II. DANH SÁCH ĐỀ XUẤT VÀ KẾT QUẢ',
      codes[0]!,
      'Nơi nhận:',
      `mã băm ${annual.figuresSha256}`,
    ])
      assert.ok(text.includes(part), `the PDF says “${part}”`);
    assert.ok(!text.includes('NHIỆM VỤ'), 'no plan tasks section while no feature adds one');
    const docx = await readDocx((await download(t, 'tochuc.snv', `/api/documents/${annual.id}/docx`)).body);
    assert.ok(docx.bodyText.some((p) => p.includes('Số: 01/BC-SNV')));
    const xlsx = await download(t, 'tochuc.snv', `/api/review-reports/${annual.id}/xlsx`);
    assert.equal(xlsx.status, 200);
    const sheets = await xlsxSheets(xlsx.body);
    const figures = sheets.get('Số liệu')!;
    assert.equal(figures.find((row) => row[1] === 'submitted')![2], '5');
    assert.equal(sheets.get('Đề xuất')!.length, 1 + 5);
  });

  it('what was issued never changes: later proposals change the draft, not the issued files; the next number follows', async () => {
    await caseIn(t, 'submitted', 'Thí điểm phản ánh hiện trường');
    const officer = await t.login('tochuc.snv');
    const draft = (await officer.get(`/api/units/${province}/review-reports/draft?kind=annual&year=2026`)).body;
    assert.equal(draft.submitted, 6);
    const sheets = await xlsxSheets((await download(t, 'tochuc.snv', `/api/review-reports/${annual.id}/xlsx`)).body);
    assert.equal(sheets.get('Số liệu')!.find((row) => row[1] === 'submitted')![2], '5');
    const pdf = (await download(t, 'tochuc.snv', `/api/documents/${annual.id}/pdf`)).body;
    assert.equal(sha256(pdf), annual.pdfSha256);
    const next = await officer.post(`/api/units/${province}/review-reports`, { kind: 'annual', year: 2026 });
    assert.equal(next.body.citation, '02/BC-SNV');
    assert.notEqual(next.body.figuresSha256, annual.figuresSha256);
    const list = await officer.get(`/api/units/${province}/review-reports`);
    assert.deepEqual(
      list.body.reports.map((x: any) => x.citation),
      ['02/BC-SNV', '01/BC-SNV'],
    );
  });

  it('the head of a department issues its half-year report from the department’s own register', async () => {
    const head = await t.login('giamdoc.stc');
    const r = await head.post(`/api/units/${finance}/review-reports`, { kind: 'six_month', year: 2026 });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.citation, '01/BC-STC');
    const text = words(
      (await readPdf((await download(t, 'giamdoc.stc', `/api/documents/${r.body.id}/pdf`)).body))
        .flatMap((p) => p.items.map((i) => i.str))
        .join(' '),
    );
    assert.ok(text.includes('Sơ kết 6 tháng đầu năm 2026'), text.slice(0, 400));
  });

  it('refusals write nothing: a proposer, a head outside the unit, a head for the unit above, a bad kind', async () => {
    const documents = async () =>
      (await t.runtime.database.pool.query('select count(*)::int as n from issued_documents')).rows[0].n as number;
    const before = { ...(await tableCounts(t)), documents: await documents() };
    const cases: [string, string, unknown, number, string?][] = [
      ['truongphong.stc', finance, { kind: 'annual', year: 2026 }, 403],
      ['chutich.tanphu', finance, { kind: 'annual', year: 2026 }, 403],
      ['giamdoc.stc', province, { kind: 'annual', year: 2026 }, 403],
      ['tochuc.snv', province, { kind: 'quarter', year: 2026 }, 400, 'kind'],
      ['tochuc.snv', province, { kind: 'annual', year: 1999 }, 400, 'year'],
    ];
    for (const [who, unit, body, status, field] of cases) {
      const c = await t.login(who);
      const r = await c.post(`/api/units/${unit}/review-reports`, body);
      assert.equal(r.status, status, `${who}: ${JSON.stringify(r.body)}`);
      if (field) assert.ok(JSON.stringify(r.body).includes(field), `the error names ${field}`);
    }
    const english = await (await t.login('truongphong.stc', 'en')).post(`/api/units/${finance}/review-reports`, {
      kind: 'annual',
      year: 2026,
    });
    assert.equal(english.body.error.message, 'You are not permitted to do this.');
    assert.deepEqual({ ...(await tableCounts(t)), documents: await documents() }, before);
    const proposer = await t.login('truongphong.stc');
    assert.equal((await proposer.get(`/api/units/${finance}/review-reports`)).status, 403);
    assert.equal((await download(t, 'truongphong.stc', `/api/review-reports/${annual.id}/xlsx`)).status, 404);
    assert.equal((await download(t, 'truongphong.stc', `/api/documents/${annual.id}/pdf`)).status, 404);
    const inspector = await t.login('thanhtra');
    const seen = await inspector.get(`/api/units/${finance}/review-reports`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.canIssue, false);
  });
});
