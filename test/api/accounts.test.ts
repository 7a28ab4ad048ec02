import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';

describe('accounts: sessions, throttling, CSRF, API tokens', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

  it('signs in with the right password only, with an httpOnly SameSite cookie', async () => {
    const bad = await login('giamdoc.stc', 'wrong-password');
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.json().error.code, 'invalid_credentials');
    const unknown = await login('nobody', 'wrong-password');
    assert.equal(unknown.statusCode, 401);
    const ok = await login('giamdoc.stc', DEMO_PASSWORD);
    assert.equal(ok.statusCode, 200);
    const cookie = ok.cookies.find((c) => c.name === 'khien_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.ok(ok.json().csrfToken);
  });

  it('throttles repeated failures for an account, and says when to retry', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await login('phogiamdoc2.stc', `sai-${i}`)).statusCode, 401);
    const blocked = await login('phogiamdoc2.stc', DEMO_PASSWORD);
    assert.equal(blocked.statusCode, 429);
    assert.equal(blocked.json().error.code, 'too_many_attempts');
    assert.ok(Number(blocked.headers['retry-after']) > 0);
    t.clock.advanceDays(1);
    assert.equal((await login('phogiamdoc2.stc', DEMO_PASSWORD)).statusCode, 200, 'the window passes');
  });

  it('ends the session for real on logout', async () => {
    const client = await t.login('truongphong.stc');
    assert.equal((await client.get('/api/me')).status, 200);
    assert.equal((await client.post('/api/auth/logout')).status, 200);
    assert.equal((await client.get('/api/me')).status, 401);
  });

  it('requires a CSRF token for writes made with the session cookie', async () => {
    const client = await t.login('truongphong.stc');
    const r = await client.withoutCsrf().post('/api/cases', { plan: { title: 'x', domain: 'economy' } });
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, 'csrf_invalid');
    const other = await t.login('giamdoc.stc');
    const forged = await client.post(
      '/api/cases',
      { plan: { title: 'x', domain: 'economy' } },
      { 'x-csrf-token': 'forged' },
    );
    assert.equal(forged.status, 403);
    assert.ok(other);
  });

  it('accepts API tokens for integrations, without CSRF, until revoked', async () => {
    const client = await t.login('truongphong.stc');
    const created = await client.post('/api/me/tokens', { name: 'Hệ thống một cửa', actions: ['create_proposal'] });
    assert.equal(created.status, 201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const me = await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer });
    assert.equal(me.statusCode, 200);
    const write = await t.server.inject({
      method: 'POST',
      url: '/api/cases',
      headers: bearer,
      payload: { plan: { title: 'Qua API', domain: 'economy' } },
    });
    assert.equal(write.statusCode, 201);
    const list = await client.get('/api/me/tokens');
    assert.equal(list.body.items.length, 1);
    assert.equal(list.body.items[0].token_hash, undefined, 'the secret is never shown again');
    assert.equal((await client.request('DELETE', `/api/me/tokens/${created.body.id}`)).status, 200);
    const after = await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer });
    assert.equal(after.statusCode, 401);
  });

  it('keeps a token’s last use to the minute, without a write on every request', async () => {
    const client = await t.login('truongphong.stc');
    const created = await client.post('/api/me/tokens', { name: 'Đồng bộ báo cáo' });
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const lastUsed = async () =>
      (await client.get('/api/me/tokens')).body.items.find((x: any) => x.id === created.body.id).last_used_at;
    assert.equal(await lastUsed(), null);
    assert.equal((await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode, 200);
    const first = await lastUsed();
    assert.equal(new Date(first).getTime(), t.clock.now().getTime());
    t.clock.set(new Date(t.clock.now().getTime() + 30_000).toISOString());
    assert.equal((await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode, 200);
    assert.equal(await lastUsed(), first, 'half a minute later: not written again');
    t.clock.set(new Date(t.clock.now().getTime() + 31_000).toISOString());
    assert.equal((await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode, 200);
    assert.equal(new Date(await lastUsed()).getTime(), t.clock.now().getTime(), 'a minute after: written');
  });

  it('refuses a token or a session of a person who was deactivated', async () => {
    const admin = await t.login('quantri');
    const client = await t.login('chuyenvien.stc');
    const created = await client.post('/api/me/tokens', { name: 'Tạm thời' });
    const bearer = { authorization: `Bearer ${created.body.token}` };
    assert.equal((await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode, 200);
    const id = t.org.people['chuyenvien.stc']!;
    await t.runtime.db.updateTable('people').set({ active: false }).where('id', '=', id).execute();
    try {
      assert.equal((await t.server.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode, 401);
      assert.equal((await client.get('/api/me')).status, 401);
      assert.equal((await admin.get('/api/me')).status, 200);
    } finally {
      await t.runtime.db.updateTable('people').set({ active: true }).where('id', '=', id).execute();
    }
  });

  it('refuses anonymous requests', async () => {
    const anon = t.anonymous();
    assert.equal((await anon.get('/api/cases')).status, 401);
    assert.equal((await anon.post('/api/cases', {})).status, 401);
  });
});
