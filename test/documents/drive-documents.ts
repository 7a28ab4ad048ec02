import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { ALL_CONDITIONS, createDraft, decision, evaluation, report, today, votes } from '../support/fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/** Downloads a file through the real server, signed in as `username` (TestClient reads bodies as text). */
export async function download(t: TestApp, username: string | null, url: string) {
  let cookie = '';
  if (username) {
    const login = await t.server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  }
  const r = await t.server.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: r.statusCode, headers: r.headers, body: r.rawPayload };
}

/**
 * A Finance department proposal through the whole procedure, with every step that issues a
 * document: the letter to the Party committee and its opinion, the meeting and its ballots, the
 * decision, the assignment of implementers, a suspension and its lifting, the evaluation.
 */
export async function fullLifecycle(t: TestApp, title = 'Thí điểm một cửa liên thông điện tử'): Promise<string> {
  const proposer = await t.login('truongphong.stc');
  const head = await t.login('giamdoc.stc');
  const liaison = await t.login('dangu.ducq');
  const code = (await createDraft(proposer, title)).code as string;
  await proposer.must(code, 'submit');
  await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
  await head.must(code, 'request_party_opinion', {});
  await liaison.must(code, 'record_party_opinion', {
    opinion: 'agree',
    content: 'Đồng ý chủ trương.',
    givenOn: today(t),
  });
  await head.must(code, 'record_vote', votes(t, ['for', 'for', 'against']));
  await head.must(code, 'approve', decision());
  await head.must(code, 'assign_implementers', { implementerIds: [t.org.people['chuyenvien.stc']] });
  await head.must(code, 'suspend', { reasons: 'Tạm dừng để rà soát kinh phí.' });
  await head.must(code, 'resume', { reasons: 'Đã rà soát xong kinh phí.' });
  await proposer.must(code, 'declare_completed', { completedOn: today(t) });
  await proposer.must(code, 'submit_completion_report', report());
  await head.must(code, 'request_party_opinion', {});
  await liaison.must(code, 'record_party_opinion', { opinion: 'agree', content: 'Đồng ý kết quả.', givenOn: today(t) });
  await head.must(code, 'record_evaluation', evaluation(t));
  return code;
}

/** A proposal the collective rejects; the head then either rejects it or overrides in writing. */
export async function failedVote(t: TestApp, then: 'reject' | 'override_rejection', title: string): Promise<string> {
  const proposer = await t.login('truongphong.stc');
  const head = await t.login('giamdoc.stc');
  const liaison = await t.login('dangu.ducq');
  const code = (await createDraft(proposer, title)).code as string;
  await proposer.must(code, 'submit');
  await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
  await head.must(code, 'request_party_opinion', {});
  await liaison.must(code, 'record_party_opinion', {
    opinion: 'agree',
    content: 'Đồng ý chủ trương.',
    givenOn: today(t),
  });
  await head.must(code, 'record_vote', votes(t, ['for', 'against', 'against']));
  if (then === 'reject')
    await head.must(code, 'reject', { reasons: 'Tập thể không thông qua, chưa đủ cơ sở pháp lý.' });
  else
    await head.must(
      code,
      'override_rejection',
      decision('Người đứng đầu quyết định triển khai, chịu trách nhiệm trước cấp trên.'),
    );
  return code;
}

export async function listDocuments(client: TestClient, code: string): Promise<any> {
  const r = await client.get(`/api/cases/${code}/documents`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

export async function issue(
  client: TestClient,
  code: string,
  kind: string,
  stepSeq: number,
  edits: Record<string, unknown> = {},
): Promise<any> {
  const r = await client.post(`/api/cases/${code}/documents`, { kind, stepSeq, ...edits });
  assert.equal(r.status, 201, `${kind}@${stepSeq}: ${JSON.stringify(r.body)}`);
  return r.body;
}
