import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { MARGINS_MM, pt } from '../../src/documents/render/page.ts';
import { tableCounts } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { verifyChain } from '../protection/drive.ts';
import { download, failedVote, fullLifecycle, issue, listDocuments } from './drive-documents.ts';
import { readDocx, readPdf, words } from './read-documents.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The body text of a PDF: everything inside the margins (not the page numbers or the record footer). */
async function pdfBody(data: Buffer) {
  const pages = await readPdf(data);
  const inside = pages.flatMap((p) =>
    p.items.filter((i) => i.top >= pt(MARGINS_MM.top) && i.top <= p.height - pt(MARGINS_MM.bottom)),
  );
  const footer = pages[0]!.items
    .filter((i) => i.top > pages[0]!.height - pt(MARGINS_MM.bottom))
    .map((i) => i.str)
    .join(' ');
  return { text: words(inside.map((i) => i.str).join(' ')), footer: words(footer), pages };
}

/** The DOCX's body paragraphs (headers and footers live in their own parts). */
async function docxBody(data: Buffer) {
  const { bodyText, parts } = await readDocx(data);
  return { text: words(bodyText.join(' ')), parts };
}

// Decree 30/2020 Appendix I, every component, in reading order, for the demo department's decision.
const EXPECTED_DECISION = (code: string) =>
  words(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: 01/QĐ-STC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Khang, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH Về việc cho triển khai thực hiện đề xuất “Thí điểm một cửa liên thông điện tử”
GIÁM ĐỐC SỞ TÀI CHÍNH
Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung;
Căn cứ kế hoạch thực hiện đề xuất “Thí điểm một cửa liên thông điện tử” (hồ sơ ${code});
Căn cứ kết quả biểu quyết của tập thể lãnh đạo thông qua đề xuất.
QUYẾT ĐỊNH:
Điều 1. Cho triển khai thực hiện đề xuất “Thí điểm một cửa liên thông điện tử” của Đặng Thu Hà, Trưởng phòng, Sở Tài chính. Tập thể lãnh đạo thông qua; đáp ứng điều kiện Điều 5.
Điều 2. Nội dung thực hiện: Xây dựng quy trình mới; đào tạo cán bộ; vận hành thí điểm 6 tháng; đánh giá. Giải pháp: Tiếp nhận hồ sơ điện tử, luân chuyển nội bộ qua hệ thống, trả kết quả tại nhà. Phạm vi: Toàn bộ hồ sơ thuộc lĩnh vực được giao tại đơn vị. Mục tiêu: Giảm 50% thời gian giải quyết; 90% người dân hài lòng.
Điều 3. Nguồn lực bảo đảm: kinh phí 350.000.000 đồng; nhân lực: 5 cán bộ chuyên môn, 2 kỹ thuật viên; phương tiện: Máy quét, máy chủ dùng chung của tỉnh.
Điều 4. Thời gian thực hiện: từ ngày 01/01/2026 đến ngày 31/12/2026. Các mốc: Ban hành quy trình thí điểm (hạn 31/03/2026); Đánh giá giữa kỳ (hạn 31/07/2026).
Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Đặng Thu Hà, Sở Tài chính và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: - Như Điều 5; - Ủy ban nhân dân tỉnh An Khang (để báo cáo); - Lưu: VT, VP.
GIÁM ĐỐC Phạm Minh Đức`);

describe('official documents of a case through its whole lifecycle (issue 13)', () => {
  let t: TestApp;
  let code: string;
  let items: any[];
  const issued = new Map<string, any>();

  before(async () => {
    t = await startTestApp();
    code = await fullLifecycle(t);
  });
  after(() => t.close());

  it('lists every step that issues a document as drafted, and who may issue it', async () => {
    const head = await t.login('giamdoc.stc');
    items = (await listDocuments(head, code)).items;
    assert.deepEqual(
      items.map((i) => i.kind),
      [
        'party_opinion_request',
        'party_opinion',
        'vote_minutes',
        'decision_to_implement',
        'assignment',
        'directive',
        'directive',
        'party_opinion_request',
        'party_opinion',
        'evaluation_minutes',
      ],
    );
    assert.ok(items.every((i) => i.status === 'drafted'));
    assert.deepEqual(
      items
        .filter((i) => i.canIssue)
        .map((i) => i.kind)
        .includes('party_opinion'),
      false,
      'the head does not issue the Party committee’s document',
    );
    const liaison = await t.login('dangu.ducq');
    assert.deepEqual(
      (await listDocuments(liaison, code)).items.filter((i: any) => i.canIssue).map((i: any) => i.kind),
      ['party_opinion', 'party_opinion'],
    );
  });

  it('Decree 30 App. I: the decision to implement gets 01 from the register; its PDF says exactly the expected Vietnamese, the DOCX the same', async () => {
    const head = await t.login('giamdoc.stc');
    const step = items.find((i) => i.kind === 'decision_to_implement');
    const doc = await issue(head, code, 'decision_to_implement', step.stepSeq);
    issued.set('decision_to_implement', doc);
    assert.equal(doc.citation, '01/QĐ-STC');
    const pdf = await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(sha256(pdf.body), doc.pdfSha256, 'the file served is the one whose hash the chain holds');
    const body = await pdfBody(pdf.body);
    assert.equal(body.text, EXPECTED_DECISION(code));
    const events = (await head.get(`/api/cases/${code}/events`)).body;
    const list = Array.isArray(events) ? events : (events.items ?? events.events);
    const approved = list.find((e: any) => e.seq === step.stepSeq);
    assert.equal(body.footer, `Hồ sơ ${code} · sự kiện số ${step.stepSeq} · mã băm ${approved.hash}`);
    const docx = await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/docx`);
    assert.equal(sha256(docx.body), doc.docxSha256);
    assert.equal((await docxBody(docx.body)).text, EXPECTED_DECISION(code));
    const issueEvent = list.find((e: any) => e.seq === doc.eventSeq);
    assert.equal(issueEvent.type, 'document_issued');
    await verifyChain(head, code);
  });

  it('renders every kind of the lifecycle as its issuer signs it; PDF and DOCX say the same; numbers run on per agency and year', async () => {
    const head = await t.login('giamdoc.stc');
    const liaison = await t.login('dangu.ducq');
    let stateNumber = 1;
    let partyNumber = 0;
    for (const step of items) {
      if (step.kind === 'decision_to_implement') continue;
      const party = step.kind === 'party_opinion';
      const doc = await issue(party ? liaison : head, code, step.kind, step.stepSeq);
      issued.set(`${step.kind}@${step.stepSeq}`, doc);
      const n = party ? ++partyNumber : ++stateNumber;
      const pdf = await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/pdf`);
      const docx = await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/docx`);
      const p = await pdfBody(pdf.body);
      const w = await docxBody(docx.body);
      assert.equal(p.text, w.text, `${step.kind}: the PDF and the DOCX say the same`);
      assert.ok(
        p.pages.every((pg) => Math.abs(pg.width - 595.28) < 0.1 && Math.abs(pg.height - 841.89) < 0.1),
        'A4',
      );
      const nn = String(n).padStart(2, '0');
      if (party) {
        // HD 36-HD/VPTW: the Party's heading, its number written without a colon, the asterisk under the committee.
        assert.equal(doc.citation, `${nn}-TB/DUCQ`);
        assert.ok(
          p.text.startsWith(
            `ĐẢNG BỘ TỈNH AN KHANG ĐẢNG ỦY CÁC CƠ QUAN TỈNH * Số ${nn}-TB/DUCQ ĐẢNG CỘNG SẢN VIỆT NAM An Khang, ngày 02 tháng 3 năm 2026 THÔNG BÁO`,
          ),
          p.text,
        );
        assert.match(p.text, /T\/M ĐẢNG ỦY CÁC CƠ QUAN CHUYÊN VIÊN Ngô Thị Hằng$/);
      } else {
        assert.match(doc.citation, new RegExp(`^${nn}/`), `${step.kind}: number ${nn}`);
        assert.ok(p.text.startsWith(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: ${doc.citation}`), p.text);
      }
    }
    const letter = issued.get(`party_opinion_request@${items[0].stepSeq}`);
    assert.equal(
      letter.citation,
      '01/STC-VP'.replace('01', letter.citation.slice(0, 2)),
      'an official letter’s symbol is agency-drafting unit',
    );
    const letterText = (await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${letter.id}/pdf`)).body)).text;
    assert.ok(
      letterText.includes(
        'V/v xin ý kiến về chủ trương triển khai thực hiện đề xuất “Thí điểm một cửa liên thông điện tử”',
      ),
      letterText,
    );
    assert.ok(letterText.includes('Kính gửi: Đảng ủy các cơ quan tỉnh.'));
    const minutes = issued.get(`vote_minutes@${items[2].stepSeq}`);
    const minutesText = (await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${minutes.id}/pdf`)).body))
      .text;
    // Art. 8(1): every member's ballot, the result and the rule applied.
    assert.ok(
      minutesText.includes(
        'Thành viên Biểu quyết Phạm Minh Đức Tán thành Hoàng Thị Lan Tán thành Võ Quốc Huy Không tán thành',
      ),
      minutesText,
    );
    assert.ok(
      minutesText.includes(
        'Tổng hợp: 2 tán thành, 1 không tán thành, 0 không biểu quyết, trên cơ sở 3 thành viên. Đề xuất được thông qua khi có trên 50% số thành viên tán thành.',
      ),
      minutesText,
    );
    assert.ok(minutesText.includes('Kết luận: tập thể lãnh đạo thông qua đề xuất.'));
    assert.ok(minutesText.endsWith('CHỦ TRÌ CUỘC HỌP Phạm Minh Đức'));
    const evaluation = issued.get(`evaluation_minutes@${items[9].stepSeq}`);
    const evaluationText = (
      await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${evaluation.id}/pdf`)).body)
    ).text;
    assert.ok(
      evaluationText.includes(
        'Kết quả: Hoàn thành. Thiệt hại: không có. Nguyên nhân khách quan: Hạ tầng đáp ứng tốt. Nguyên nhân chủ quan: Cán bộ tích cực.',
      ),
      evaluationText,
    );
    const suspension = issued.get(`directive@${items[5].stepSeq}`);
    const suspensionText = (
      await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${suspension.id}/pdf`)).body)
    ).text;
    assert.ok(
      suspensionText.includes('THÔNG BÁO Về việc tạm dừng thực hiện đề xuất') &&
        suspensionText.includes('Lý do: Tạm dừng để rà soát kinh phí.'),
      suspensionText,
    );
    const assignment = issued.get(`assignment@${items[4].stepSeq}`);
    const assignmentText = (
      await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${assignment.id}/pdf`)).body)
    ).text;
    assert.ok(
      assignmentText.includes('Phân công các cá nhân sau thực hiện đề xuất') && assignmentText.includes('Bùi Văn Nam'),
      assignmentText,
    );
    const list = (await listDocuments(head, code)).items;
    assert.ok(list.every((i: any) => i.status === 'issued' && !i.canIssue));
    await verifyChain(head, code);
  });

  it('the register: a cancelled document keeps its number and reason; the step is issued again under the next number', async () => {
    const head = await t.login('giamdoc.stc');
    const decision = issued.get('decision_to_implement');
    const short = await head.post(`/api/documents/${decision.id}/cancel`, { reason: 'sai' });
    assert.equal(short.status, 422);
    assert.equal(short.body.error.fields[0].path, 'reason');
    const cancelled = await head.post(`/api/documents/${decision.id}/cancel`, {
      reason: 'Sai sót ở phần nguồn lực, ban hành lại.',
    });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const again = await head.post(`/api/documents/${decision.id}/cancel`, {
      reason: 'Sai sót ở phần nguồn lực, ban hành lại.',
    });
    assert.equal(again.status, 409);
    const reissued = await issue(head, code, 'decision_to_implement', decision.stepSeq);
    assert.equal(reissued.citation, '09/QĐ-STC', 'the next number of the year: 01 is never given again');
    const docs = await listDocuments(head, code);
    assert.deepEqual(
      docs.cancelled.map((d: any) => [d.citation, d.cancelReason]),
      [['01/QĐ-STC', 'Sai sót ở phần nguồn lực, ban hành lại.']],
    );
    const rows = (
      await t.runtime.database.pool.query('select count(*)::int as n from issued_documents where agency_unit_id = $1', [
        t.org.units.finance,
      ])
    ).rows[0].n;
    assert.equal(rows, 9);
    await assert.rejects(
      t.runtime.database.pool.query('delete from issued_documents where id = $1', [decision.id]),
      /never deleted/,
    );
    await verifyChain(head, code);
  });

  it('the public check answers for an issued document’s fingerprint and says "not issued" for anything else, without signing in', async () => {
    const anon = t.anonymous();
    const decision = issued.get('decision_to_implement');
    const r = await anon.get(`/api/public/documents/${decision.pdfSha256}`);
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), [
      'cancelled',
      'caseStep',
      'citation',
      'document',
      'file',
      'fingerprint',
      'issuedAt',
      'issuedByKhien',
      'signedCopyReceived',
    ]);
    assert.equal(r.body.issuedByKhien, true);
    assert.equal(r.body.cancelled, true);
    assert.deepEqual(r.body.caseStep, {
      caseCode: code,
      stepSeq: decision.stepSeq,
      kind: 'decision_to_implement',
      label: { vi: 'Quyết định cho triển khai thực hiện', en: 'Decision to implement' },
    });
    assert.equal(r.body.signedCopyReceived, false);
    const docx = await anon.get(`/api/public/documents/${decision.docxSha256.toUpperCase()}`);
    assert.equal(docx.body.file, 'docx');
    const other = await anon.get(`/api/public/documents/${'0'.repeat(64)}`);
    assert.deepEqual(other.body, { fingerprint: '0'.repeat(64), issuedByKhien: false });
    assert.equal((await anon.get('/api/public/documents/not-a-hash')).status, 400);
    assert.equal(
      (await download(t, null, `/api/documents/${decision.id}/pdf`)).status,
      401,
      'the file itself is not public',
    );
  });

  it('refuses, writing nothing: a proposer issuing, a step of another kind, a second issue, an unknown kind, a stranger', async () => {
    const proposer = await t.login('truongphong.stc');
    const head = await t.login('giamdoc.stc');
    const stranger = await t.login('giamdoc.snv');
    const before = await tableCounts(t);
    const registers = (await t.runtime.database.pool.query('select sum(last_number)::int as n from document_registers'))
      .rows[0].n;
    const step = items.find((i) => i.kind === 'vote_minutes');
    assert.equal(
      (await proposer.post(`/api/cases/${code}/documents`, { kind: 'vote_minutes', stepSeq: step.stepSeq })).status,
      403,
    );
    const wrong = await head.post(`/api/cases/${code}/documents`, {
      kind: 'decision_to_implement',
      stepSeq: step.stepSeq,
    });
    assert.equal(wrong.status, 422);
    assert.deepEqual(
      wrong.body.error.fields.map((f: any) => f.path),
      ['stepSeq'],
    );
    const twice = await head.post(`/api/cases/${code}/documents`, { kind: 'vote_minutes', stepSeq: step.stepSeq });
    assert.equal(twice.status, 409);
    assert.equal((await head.post(`/api/cases/${code}/documents`, { kind: 'no_such_kind', stepSeq: 1 })).status, 422);
    assert.equal(
      (await head.post(`/api/cases/${code}/documents`, { kind: 'vote_minutes', stepSeq: step.stepSeq, number: 5 }))
        .status,
      400,
      'a number is never typed',
    );
    assert.equal(
      (await head.post(`/api/cases/${code}/documents`, { kind: 'vote_minutes', stepSeq: step.stepSeq, recipients: [] }))
        .status,
      400,
    );
    assert.equal(
      (await stranger.post(`/api/cases/${code}/documents`, { kind: 'vote_minutes', stepSeq: step.stepSeq })).status,
      404,
    );
    assert.equal((await stranger.get(`/api/documents/${issued.get('decision_to_implement').id}/pdf`)).status, 404);
    assert.deepEqual(await tableCounts(t), before);
    assert.equal(
      (await t.runtime.database.pool.query('select sum(last_number)::int as n from document_registers')).rows[0].n,
      registers,
      'no number was used up',
    );
  });
});

