import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { canonicalJson } from '../../src/domain/audit/hash-chain.ts';
import { EXCLUSION_GROUNDS } from '../../src/domain/protection/index.ts';
import { ALL_CONDITIONS, decision, report, today, votes } from '../support/fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/** Drives proposals of the Finance department to an evaluation, the way the protection tests need them. */
export interface EvaluatedOptions {
  title?: string;
  profileCode?: string;
  outcome: 'completed' | 'partly_completed' | 'not_completed';
  damage?: { occurred: boolean; estimateVnd?: number };
  coProposers?: string[];
  implementers?: string[];
  /** The collective rejects and the head decides to implement in writing. */
  override?: boolean;
  /** A file the proposer attaches to the plan while it is a draft (the step that is open for it then). */
  attachment?: { body: Buffer; headers: Record<string, string> };
}

/** HCM-124 is in force only in Ho Chi Minh City: its cases come from the city's Department of Home Affairs. */
const HCMC_TEAM = {
  proposer: 'chuyenvien.snv.hcm',
  liaison: 'dangu.duub.hcm',
  collective: ['giamdoc.snv.hcm', 'phogiamdoc1.snv.hcm', 'phogiamdoc2.snv.hcm'],
};
const FINANCE_TEAM = {
  proposer: 'truongphong.stc',
  liaison: 'dangu.ducq',
  collective: ['giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc'],
};

export async function evaluatedCase(t: TestApp, o: EvaluatedOptions): Promise<{ code: string; evaluation: any }> {
  const team = o.profileCode === 'HCM-124' ? HCMC_TEAM : FINANCE_TEAM;
  const proposer = await t.login(team.proposer);
  const head = await t.login(team.collective[0]!);
  const liaison = await t.login(team.liaison);
  const created = await proposer.post('/api/cases', {
    plan: demoPlan(o.title ?? 'Thí điểm một cửa liên thông điện tử', 'economy'),
    ...(o.profileCode ? { profileCode: o.profileCode } : {}),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const code = created.body.code as string;
  if (o.attachment) {
    const upload = await proposer.post(`/api/cases/${code}/attachments`, o.attachment.body, o.attachment.headers);
    assert.equal(upload.status, 201, JSON.stringify(upload.body));
  }
  if (o.coProposers?.length)
    await proposer.must(code, 'set_co_proposers', { coProposerIds: o.coProposers.map((u) => t.org.people[u]) });
  await proposer.must(code, 'submit');
  await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
  await head.must(code, 'request_party_opinion', {});
  await liaison.must(code, 'record_party_opinion', {
    opinion: 'agree',
    content: 'Đồng ý chủ trương.',
    givenOn: today(t),
  });
  if (o.override) {
    await head.must(code, 'record_vote', votes(t, ['for', 'against', 'against'], team.collective));
    await head.must(
      code,
      'override_rejection',
      decision('Người đứng đầu quyết định triển khai, chịu trách nhiệm trước cấp trên.'),
    );
  } else {
    await head.must(code, 'record_vote', votes(t, ['for', 'for', 'against'], team.collective));
    await head.must(code, 'approve', decision());
  }
  if (o.implementers?.length)
    await head.must(code, 'assign_implementers', { implementerIds: o.implementers.map((u) => t.org.people[u]) });
  await proposer.must(code, 'declare_completed', { completedOn: today(t) });
  await proposer.must(code, 'submit_completion_report', report());
  await head.must(code, 'request_party_opinion', {});
  await liaison.must(code, 'record_party_opinion', { opinion: 'agree', content: 'Đồng ý kết quả.', givenOn: today(t) });
  const evaluation = await head.must(code, 'record_evaluation', {
    meetingOn: today(t),
    attendeeIds: team.collective.map((u) => t.org.people[u]),
    outcome: o.outcome,
    damage: o.damage ?? { occurred: false },
    causes: { objective: 'Hạ tầng mạng của tỉnh gián đoạn nhiều lần.', subjective: 'Khâu tập huấn cán bộ chưa đủ.' },
    conclusion: 'Đề xuất chưa đạt toàn bộ mục tiêu đề ra.',
  });
  return { code, evaluation };
}

/** Facts with everything in order: good faith, plan and directives followed, no exclusion ground. */
export function cleanFacts(overrides: Record<string, unknown> = {}) {
  return {
    damage: { caused: true, estimateVnd: 120_000_000 },
    causes: { objective: 'Nhà cung cấp hạ tầng ngừng dịch vụ đột xuất.', subjective: 'Chưa có phương án dự phòng đủ.' },
    risk: { kind: 'unforeseen', description: 'Nhà cung cấp hạ tầng phá sản giữa kỳ' },
    followedApprovedPlan: true,
    followedDirectives: true,
    followedDecision: true,
    motive: { correctPolicyLine: true, pureMotive: true, commonGood: true },
    exclusions: Object.fromEntries(EXCLUSION_GROUNDS.map((g) => [g, { found: false }])),
    ...overrides,
  };
}

/** The only protection case of a proposal, as `who` sees it. */
export async function protectionOf(client: TestClient, code: string): Promise<any> {
  const list = await client.get(`/api/cases/${code}/protection`);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const id = list.body.items.at(-1)?.id;
  assert.ok(id, 'a protection case exists');
  const pc = await client.get(`/api/protection-cases/${id}`);
  assert.equal(pc.status, 200, JSON.stringify(pc.body));
  return pc.body;
}

export const determinationOf = (pc: any, personId: string) => {
  const d = pc.determinations.find((x: any) => x.person.id === personId);
  assert.ok(d, `determination of ${personId}`);
  return d;
};

/** POSTs to a determination with the protection case version the caller last saw. */
export function onDetermination(
  client: TestClient,
  pc: any,
  d: any,
  what: 'facts' | 'decision' | 'revocation',
  body: unknown,
  version = pc.version,
) {
  return client.post(`/api/protection-cases/${pc.id}/determinations/${d.id}/${what}`, body, {
    'if-match': `"${version}"`,
  });
}

export const decisionBody = (decidedResult: string, reasons?: string) => ({
  decidedResult,
  ...(reasons !== undefined ? { reasons } : {}),
  decisionNumber: '45/QĐ-STC',
  decisionDate: '2026-03-02',
});

export const sha256 = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('hex');

/** Row counts of every table a protection or reward write touches. */
export async function protectionCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'case_events',
    'outbox_jobs',
    'protection_cases',
    'protection_determinations',
    'protection_fact_versions',
    'reward_proposals',
    'idempotency_keys',
  ];
  const out: Record<string, number> = {};
  for (const table of tables)
    out[table] = (await t.runtime.database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n;
  return out;
}

/** Every determination column, to show a refused write changed nothing. */
export async function determinationRows(t: TestApp) {
  return (await t.runtime.database.pool.query('select * from protection_determinations order by id')).rows;
}

export async function verifyChain(client: TestClient, code: string) {
  const v = await client.get(`/api/cases/${code}/verify`);
  assert.equal(v.status, 200, JSON.stringify(v.body));
  assert.equal(v.body.ok, true, JSON.stringify(v.body));
  return v.body;
}
