import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { DEFAULT_SESSION_LIMITS } from '../../src/domain/auth/session-expiry.ts';
import { advance, signIn } from './support.ts';

const MIN = 60_000;

/** Issue 17 item 4: idle and absolute limits on the injected clock, one's own sessions, sign out elsewhere. */
describe('sessions: idle and absolute limits, own list, sign out elsewhere (issue 17 item 4)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ sessionLimits: DEFAULT_SESSION_LIMITS });
  });
  after(() => t.close());

  it('ends a session after 15 minutes without a request; each request moves the limit', async () => {
    const { client } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    advance(t, 14 * MIN);
    assert.equal((await client.get('/api/me')).status, 200);
    advance(t, 14 * MIN);
    assert.equal((await client.get('/api/me')).status, 200, '28 minutes after sign-in, 14 after the last request');
    advance(t, 15 * MIN);
    assert.equal((await client.get('/api/me')).status, 401);
    advance(t, -10 * MIN);
    assert.equal((await client.get('/api/me')).status, 200, 'the session is ended by the clock, not deleted');
  });

  it('ends a session 12 hours after sign-in however active', async () => {
    const { client } = await signIn(t, 'giamdoc.stc', DEMO_PASSWORD);
    for (let elapsed = 0; elapsed < 12 * 60 - 10; elapsed += 10) {
      advance(t, 10 * MIN);
      assert.equal((await client.get('/api/me')).status, 200, `${elapsed + 10} minutes in`);
    }
    advance(t, 10 * MIN);
    assert.equal((await client.get('/api/me')).status, 401, '12 hours in');
  });

  it('lists one’s own live sessions with their devices and limits, and ends one or all the others', async () => {
    const { client: office } = await signIn(t, 'phogiamdoc1.stc', DEMO_PASSWORD, 'Firefox on the office PC');
    const { client: phone } = await signIn(t, 'phogiamdoc1.stc', DEMO_PASSWORD, 'Safari on a phone');
    const { client: tablet } = await signIn(t, 'phogiamdoc1.stc', DEMO_PASSWORD, 'Chrome on a tablet');
    const someoneElse = await t.login('phogiamdoc2.stc');

    const list = await office.get('/api/me/sessions');
    assert.equal(list.status, 200);
    assert.equal(list.body.idleTimeoutMinutes, 15);
    assert.equal(list.body.absoluteLifetimeHours, 12);
    const agents = list.body.items.map((s: { userAgent: string }) => s.userAgent).sort();
    assert.deepEqual(agents, ['Chrome on a tablet', 'Firefox on the office PC', 'Safari on a phone']);
    const current = list.body.items.filter((s: { current: boolean }) => s.current);
    assert.equal(current.length, 1);
    assert.equal(current[0].userAgent, 'Firefox on the office PC');
    assert.equal(new Date(current[0].idleEndsAt).getTime() - new Date(current[0].lastSeenAt).getTime(), 15 * MIN);
    assert.ok(!JSON.stringify(list.body).includes('token'), 'no token or hash of one is shown');

    const phoneId = list.body.items.find((s: { userAgent: string }) => s.userAgent === 'Safari on a phone').id;
    assert.equal((await someoneElse.request('DELETE', `/api/me/sessions/${phoneId}`)).status, 404, 'not theirs');
    assert.equal((await phone.get('/api/me')).status, 200);
    assert.equal((await office.request('DELETE', `/api/me/sessions/${phoneId}`)).status, 200);
    assert.equal((await phone.get('/api/me')).status, 401);
    assert.equal((await office.request('DELETE', `/api/me/sessions/${phoneId}`)).status, 404, 'already ended');

    const others = await office.post('/api/me/sessions/sign-out-others');
    assert.equal(others.status, 200);
    assert.equal(others.body.endedSessions, 1);
    assert.equal((await tablet.get('/api/me')).status, 401);
    assert.equal((await office.get('/api/me')).status, 200);
    assert.equal((await someoneElse.get('/api/me')).status, 200, 'another person’s sessions go on');
    assert.equal((await office.get('/api/me/sessions')).body.items.length, 1);
  });

  it('an API token can neither list nor end sessions', async () => {
    const client = await t.login('thanhtra');
    const token = (await client.post('/api/me/tokens', { name: 'Đọc' })).body.token as string;
    const r = await t.server.inject({
      method: 'GET',
      url: '/api/me/sessions',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(r.statusCode, 403);
  });
});