describe('documents after a failed vote (Art. 8(1))', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('the notice of non-approval states the reasons; the issuer’s edits of recipients and excerpt are printed and kept in the chain', async () => {
    const code = await failedVote(t, 'reject', 'Số hóa hồ sơ lưu trữ');
    const head = await t.login('giamdoc.stc');
    const step = (await listDocuments(head, code)).items.find((i: any) => i.kind === 'non_approval_notice');
    const edits = {
      recipients: ['Bà Đặng Thu Hà, Trưởng phòng', 'Văn phòng Sở'],
      excerpt: 'Về việc không chấp thuận đề xuất số hóa hồ sơ lưu trữ',
    };
    const doc = await issue(head, code, 'non_approval_notice', step.stepSeq, edits);
    assert.equal(doc.citation, '01/TB-STC');
    const text = (await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/pdf`)).body)).text;
    assert.ok(text.includes('THÔNG BÁO Về việc không chấp thuận đề xuất số hóa hồ sơ lưu trữ'), text);
    assert.ok(text.includes('Lý do: Tập thể không thông qua, chưa đủ cơ sở pháp lý.'));
    assert.ok(text.includes('Nơi nhận: - Bà Đặng Thu Hà, Trưởng phòng; - Văn phòng Sở; - Lưu: VT, VP.'), text);
    const events = (await head.get(`/api/cases/${code}/events`)).body;
    const list = Array.isArray(events) ? events : (events.items ?? events.events);
    assert.deepEqual(list.find((e: any) => e.seq === doc.eventSeq).payload.edits, edits);
  });

  it('the head’s written override; signed by a deputy it carries KT. GIÁM ĐỐC', async () => {
    const code = await failedVote(t, 'override_rejection', 'Thí điểm thanh toán không dùng tiền mặt');
    const deputy = await t.login('phogiamdoc1.stc');
    const step = (await listDocuments(deputy, code)).items.find((i: any) => i.kind === 'override_decision');
    const doc = await issue(deputy, code, 'override_decision', step.stepSeq);
    const text = (await pdfBody((await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/pdf`)).body)).text;
    assert.ok(text.includes('chịu trách nhiệm trước cấp trên và trước pháp luật'), text);
    assert.ok(text.endsWith('KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Thị Lan'), text);
  });
});
