import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createDraft } from '../support/fixtures.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';

// Issue 11, item 10: tokens have scopes and an expiry, are minted only from a session, and die with their owner's account.
describe('API token scopes and expiry (issue 11, item 10)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('a token is read-only unless given actions, and writes only those', async () => {
    const proposer = await t.login('truongphong.stc');
    const code = (await createDraft(proposer)).code;
    const readOnly = (await proposer.post('/api/me/tokens', { name: 'Báo cáo' })).body;
    assert.deepEqual(readOnly.scopes, ['read']);
    assert.equal(
      (await t.server.inject({ method: 'GET', url: `/api/cases/${code}`, headers: as(readOnly.token) })).statusCode,
      200,
    );
    const refused = await t.server.inject({
      method: 'POST',
      url: '/api/cases',
      headers: as(readOnly.token),
      payload: { plan: demoPlan('Qua API chỉ đọc', 'economy') },
    });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'token_scope');

    const submitter = (await proposer.post('/api/me/tokens', { name: 'Nộp hồ sơ', actions: ['submit'] })).body;
    const version = (await proposer.get(`/api/cases/${code}`)).body.version;
    const planEdit = await t.server.inject({
      method: 'POST',
      url: `/api/cases/${code}/actions/update-plan`,
      headers: { ...as(submitter.token), 'if-match': `"${version}"` },
      payload: {},
    });
    assert.equal(planEdit.statusCode, 403, 'an action outside the list');
    const submit = await t.server.inject({
      method: 'POST',
      url: `/api/cases/${code}/actions/submit`,
      headers: { ...as(submitter.token), 'if-match': `"${version}"` },
      payload: {},
    });
    assert.equal(submit.statusCode, 200, submit.body);
  });

  it('expires after 90 days by default, after at most a year when asked', async () => {
    const client = await t.login('chuyenvien.stc');
    const token = (await client.post('/api/me/tokens', { name: 'Mặc định' })).body;
    assert.equal(new Date(token.expiresAt).getTime() - t.clock.now().getTime(), 90 * 86_400_000);
    assert.equal((await client.post('/api/me/tokens', { name: 'Quá dài', expiresInDays: 400 })).status, 400);
    t.clock.advanceDays(91);
    assert.equal(
      (await t.server.inject({ method: 'GET', url: '/api/me', headers: as(token.token) })).statusCode,
      401,
      'expired',
    );
  });

  it('is minted only from a signed-in session, never from a token', async () => {
    const client = await t.login('giamdoc.stc');
    const token = (await client.post('/api/me/tokens', { name: 'Gốc', actions: ['create_proposal'] })).body;
    const minted = await t.server.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: as(token.token),
      payload: { name: 'Con' },
    });
    assert.equal(minted.statusCode, 403);
    assert.equal((await client.get('/api/me/tokens')).body.items.length, 1, 'nothing was minted');
  });

  it('deactivating a person revokes every token they minted, for good', async () => {
    const admin = await t.login('quantri');
    const client = await t.login('phogiamdoc2.stc');
    const token = (await client.post('/api/me/tokens', { name: 'Tạm' })).body;
    const id = client.personId!;
    assert.equal((await admin.request('PATCH', `/api/people/${id}`, { active: false })).status, 200);
    assert.equal((await admin.request('PATCH', `/api/people/${id}`, { active: true })).status, 200);
    assert.equal(
      (await t.server.inject({ method: 'GET', url: '/api/me', headers: as(token.token) })).statusCode,
      401,
      'reactivation does not revive it',
    );
  });
});
