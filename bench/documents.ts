import { performance } from 'node:perf_hooks';
import { buildDocument, type BuildSource } from '../src/documents/model/build-source.ts';
import { DOCUMENT_KINDS } from '../src/documents/model/kinds/index.ts';
import { renderDocument, renderPrintBundle, type FileFormat } from '../src/documents/render/render-document.ts';
import { cpus, loadavg } from 'node:os';
import { demoPlan } from '../src/demo/demo-plan.ts';

/**
 * Generation cost of official documents: a decision's PDF and DOCX (p50/p95 over many runs,
 * after a warm-up), and a case's bulk print (every kind of document of one lifecycle, both
 * formats). `npx tsx bench/documents.ts [runs]`.
 */
const runs = Number(process.argv[2] ?? 60);
const ids = ['p1', 'p2', 'p3'];
const source = (type: string, payload: Record<string, unknown>): BuildSource => ({
  caseCode: 'TH-2026-000001',
  caseTitle: 'Thí điểm một cửa liên thông điện tử',
  proposer: { name: 'Đặng Thu Hà', position: 'Trưởng phòng', unitName: 'Sở Tài chính' },
  plan: demoPlan('Thí điểm một cửa liên thông điện tử', 'economy'),
  step: {
    seq: 7,
    hash: 'a'.repeat(64),
    type,
    occurredAt: '2026-03-02T02:00:00.000Z',
    reasons: 'Tập thể lãnh đạo thông qua; đáp ứng điều kiện Điều 5.',
    payload,
  },
  names: { p1: 'Phạm Minh Đức', p2: 'Hoàng Thị Lan', p3: 'Võ Quốc Huy' },
  agency: { parentName: 'UBND TỈNH AN KHANG', name: 'SỞ TÀI CHÍNH', abbreviation: 'STC', place: 'An Khang' },
  headTitle: 'Giám đốc Sở Tài chính',
  signer: { authority: null, authorityOf: null, title: 'GIÁM ĐỐC', fullName: 'Phạm Minh Đức' },
  superiorName: 'Ủy ban nhân dân tỉnh An Khang',
  partyCommitteeName: 'Đảng ủy các cơ quan tỉnh',
  date: '2026-03-02',
  verifyUrl: 'http://localhost:3000/verify-document',
});
const STEPS: [string, string, Record<string, unknown>][] = [
  ['party_opinion_request', 'party_opinion_requested', { stage: 'approval', requestedOn: '2026-03-02' }],
  ['party_opinion', 'party_opinion_recorded', { opinion: 'agree', content: 'Đồng ý chủ trương.' }],
  [
    'vote_minutes',
    'vote_recorded',
    {
      meetingOn: '2026-03-02',
      attendeeIds: ids,
      votes: ids.map((personId, i) => ({ personId, vote: i < 2 ? 'for' : 'against' })),
      excludedIds: [],
      result: { passed: true, tie: false, decidedByHeadSide: false, for: 2, against: 1, abstain: 0, base: 3 },
    },
  ],
  ['decision_to_implement', 'approved', {}],
  ['assignment', 'implementers_assigned', { implementerIds: ['p2'] }],
  ['directive', 'suspended', {}],
  ['directive', 'resumed', {}],
  ['party_opinion_request', 'party_opinion_requested', { stage: 'evaluation', requestedOn: '2026-03-02' }],
  ['party_opinion', 'party_opinion_recorded', { opinion: 'agree', content: 'Đồng ý kết quả.' }],
  [
    'evaluation_minutes',
    'evaluated',
    {
      meetingOn: '2026-03-02',
      attendeeIds: ids,
      outcome: 'completed',
      damage: { occurred: false },
      causes: { objective: 'Hạ tầng tốt.', subjective: 'Cán bộ tích cực.' },
      conclusion: 'Đạt mục tiêu.',
    },
  ],
];
const docOf = ([kind, type, payload]: (typeof STEPS)[number]) => ({
  ...buildDocument(DOCUMENT_KINDS[kind]!, source(type, payload)),
  number: 5,
});

async function time(fn: () => Promise<unknown>, n: number): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: ms.at(-1)! };
}

const decision = docOf(STEPS[3]!);
const fmt = (r: { p50: number; p95: number; max: number }) =>
  `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`;
for (const format of ['pdf', 'docx'] as FileFormat[]) {
  console.log(`decision ${format}: ${fmt(await time(() => renderDocument(decision, format, new Date()), runs))}`);
}
const all = STEPS.map(docOf);
const bulk = await time(
  async () => {
    for (const d of all) {
      await renderDocument(d, 'pdf', new Date());
      await renderDocument(d, 'docx', new Date());
    }
  },
  Math.max(5, Math.floor(runs / 6)),
);
console.log(`a case's ${all.length} documents, PDF and DOCX each: ${fmt(bulk)}`);
const printed = await time(
  () => renderPrintBundle(all, 'Văn bản của hồ sơ', new Date()),
  Math.max(5, Math.floor(runs / 6)),
);
console.log(`a case's ${all.length} documents as one PDF (bulk print): ${fmt(printed)}`);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
);
