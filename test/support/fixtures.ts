import assert from 'node:assert/strict';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import type { TestApp } from './test-app.ts';
import type { TestClient } from './test-client.ts';

export const ALL_CONDITIONS = {
  conditions: {
    removesBottleneck: true,
    commonGood: true,
    urgentPracticalNeed: true,
    noAdverseEffect: true,
    promotesReform: true,
  },
  withinAuthority: true,
};

export async function createDraft(
  client: TestClient,
  title = 'Thí điểm tiếp nhận hồ sơ đất đai trực tuyến',
): Promise<any> {
  const r = await client.post('/api/cases', { plan: demoPlan(title, 'economy') });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
}

/** Drives a new case of the Finance department up to the state asked for, by the right people. */
export async function caseIn(t: TestApp, state: string, title?: string): Promise<string> {
  const proposer = await t.login('truongphong.stc');
  const head = await t.login('giamdoc.stc');
  const code = (await createDraft(proposer, title)).code as string;
  if (state === 'draft') return code;
  await proposer.must(code, 'submit');
  if (state === 'submitted') return code;
  if (state === 'returned_for_completion') {
    await head.must(code, 'return_for_completion', {
      requests: ['Bổ sung dự toán chi tiết'],
      reasons: 'Kế hoạch chưa có dự toán chi tiết.',
    });
    return code;
  }
  await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
  if (state === 'under_consideration') return code;
  await head.must(code, 'request_party_opinion', {});
  const liaison = await t.login('dangu.ducq');
  await liaison.must(code, 'record_party_opinion', {
    opinion: 'agree',
    content: 'Đồng ý chủ trương.',
    givenOn: today(t),
  });
  const fail = state === 'vote_failed' || state === 'rejected';
  await head.must(code, 'record_vote', votes(t, fail ? ['against', 'against', 'for'] : ['for', 'for', 'against']));
  if (state === 'vote_passed' || state === 'vote_failed') return code;
  if (state === 'rejected') {
    await head.must(code, 'reject', { reasons: 'Tập thể không thông qua, chưa đủ cơ sở.' });
    return code;
  }
  await head.must(code, 'approve', decision(undefined, today(t)));
  if (state === 'in_implementation') return code;
  if (state === 'suspended') {
    await head.must(code, 'suspend', { reasons: 'Tạm dừng để rà soát kinh phí.' });
    return code;
  }
  if (state === 'terminated') {
    await head.must(code, 'terminate', { reasons: 'Dừng thực hiện do thay đổi quy định cấp trên.' });
    return code;
  }
  await proposer.must(code, 'declare_completed', { completedOn: today(t) });
  if (state === 'awaiting_completion_report') return code;
  await proposer.must(code, 'submit_completion_report', report());
  if (state === 'completion_reported') return code;
  await head.must(code, 'request_party_opinion', {});
  await liaison.must(code, 'record_party_opinion', { opinion: 'agree', content: 'Đồng ý kết quả.', givenOn: today(t) });
  await head.must(code, 'record_evaluation', evaluation(t));
  return code;
}

