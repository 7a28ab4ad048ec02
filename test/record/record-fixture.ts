import assert from 'node:assert/strict';
import type { TestApp } from '../support/test-app.ts';
import {
  cleanFacts,
  decisionBody,
  determinationOf,
  evaluatedCase,
  onDetermination,
  protectionOf,
} from '../protection/drive.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export function multipart(filename: string, content: Buffer) {
  const boundary = `----khien${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const REWARD_DECISION = {
  decision: 'granted',
  issuingAuthority: 'Ủy ban nhân dân tỉnh An Khang',
  signer: { name: 'Trần Văn Chủ', title: 'Chủ tịch' },
  decisionNumber: '215/QĐ-UBND',
  decisionDate: '2026-03-02',
  legalBasis: 'Luật Thi đua, khen thưởng 2022; Điều 10 khoản 1 điểm a Nghị định 73/2023/NĐ-CP',
};

/**
 * Two records holding every part a record is made of: one with an attachment and a protection case
 * (facts recorded and decided for the proposer, the implementer still pending), one with a
 * reward proposed, decided and carried out.
 */
export async function richRecords(t: TestApp): Promise<{ protectionCode: string; rewardCode: string }> {
  const { code: protectionCode } = await evaluatedCase(t, {
    title: 'Thí điểm số hóa hồ sơ đất đai',
    outcome: 'not_completed',
    damage: { occurred: true, estimateVnd: 120_000_000 },
    implementers: ['chuyenvien.stc'],
    attachment: multipart('To-trinh.pdf', PDF),
  });
  const head = await t.login('giamdoc.stc');
  let pc = await protectionOf(head, protectionCode);
  const proposerId = t.org.people['truongphong.stc']!;
  const recorded = await onDetermination(head, pc, determinationOf(pc, proposerId), 'facts', cleanFacts());
  assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
  pc = recorded.body;
  const decided = await onDetermination(
    head,
    pc,
    determinationOf(pc, proposerId),
    'decision',
    decisionBody('considered_for_exemption_or_mitigation'),
  );
  assert.equal(decided.status, 200, JSON.stringify(decided.body));

  const { code: rewardCode } = await evaluatedCase(t, { title: 'Một cửa liên thông điện tử', outcome: 'completed' });
  const officer = await t.login('tochuc.snv');
  const proposed = await officer.post(`/api/cases/${rewardCode}/rewards`, {
    beneficiaryKind: 'proposer',
    personId: proposerId,
    form: 'public_commendation',
    justification: 'Hoàn thành xuất sắc đề xuất.',
  });
  assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
  const granted = await officer.post(`/api/reward-proposals/${proposed.body.id}/decision`, REWARD_DECISION, {
    'if-match': '"1"',
  });
  assert.equal(granted.status, 200, JSON.stringify(granted.body));
  const outcome = await officer.post(
    `/api/reward-proposals/${proposed.body.id}/outcome`,
    { outcome: 'implemented', effectiveOn: '2026-03-02', note: 'Đã trao.' },
    { 'if-match': `"${granted.body.version}"` },
  );
  assert.equal(outcome.status, 200, JSON.stringify(outcome.body));
  return { protectionCode, rewardCode };
}
