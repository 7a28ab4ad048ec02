import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import {
  DECIDING_CASE_ACTIONS,
  DECIDING_OPERATIONS,
  type DecidingOperation,
} from '../../src/domain/case/deciding-actions.ts';
import { caseIn, decision, sampleBodies, tableCounts, today } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { advance, signIn } from './support.ts';
import { enrol, giveCode } from './second-factor-support.ts';

const MIN = 60_000;
const SOME_ID = '00000000-0000-4000-8000-00000000abcd';

/**
 * One request per deciding operation outside the case actions. `Record<DecidingOperation, …>`: an
 * operation added to the table without a request here fails `tsc`, so every one is tested.
 */
const OPERATION_REQUESTS: Record<
  DecidingOperation,
  (t: TestApp) => { method: string; url: string; body?: unknown; headers?: Record<string, string> }
> = {
  protection_decision: () => ({
    method: 'POST',
    url: `/api/protection-cases/${SOME_ID}/determinations/${SOME_ID}/decision`,
    body: {},
    headers: { 'if-match': '"1"' },
  }),
  protection_revocation: () => ({
    method: 'POST',
    url: `/api/protection-cases/${SOME_ID}/determinations/${SOME_ID}/revocation`,
    body: {},
    headers: { 'if-match': '"1"' },
  }),
  reward_decision: () => ({
    method: 'POST',
    url: `/api/reward-proposals/${SOME_ID}/decision`,
    body: {},
    headers: { 'if-match': '"1"' },
  }),
  calendar_edit: () => ({ method: 'PUT', url: '/api/calendar/years/2026', body: {} }),
  role_grant: (t) => ({
    method: 'POST',
    url: `/api/people/${t.org.people['chuyenvien.stc']}/grants`,
    body: { unitId: t.org.units.finance, role: 'inspector' },
  }),
  role_revocation: (t) => ({
    method: 'DELETE',
    url: `/api/people/${t.org.people['chuyenvien.stc']}/grants/${SOME_ID}`,
  }),
  second_factor_reset: (t) => ({
    method: 'POST',
    url: `/api/people/${t.org.people['chuyenvien.stc']}/second-factor-reset`,
  }),
};

const caseRequest = (t: TestApp, code: string, action: string) => ({
  method: 'POST',
  url: `/api/cases/${code}/actions/${action.replace(/_/g, '-')}`,
  body: sampleBodies(t)[action] ?? {},
  headers: { 'if-match': '"1"' },
});

/** Every deciding action of the table, as requests: the case actions on a case, then the others. */
const everyDecidingRequest = (t: TestApp, code: string) => [
  ...Object.keys(DECIDING_CASE_ACTIONS).map((a) => ({ name: a, ...caseRequest(t, code, a) })),
  ...(Object.keys(DECIDING_OPERATIONS) as DecidingOperation[]).map((op) => ({
    name: op,
    ...OPERATION_REQUESTS[op](t),
  })),
];

const send = (c: TestClient, r: { method: string; url: string; body?: unknown; headers?: Record<string, string> }) =>
  c.request(r.method, r.url, r.body, r.headers);

/** Identity item 2: deciding actions need a second factor within the last 15 minutes (KHIEN_STEP_UP_MINUTES). */
describe('step-up: each deciding action needs a second factor within 15 minutes', () => {
  let t: TestApp;
  let code: string;
  let head: TestClient;
  let secret: string;
  before(async () => {
    // Nobody is required by role here: the head has a second factor because they enrolled one.
    t = await startTestApp({ secondFactor: { requiredRoles: [], stepUpMs: 15 * MIN } });
    code = await caseIn(t, 'vote_passed');
    ({ client: head } = await signIn(t, 'giamdoc.stc', DEMO_PASSWORD));
    ({ secret } = await enrol(t, head));
  });
  after(() => t.close());

  it('within 15 minutes of the second factor, the head approves', async () => {
    advance(t, 14 * MIN);
    const current = await head.get(`/api/cases/${code}`);
    const r = await head.act(code, 'approve', decision(undefined, today(t)), current.body.version);
    assert.equal(r.status, 200, JSON.stringify(r.body));
  });

  it('after 15 minutes, every deciding action is refused with second_factor_required and writes nothing', async () => {
    advance(t, 2 * MIN);
    const before = await tableCounts(t);
    for (const r of everyDecidingRequest(t, code)) {
      const res = await send(head, r);
      assert.equal(res.status, 403, `${r.name}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'second_factor_required', r.name);
    }
    assert.deepEqual(await tableCounts(t), before);
    const english = await t.server.inject({ method: 'GET', url: '/api/me' }); // a reachable route still answers
    assert.equal(english.statusCode, 401);
    assert.equal((await head.get(`/api/cases/${code}`)).status, 200, 'reading needs no step-up');
  });

  it('after a fresh code, none of them asks for the second factor again', async () => {
    await giveCode(t, head, secret);
    for (const r of everyDecidingRequest(t, code)) {
      const res = await send(head, r);
      assert.notEqual(res.body?.error?.code, 'second_factor_required', r.name);
    }
  });

  it('an API token never counts as a fresh second factor for a deciding action', async () => {
    const minted = await head.post('/api/me/tokens', { name: 'integration', actions: ['suspend', 'report_progress'] });
    assert.equal(minted.status, 201);
    const bearer = { authorization: `Bearer ${minted.body.token}` };
    const r = await t.server.inject({
      method: 'POST',
      url: `/api/cases/${code}/actions/suspend`,
      payload: { reasons: 'Tạm dừng.' },
      headers: { ...bearer, 'if-match': '"1"' },
    });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().error.code, 'second_factor_required');
  });

  it('someone with no second factor and no role requiring one is not asked', async () => {
    const proposer = await t.login('truongphong.stc');
    const r = await proposer.act(code, 'suspend', { reasons: 'x' }, 1);
    assert.notEqual(r.body.error.code, 'second_factor_required');
  });

  it('the refusal is in English when asked', async () => {
    advance(t, 16 * MIN);
    const r = await head.request('POST', `/api/cases/${code}/actions/suspend`, {}, { 'accept-language': 'en' });
    assert.equal(r.status, 403);
    assert.match(r.body.error.message, /second factor given within the last 15 minutes/);
  });
});
