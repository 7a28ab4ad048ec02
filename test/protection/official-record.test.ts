import { demoPlan } from '../../src/demo/demo-plan.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import {
  cleanFacts,
  decisionBody,
  determinationOf,
  evaluatedCase,
  onDetermination,
  protectionOf,
  verifyChain,
} from './drive.ts';
import { pdfText, xlsxSheets } from './parse-documents.ts';

/** Downloads a binary export through the real server, signed in as `username` (TestClient reads bodies as text). */
async function download(t: TestApp, username: string, url: string) {
  const login = await t.server.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const r = await t.server.inject({ method: 'GET', url, headers: { cookie } });
  return { status: r.statusCode, headers: r.headers, body: r.rawPayload };
}

describe('each official’s record', () => {
  let t: TestApp;
  let completed: string;
  let overridden: string;
  let haId: string;
  before(async () => {
    t = await startTestApp();
    haId = t.org.people['truongphong.stc']!;
    completed = (
      await evaluatedCase(t, {
        title: 'Thí điểm số hóa hồ sơ thuế',
        outcome: 'completed',
        implementers: ['chuyenvien.stc'],
      })
    ).code;
    overridden = (
      await evaluatedCase(t, {
        title: 'Thí điểm thanh toán không dùng tiền mặt',
        outcome: 'partly_completed',
        damage: { occurred: true },
        override: true,
      })
    ).code;

    const officer = await t.login('tochuc.snv');
    const reward = await officer.post(`/api/cases/${completed}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: haId,
      form: 'public_commendation',
      justification: 'Đề xuất hoàn thành tốt.',
    });
    assert.equal(reward.status, 201, JSON.stringify(reward.body));
    const granted = await officer.post(
      `/api/reward-proposals/${reward.body.id}/decision`,
      {
        decision: 'granted',
        issuingAuthority: 'Sở Tài chính',
        signer: { name: 'Phạm Minh Đức', title: 'Giám đốc' },
        decisionNumber: '77/QĐ-STC',
        decisionDate: '2026-03-02',
        legalBasis: 'Điều 10 khoản 1 điểm a Nghị định 73/2023/NĐ-CP',
      },
      { 'if-match': '"1"' },
    );
    assert.equal(granted.status, 200, JSON.stringify(granted.body));

    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, overridden);
    pc = (await onDetermination(head, pc, determinationOf(pc, haId), 'facts', cleanFacts())).body;
    const decided = await onDetermination(
      head,
      pc,
      determinationOf(pc, haId),
      'decision',
      decisionBody('considered_for_exemption_or_mitigation'),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
  });
  after(() => t.close());

  it('shows an official their own proposals, roles, outcomes, protection and rewards', async () => {
    const ha = await t.login('truongphong.stc');
    const r = await ha.get(`/api/people/${haId}/record`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.person.fullName, 'Đặng Thu Hà');
    assert.deepEqual(
      r.body.proposals.map((p: any) => [p.code, p.roles, p.evaluation.outcome, p.decision.kind]),
      [
        [completed, ['proposer'], 'completed', 'approved'],
        [overridden, ['proposer'], 'partly_completed', 'override'],
      ],
    );
    assert.deepEqual(
      r.body.protections.map((p: any) => [p.caseCode, p.status, p.decidedResult]),
      [[overridden, 'decided', 'considered_for_exemption_or_mitigation']],
    );
    assert.deepEqual(
      r.body.rewards.map((w: any) => [w.caseCode, w.form, w.status, w.decision.decisionNumber]),
      [[completed, 'public_commendation', 'granted', '77/QĐ-STC']],
    );
    assert.equal(r.body.summary.proposals.evaluated.completed, 1);
    assert.equal(r.body.summary.rewards.granted, 1);
    assert.match(r.body.summary.text.vi, /^Đồng chí Đặng Thu Hà, Trưởng phòng, Sở Tài chính/);

    const summary = await ha.get(`/api/people/${haId}/record/summary?year=2026`);
    assert.equal(summary.body.year, 2026);
    assert.equal(summary.body.proposals.total, 2);
    assert.equal(
      (await ha.get(`/api/people/${haId}/record/summary?year=2025`)).body.proposals.total,
      0,
      'the annual summary keeps to its year',
    );

    const implementer = await (await t.login('chuyenvien.stc')).get(
      `/api/people/${t.org.people['chuyenvien.stc']}/record`,
    );
    assert.deepEqual(
      implementer.body.proposals.map((p: any) => p.roles),
      [['implementer']],
    );
  });

  it('lists the overrides a head signed, with how they turned out', async () => {
    const head = await t.login('giamdoc.stc');
    const r = await head.get(`/api/people/${t.org.people['giamdoc.stc']}/record`);
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.overridesSigned.map((o: any) => [o.caseCode, o.decisionNumber, o.evaluationOutcome]),
      [[overridden, '123/QĐ-STC', 'partly_completed']],
    );
    assert.deepEqual(
      r.body.protections.map((p: any) => [p.role, p.status]),
      [['override_signer', 'pending']],
    );
    assert.equal(r.body.summary.overridesSigned, 1);
  });

  it('hides a record from colleagues and heads, and shows it to the organisation officer in scope', async () => {
    for (const username of ['chuyenvien.stc', 'giamdoc.stc', 'thanhtra', 'quantri']) {
      const other = await t.login(username);
      const r = await other.get(`/api/people/${haId}/record`);
      assert.equal(r.status, 404, `${username} must not read it`);
      assert.equal(r.body.error.code, 'person_not_found');
      assert.equal((await download(t, username, `/api/people/${haId}/record.pdf`)).status, 404);
    }
    const officer = await t.login('tochuc.snv');
    assert.equal((await officer.get(`/api/people/${haId}/record`)).status, 200);
  });

  it('exports the record as a PDF with Vietnamese text in an embedded font', async () => {
    const r = await download(t, 'tochuc.snv', `/api/people/${haId}/record.pdf`);
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'application/pdf');
    assert.match(
      String(r.headers['content-disposition']),
      /^attachment; filename="ho-so-doi-moi-dang-thu-ha\.pdf"; filename\*=UTF-8''/,
    );
    const raw = r.body.toString('latin1');
    assert.match(raw, /\/FontFile2/, 'the TrueType font is embedded');
    assert.match(raw, /LiberationSerif/);
    const { text } = await pdfText(r.body);
    for (const expected of [
      'HỒ SƠ KẾT QUẢ ĐỔI MỚI, SÁNG TẠO CỦA CÁN BỘ',
      'Đặng Thu Hà',
      'Sở Tài chính',
      completed,
      'Được xem xét loại trừ, miễn hoặc giảm nhẹ',
      '77/QĐ-STC',
    ]) {
      assert.ok(text.includes(expected), `the PDF says “${expected}”:\n${text}`);
    }
  });

  it('exports the record as a workbook whose cells read back', async () => {
    const r = await download(t, 'truongphong.stc', `/api/people/${haId}/record.xlsx?year=2026`);
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /spreadsheetml/);
    const sheets = await xlsxSheets(r.body);
    assert.deepEqual([...sheets.keys()], ['Tổng hợp', 'Đề xuất', 'Bảo vệ', 'Khen thưởng', 'Quyết định người đứng đầu']);
    const summary = new Map(sheets.get('Tổng hợp')!.map(([k, v]) => [k, v]));
    assert.equal(summary.get('Họ và tên'), 'Đặng Thu Hà');
    assert.equal(summary.get('Kỳ'), 'Năm 2026');
    assert.equal(summary.get('Số đề xuất'), '2');
    const proposals = sheets.get('Đề xuất')!;
    assert.deepEqual(proposals[0]!.slice(0, 3), ['Mã hồ sơ', 'Tên đề xuất', 'Vai trò']);
    assert.deepEqual(
      proposals.slice(1).map((row) => [row[0], row[2], row[7]]),
      [
        [completed, 'Người đề xuất', 'Hoàn thành'],
        [overridden, 'Người đề xuất', 'Hoàn thành một phần mục tiêu'],
      ],
    );
    assert.equal(sheets.get('Khen thưởng')![1]![6], '77/QĐ-STC');
    assert.equal(sheets.get('Bảo vệ')![1]![4], 'Được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm');
  });

  it('issue item 13: counts what was submitted, not drafts; prints no zero count; uses the web app’s state labels', async () => {
    const ha = await t.login('truongphong.stc');
    const before = (await ha.get(`/api/people/${haId}/record`)).body;
    for (const text of [before.summary.text.vi, before.summary.text.en]) {
      assert.doesNotMatch(text, /(^|\D)0(\D|$)/, `no zero count in “${text}”`);
    }
    assert.match(before.summary.text.vi, /\(chủ trì 2\)/, 'only the roles held are counted');

    const draft = await ha.post('/api/cases', { plan: demoPlan('Thí điểm tra cứu hồ sơ thuế bằng mã QR', 'economy') });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    const sent = await ha.post('/api/cases', { plan: demoPlan('Thí điểm nộp hồ sơ quyết toán trực tuyến', 'economy') });
    await ha.must(sent.body.code, 'submit');

    const r = (await ha.get(`/api/people/${haId}/record`)).body;
    assert.ok(!r.proposals.some((p: any) => p.code === draft.body.code), 'a draft is not a proposal yet');
    assert.ok(r.proposals.some((p: any) => p.code === sent.body.code && p.state === 'submitted'));
    assert.equal(r.summary.proposals.total, before.summary.proposals.total + 1);

    const pdf = await download(t, 'truongphong.stc', `/api/people/${haId}/record.pdf`);
    const { text } = await pdfText(pdf.body);
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes('Trạng thái: Đã gửi, chờ tiếp nhận'), `the PDF uses the screen’s label:\n${flat}`);
    assert.ok(!flat.includes(draft.body.code), 'the draft is not printed');
    assert.doesNotMatch(r.summary.text.vi, /(^|\D)0(\D|$)/);
  });

  it('leaves every chain verifiable after protection and rewards were recorded', async () => {
    const head = await t.login('giamdoc.stc');
    for (const code of [completed, overridden]) await verifyChain(head, code);
  });
});