export const today = (t: TestApp) => new Date(t.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

export const FINANCE_COLLECTIVE = ['giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc'];

export function votes(t: TestApp, choices: ('for' | 'against' | 'abstain')[], collective = FINANCE_COLLECTIVE) {
  const members = collective.map((u) => t.org.people[u]!);
  return {
    meetingOn: today(t),
    attendeeIds: members,
    votes: members.map((personId, i) => ({ personId, vote: choices[i]! })),
    minutes: 'Biên bản họp tập thể lãnh đạo.',
  };
}

/** A written decision; dated on or after the meeting that voted (the case's timeline is checked). */
export const decision = (
  reasons = 'Tập thể lãnh đạo thông qua; đáp ứng điều kiện Điều 5.',
  decisionDate = '2026-03-02',
) => ({
  decisionNumber: '123/QĐ-STC',
  decisionDate,
  reasons,
});

export const report = () => ({
  results: 'Đã triển khai thí điểm tại 3 bộ phận; thời gian giải quyết giảm 40%.',
  targetsAssessment: 'Đạt 80% mục tiêu đề ra.',
  truthfulDeclaration: true,
});

export function evaluation(t: TestApp, outcome = 'completed') {
  return {
    meetingOn: today(t),
    attendeeIds: ['giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc'].map((u) => t.org.people[u]!),
    outcome,
    damage: { occurred: false },
    causes: { objective: 'Hạ tầng đáp ứng tốt.', subjective: 'Cán bộ tích cực.' },
    conclusion: 'Đề xuất hoàn thành, đề nghị nhân rộng.',
  };
}

/** Row counts of every table a write could touch: equal before and after means nothing was written. */
const COUNTED_TABLES = [
  'cases',
  'case_events',
  'plan_versions',
  'work_items',
  'attachments',
  'blobs',
  'outbox_jobs',
  'units',
  'people',
  'role_grants',
] as const;

export async function tableCounts(t: TestApp): Promise<Record<(typeof COUNTED_TABLES)[number], number>> {
  const tables = COUNTED_TABLES;
  const out = {} as Record<(typeof COUNTED_TABLES)[number], number>;
  for (const table of tables) {
    const r = await t.runtime.database.pool.query(`select count(*)::int as n from ${table}`);
    out[table] = r.rows[0].n;
  }
  return out;
}

/** A well-formed body for every action, so that a refusal is about permission or state, never about input. */
export function sampleBodies(t: TestApp): Record<string, unknown> {
  const d = today(t);
  return {
    update_plan: { plan: demoPlan('Bản cập nhật', 'economy') },
    set_co_proposers: { coProposerIds: [] },
    submit: {},
    withdraw: { reason: 'no_longer_needed' },
    return_for_completion: { requests: ['Bổ sung'], reasons: 'Cần bổ sung nội dung.' },
    resubmit: { response: 'Đã bổ sung.' },
    forward_to_superior: { targetUnitId: t.org.units.ubnd, reasons: 'Vượt thẩm quyền của sở.' },
    accept_for_consideration: ALL_CONDITIONS,
    request_party_opinion: {},
    record_party_opinion: { opinion: 'agree', content: 'Đồng ý.', givenOn: d },
    assign_appraisers: { appraiserIds: [t.org.people['thamdinh.skhcn']] },
    record_appraisal: { opinion: 'supports', content: 'Ủng hộ.' },
    cast_ballot: { vote: 'for' },
    record_vote: votes(t, ['for', 'for', 'for']),
    approve: decision(),
    override_rejection: decision(),
    reject: { reasons: 'Không thông qua.' },
    assign_implementers: { implementerIds: [t.org.people['chuyenvien.stc']] },
    assign_inspectors: { inspectorIds: [t.org.people.thanhtra] },
    allocate_resources: { budgetVnd: 1_000_000 },
    report_progress: { percentComplete: 10, content: 'Tiến độ.' },
    record_inspection: { inspectedOn: d, findings: 'Đúng kế hoạch.', recommendation: 'none' },
    propose_adjustment: { plan: demoPlan('Điều chỉnh', 'economy'), reasons: 'Điều chỉnh kinh phí.' },
    decide_adjustment: { decision: 'approved', reasons: 'Đồng ý điều chỉnh.' },
    direct_continue: { reasons: 'Tiếp tục thực hiện.' },
    suspend: { reasons: 'Tạm dừng để rà soát.' },
    resume: { reasons: 'Tiếp tục sau rà soát.' },
    terminate: { reasons: 'Dừng thực hiện hẳn.' },
    declare_completed: { completedOn: d },
    submit_completion_report: report(),
    record_evaluation: evaluation(t),
    mark_as_model: { summary: 'Mô hình tiếp nhận hồ sơ trực tuyến, giảm một nửa thời gian.' },
    approve_publication: {
      summary: 'Tiếp nhận hồ sơ đất đai trực tuyến.',
      results: 'Thời gian giải quyết giảm từ 10 xuống 5 ngày làm việc.',
      showProposerNames: false,
    },
    withdraw_publication: { reasons: 'Cần cập nhật số liệu.' },
    propose_institutionalisation: {
      addressedTo: 'Ủy ban nhân dân tỉnh',
      gap: 'Chưa có quy định về tiếp nhận hồ sơ trực tuyến.',
      proposal: 'Ban hành quy định tiếp nhận hồ sơ trực tuyến toàn tỉnh.',
    },
    record_regulation_issued: {
      documentNumber: '12/2026/QĐ-UBND',
      issuedOn: d,
      issuer: 'Ủy ban nhân dân tỉnh',
      title: 'Quy định tiếp nhận hồ sơ trực tuyến',
    },
  };
}
