import { SECURITY_EVENT_KINDS } from '../../src/contract/access-log.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { evaluatedCase } from '../protection/drive.ts';
import { download } from '../documents/drive-documents.ts';
import { xlsxSheets } from '../protection/parse-documents.ts';
import { readPdf, words } from '../documents/read-documents.ts';

describe('the annual summary for cadre evaluation: breakthrough results first (programme item 7, Plan 124-KH/TU)', () => {
  let t: TestApp;
  let official: string;
  let inImplementation: string;
  let partly: string;
  let completed: string;
  let rejected: string;
  let submitted: string;

  const logged = async (personId: string, kind: string) =>
    (
      await t.runtime.database.pool.query(
        'select count(*)::int as n from access_log where subject_person_id = $1 and kind = $2',
        [personId, kind],
      )
    ).rows[0].n as number;

  before(async () => {
    t = await startTestApp();
    official = t.org.people['truongphong.stc']!;
    // Made in an order the summary must not keep: the best result is made last.
    inImplementation = await caseIn(t, 'in_implementation', 'Thí điểm hóa đơn điện tử');
    rejected = await caseIn(t, 'rejected', 'Thí điểm giao ban trực tuyến');
    partly = (await evaluatedCase(t, { outcome: 'partly_completed', title: 'Thí điểm kho bạc số' })).code;
    submitted = await caseIn(t, 'submitted', 'Thí điểm số hóa lưu trữ');
    completed = await caseIn(t, 'evaluated', 'Thí điểm thanh toán không dùng tiền mặt');
  });
  after(() => t.close());

  it('lists the initiatives decided for implementation first, best result first, then the rest', async () => {
    const officer = await t.login('tochuc.snv');
    const r = await officer.get(`/api/people/${official}/record/annual?year=2026`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.breakthroughs.map((b: any) => [b.code, b.outcome]),
      [
        [completed, 'completed'],
        [partly, 'partly_completed'],
        [inImplementation, null],
      ],
    );
    assert.deepEqual(r.body.others.map((o: any) => o.code).sort(), [rejected, submitted].sort());
    assert.equal(r.body.breakthroughs[1].protection !== undefined, true);
  });

  it('the record’s documents put the breakthroughs before the other proposals', async () => {
    const r = await download(t, 'tochuc.snv', `/api/people/${official}/record.pdf?year=2026`);
    assert.equal(r.status, 200);
    const text = words((await readPdf(r.body)).flatMap((p) => p.items.map((i) => i.str)).join(' '));
    const at = (s: string) => text.indexOf(s);
    assert.ok(at('II. KẾT QUẢ ĐỘT PHÁ') > 0 && at('III. CÁC ĐỀ XUẤT KHÁC') > at('II. KẾT QUẢ ĐỘT PHÁ'));
    assert.ok(at(completed) > at('II. KẾT QUẢ ĐỘT PHÁ') && at(completed) < at(partly));
    assert.ok(at(partly) < at(inImplementation) && at(inImplementation) < at('III. CÁC ĐỀ XUẤT KHÁC'));
    assert.ok(at(rejected) > at('III. CÁC ĐỀ XUẤT KHÁC'));
  });

  it('exports a person’s year as XLSX, logged as an export of their record; the official’s own reads are not logged', async () => {
    const before = await logged(official, 'record_export');
    const r = await download(t, 'tochuc.snv', `/api/people/${official}/record/annual.xlsx?year=2026`);
    assert.equal(r.status, 200);
    const sheets = await xlsxSheets(r.body);
    assert.deepEqual(
      sheets
        .get('Kết quả đột phá')!
        .slice(1)
        .map((row) => row[2]),
      [completed, partly, inImplementation],
    );
    assert.equal(await logged(official, 'record_export'), before + 1);
    const reads = await logged(official, 'record_read');
    const self = await t.login('truongphong.stc');
    assert.equal((await self.get(`/api/people/${official}/record/annual?year=2026`)).status, 200);
    assert.equal(await logged(official, 'record_read'), reads);
  });

  it('exports a unit’s officials, one row each, each export logged; others are refused and nothing is logged', async () => {
    const people = (
      await t.runtime.database.pool.query('select id, full_name from people where unit_id = $1 and active', [
        t.org.units.finance,
      ])
    ).rows as { id: string; full_name: string }[];
    const counts = await Promise.all(people.map((p) => logged(p.id, 'record_export')));
    const r = await download(t, 'tochuc.snv', `/api/units/${t.org.units.finance}/annual-summaries.xlsx?year=2026`);
    assert.equal(r.status, 200);
    const rows = (await xlsxSheets(r.body)).get('Tổng hợp 2026')!.slice(1);
    assert.deepEqual(rows.map((row) => row[0]).sort(), people.map((p) => p.full_name).sort());
    const name = people.find((p) => p.id === official)!.full_name;
    assert.equal(rows.find((row) => row[0] === name)![3], '3', 'the proposer’s row counts their three breakthroughs');
    for (const [i, p] of people.entries()) assert.equal(await logged(p.id, 'record_export'), counts[i]! + 1);

    // Reads and exports only: signing in to try is itself a security event of the same log.
    const total = async () =>
      (
        await t.runtime.database.pool.query('select count(*)::int as n from access_log where kind <> all($1::text[])', [
          [...SECURITY_EVENT_KINDS],
        ])
      ).rows[0].n as number;
    const before = await total();
    for (const who of ['truongphong.stc', 'giamdoc.stc', 'thanhtra'])
      assert.equal(
        (await download(t, who, `/api/units/${t.org.units.finance}/annual-summaries.xlsx?year=2026`)).status,
        403,
        who,
      );
    assert.equal(
      (await download(t, 'giamdoc.snv', `/api/people/${official}/record/annual.xlsx?year=2026`)).status,
      404,
    );
    const bad = await (await t.login('tochuc.snv')).get(`/api/people/${official}/record/annual?year=26`);
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /year/);
    assert.equal(await total(), before);
  });
});
