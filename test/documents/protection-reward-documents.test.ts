import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MARGINS_MM, pt } from '../../src/documents/render/page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  cleanFacts,
  decisionBody,
  evaluatedCase,
  onDetermination,
  protectionOf,
  verifyChain,
} from '../protection/drive.ts';
import { download, issue, listDocuments } from './drive-documents.ts';
import { readDocx, readPdf, words } from './read-documents.ts';
import * as expected from './protection-reward-expected.ts';

/** The text inside the margins of the PDF, and the DOCX body's, which must say the same. */
async function texts(t: TestApp, doc: any) {
  const pages = await readPdf((await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/pdf`)).body);
  const inside = pages.flatMap((p) =>
    p.items.filter((i) => i.top >= pt(MARGINS_MM.top) && i.top <= p.height - pt(MARGINS_MM.bottom)),
  );
  const pdf = words(inside.map((i) => i.str).join(' '));
  const docx = words(
    (await readDocx((await download(t, 'giamdoc.stc', `/api/documents/${doc.id}/docx`)).body)).bodyText.join(' '),
  );
  if (process.env.PRINT_DOCUMENTS) console.log(`---- ${doc.kind}\n${pdf}`);
  assert.equal(pdf, docx, `${doc.kind}: the PDF and the DOCX say the same`);
  return pdf;
}

describe('documents of Art. 11 protection and Art. 10 rewards (issue 13, items 6 and 7)', () => {
  let t: TestApp;
  let rewardCase = '';
  const rewardDocuments: any[] = [];
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('Art. 11: the determination states every fact and ground it rests on; its revocation cites the finding (Art. 6(1)); both numbered from the register', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'partly_completed', title: 'Thí điểm số hóa hồ sơ đất đai' });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', cleanFacts({ damage: { caused: false } })))
      .body;
    const decided = await onDetermination(
      head,
      pc,
      pc.determinations[0],
      'decision',
      decisionBody('liability_excluded'),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    pc = decided.body;
    const revoked = await onDetermination(head, pc, pc.determinations[0], 'revocation', {
      ground: 'selfInterest',
      findingReference: 'Kết luận thanh tra số 07/KL-TTr ngày 02/03/2026',
      findingDate: '2026-03-02',
      reasons: 'Kết luận thanh tra xác định cán bộ nhận lợi ích từ nhà thầu trong quá trình thí điểm.',
      decisionNumber: '60/QĐ-STC',
      decisionDate: '2026-03-02',
    });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));

    const items = (await listDocuments(head, code)).items;
    const determination = items.find((i: any) => i.kind === 'protection_determination');
    const revocation = items.find((i: any) => i.kind === 'protection_revocation');
    assert.ok(determination?.canIssue && revocation?.canIssue, JSON.stringify(items.map((i: any) => i.kind)));
    const events = (await head.get(`/api/cases/${code}/events`)).body.items;
    const decidedEvent = events.find((e: any) => e.type === 'protection_decided');
    const d1 = await issue(head, code, 'protection_determination', determination.stepSeq);
    assert.equal(d1.citation, '01/QĐ-STC');
    assert.equal(await texts(t, d1), expected.determination(code));
    const d2 = await issue(head, code, 'protection_revocation', revocation.stepSeq);
    assert.equal(d2.citation, '02/QĐ-STC', 'the next number of the agency’s register');
    assert.equal(await texts(t, d2), expected.revocation(code, decidedEvent.seq));
    const after = (await head.get(`/api/cases/${code}/events`)).body.items;
    assert.deepEqual(
      after.slice(-2).map((e: any) => [e.type, e.payload.kind, e.payload.stepSeq]),
      [
        ['document_issued', 'protection_determination', determination.stepSeq],
        ['document_issued', 'protection_revocation', revocation.stepSeq],
      ],
    );
    await verifyChain(head, code);
  });

  it('Art. 10: the proposal to the competent level and the decision of an early salary step; a refusal is a notice with its reasons', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'completed', title: 'Thí điểm một cửa liên thông điện tử' });
    const officer = await t.login('tochuc.snv');
    const head = await t.login('giamdoc.stc');
    const proposerId = t.org.people['truongphong.stc']!;
    const salary = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: proposerId,
      form: 'early_salary_step',
      months: 12,
      justification: 'Đề xuất hoàn thành, giảm 40% thời gian giải quyết hồ sơ.',
    });
    assert.equal(salary.status, 201, JSON.stringify(salary.body));
    const unit = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'unit',
      unitId: t.org.units.finance,
      form: 'public_commendation',
      justification: 'Tập thể phối hợp tốt.',
    });
    assert.equal(unit.status, 201, JSON.stringify(unit.body));
    const decide = (id: string, version: number, body: Record<string, unknown>) =>
      officer.post(`/api/reward-proposals/${id}/decision`, body, { 'if-match': `"${version}"` });
    const granted = await decide(salary.body.id, salary.body.version, {
      decision: 'granted',
      issuingAuthority: 'Ủy ban nhân dân tỉnh An Khang',
      signer: { name: 'Trần Văn Chủ', title: 'Chủ tịch' },
      decisionNumber: '215/QĐ-UBND',
      decisionDate: '2026-03-02',
      legalBasis: 'Điều 10 khoản 1 điểm c Nghị định 73/2023/NĐ-CP',
    });
    assert.equal(granted.status, 200, JSON.stringify(granted.body));
    const refused = await decide(unit.body.id, unit.body.version, {
      decision: 'refused',
      issuingAuthority: 'Ủy ban nhân dân tỉnh An Khang',
      signer: { name: 'Trần Văn Chủ', title: 'Chủ tịch' },
      decisionNumber: '216/UBND-TĐKT',
      decisionDate: '2026-03-02',
      legalBasis: 'Điều 10 khoản 1 điểm a Nghị định 73/2023/NĐ-CP',
      reasons: 'Tập thể đã được biểu dương trong năm, chưa đủ điều kiện xét lại.',
    });
    assert.equal(refused.status, 200, JSON.stringify(refused.body));

    const items = (await listDocuments(head, code)).items;
    const ofKind = (k: string) => items.filter((i: any) => i.kind === k);
    assert.equal(ofKind('reward_proposal').length, 2);
    assert.equal(ofKind('reward_decision').length, 2);
    const proposal = await issue(head, code, 'reward_proposal', ofKind('reward_proposal')[0].stepSeq);
    // The department's register runs on from the protection documents above: one register per agency and year.
    const n = proposal.number as number;
    const nn = (k: number) => String(k).padStart(2, '0');
    assert.equal(proposal.citation, `${nn(n)}/TTr-STC`);
    assert.equal(await texts(t, proposal), expected.salaryProposal(code, nn(n)));
    const decision = await issue(head, code, 'reward_decision', ofKind('reward_decision')[0].stepSeq);
    assert.equal(decision.citation, `${nn(n + 1)}/QĐ-STC`);
    assert.equal(await texts(t, decision), expected.salaryDecision(code, nn(n + 1)));
    const notice = await issue(head, code, 'reward_decision', ofKind('reward_decision')[1].stepSeq);
    assert.equal(notice.citation, `${nn(n + 2)}/TB-STC`);
    assert.equal(await texts(t, notice), expected.refusalNotice(code, nn(n + 2)));
    await verifyChain(head, code);
    rewardCase = code;
    rewardDocuments.push(proposal, decision, notice);
  });

  it('bulk print: the case’s documents in force as one PDF, each starting on its own page with its own page numbers and footer; a cancelled one is left out', async () => {
    const head = await t.login('giamdoc.stc');
    const cancelled = await head.post(`/api/documents/${rewardDocuments[2].id}/cancel`, {
      reason: 'Gửi nhầm nơi nhận, ban hành lại sau.',
    });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const r = await download(t, 'giamdoc.stc', `/api/cases/${rewardCase}/documents/print`);
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'application/pdf');
    const pages = await readPdf(r.body);
    assert.ok(
      pages.every((p) => Math.abs(p.width - 595.28) < 0.1 && Math.abs(p.height - 841.89) < 0.1),
      'A4',
    );
    const alone = await Promise.all(
      rewardDocuments
        .slice(0, 2)
        .map(async (d) => readPdf((await download(t, 'giamdoc.stc', `/api/documents/${d.id}/pdf`)).body)),
    );
    const pageText = (p: { items: { str: string }[] }) => words(p.items.map((i) => i.str).join(' '));
    assert.deepEqual(
      pages.map(pageText),
      alone.flat().map(pageText),
      'page for page, what the issued files say, in the order of the steps',
    );
    const proposer = await t.login('truongphong.stc');
    assert.equal(
      (await proposer.get(`/api/cases/${rewardCase}/documents/print`)).status,
      200,
      'whoever may read the case may print it',
    );
    assert.equal(
      (await download(t, 'giamdoc.snv', `/api/cases/${rewardCase}/documents/print`)).status,
      404,
      'a stranger learns nothing',
    );
    const { code: empty } = await evaluatedCase(t, { outcome: 'completed', title: 'Hồ sơ chưa có văn bản' });
    const none = await head.get(`/api/cases/${empty}/documents/print`);
    assert.equal(none.status, 404);
    assert.equal(none.body.error.code, 'no_issued_documents');
  });
});
