import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { tableCounts } from '../support/fixtures.ts';
import { DEFAULT_MFA_AMR } from '../../src/app/auth/oidc-settings.ts';
import { authorize, REDIRECT_URI, startTestProvider, type TestProvider } from './oidc-provider.ts';

/**
 * Identity issue, item 3: single sign-on with OpenID Connect (code + PKCE) against a real
 * provider started here, on both databases. The protocol is not mocked: Khiên's start redirects
 * to the provider, the provider's interaction signs an account in, and its redirect comes back
 * to Khiên's callback, which exchanges the code with the provider over HTTP.
 */
describe('single sign-on with OpenID Connect (identity issue, item 3)', () => {
  let t: TestApp;
  let idp: TestProvider;
  let otherIdp: TestProvider;
  let admin: TestClient;

  /** Khiên's start: the provider's authorization URL and the pending sign-in cookie. */
  async function start() {
    const r = await t.server.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    assert.equal(r.statusCode, 302, r.body);
    const pending = r.cookies.find((c) => c.name === 'khien_oidc');
    assert.ok(pending?.httpOnly, 'the pending sign-in is an httpOnly cookie');
    return { authorizeUrl: new URL(r.headers.location as string), cookie: `khien_oidc=${pending.value}` };
  }

  const callback = (back: URL, cookie: string, accept = 'application/json') =>
    t.server.inject({ method: 'GET', url: `/api/auth/oidc/callback${back.search}`, headers: { cookie, accept } });

  /** The whole journey for an account; the callback's answer. */
  async function signIn(accountId: string, amr = ['pwd']) {
    idp.nextLogin = { accountId, amr };
    const { authorizeUrl, cookie } = await start();
    return callback(await authorize(authorizeUrl.href), cookie);
  }

  async function me(r: Awaited<ReturnType<typeof callback>>) {
    const session = r.cookies.find((c) => c.name === 'khien_session');
    assert.ok(session, `a session cookie: ${r.statusCode} ${r.body}`);
    const res = await t.server.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `khien_session=${session.value}` },
    });
    assert.equal(res.statusCode, 200);
    return res.json();
  }

  const count = async (sql: string) => Number((await t.runtime.database.pool.query(sql)).rows[0].n);
  const written = async () => ({
    ...(await tableCounts(t)),
    sessions: await count('select count(*)::int as n from sessions'),
    identities: await count('select count(*)::int as n from person_identities'),
    audit: await count('select count(*)::int as n from audit_log'),
  });

  before(async () => {
    idp = await startTestProvider();
    otherIdp = await startTestProvider();
    t = await startTestApp({
      oidc: {
        issuer: idp.issuer,
        clientId: 'khien',
        clientSecret: 'khien-secret-0123456789abcdef',
        claim: 'email',
        name: 'Cổng định danh tỉnh',
        mfaAmr: DEFAULT_MFA_AMR,
        redirectUri: REDIRECT_URI,
      },
    });
    admin = await t.login('quantri');
    const link = await admin.post(`/api/admin/people/${t.org.people['chuyenvien.stc']}/identities`, {
      subject: 'sub-chuyenvien',
    });
    assert.equal(link.status, 201, JSON.stringify(link.body));
  });
  after(async () => {
    await t.close();
    await idp.close();
    await otherIdp.close();
  });

  it('tells the web app that single sign-on is on, and its name', async () => {
    const r = await t.anonymous().get('/api/auth/oidc');
    assert.deepEqual(r.body, { enabled: true, name: 'Cổng định danh tỉnh', startUrl: '/api/auth/oidc/start' });
  });

  it('sends the browser to the provider with state, nonce and an S256 PKCE challenge', async () => {
    const { authorizeUrl } = await start();
    assert.equal(authorizeUrl.origin, idp.issuer);
    const q = authorizeUrl.searchParams;
    assert.equal(q.get('client_id'), 'khien');
    assert.equal(q.get('response_type'), 'code');
    assert.equal(q.get('code_challenge_method'), 'S256');
    assert.ok(q.get('state') && q.get('nonce') && q.get('code_challenge'));
    assert.equal(q.get('redirect_uri'), REDIRECT_URI);
  });

  it('signs in a person an administrator linked, with the same session as a password sign-in', async () => {
    const r = await signIn('sub-chuyenvien');
    assert.equal(r.statusCode, 302, r.body);
    assert.equal(r.headers.location, '/');
    assert.equal((await me(r)).id, t.org.people['chuyenvien.stc']);
    const { rows } = await t.runtime.database.pool.query(
      'select second_factor_at, second_factor_method from sessions where person_id = $1 order by created_at desc limit 1',
      [t.org.people['chuyenvien.stc']],
    );
    assert.equal(rows[0].second_factor_at, null, 'a password at the provider is one factor');
  });

  it('takes the provider’s amr with mfa as the session’s second factor', async () => {
    const before = await count(`select count(*)::int as n from sessions where second_factor_method = 'oidc'`);
    const r = await signIn('sub-chuyenvien', ['pwd', 'mfa']);
    assert.equal(r.statusCode, 302, r.body);
    await me(r);
    assert.equal(
      await count(`select count(*)::int as n from sessions where second_factor_method = 'oidc'`),
      before + 1,
    );
  });

  it('links an account by its verified e-mail at the first sign-in, logged; then by the link', async () => {
    idp.accounts.set('sub-truongphong', { email: 'TruongPhong.STC@ankhang.example', email_verified: true });
    const person = t.org.people['truongphong.stc'];
    const r = await signIn('sub-truongphong');
    assert.equal(r.statusCode, 302, r.body);
    assert.equal((await me(r)).id, person);
    const links = await admin.get(`/api/admin/people/${person}/identities`);
    assert.equal(links.status, 200);
    assert.deepEqual(
      links.body.items.map((i: { issuer: string; subject: string; linkedVia: string }) => [
        i.issuer,
        i.subject,
        i.linkedVia,
      ]),
      [[idp.issuer, 'sub-truongphong', 'claim']],
    );
    assert.equal(
      await count(
        `select count(*)::int as n from audit_log where action = 'identity_linked' and entity_id = '${person}'`,
      ),
      1,
    );
    // The link holds even once the e-mail no longer matches.
    idp.accounts.set('sub-truongphong', { email: 'changed@example.org', email_verified: true });
    assert.equal((await me(await signIn('sub-truongphong'))).id, person);
  });

  it('refuses an unknown account and an unverified e-mail: nobody is created, nothing is written', async () => {
    idp.accounts.set('sub-unverified', { email: 'giamdoc.stc@ankhang.example', email_verified: false });
    const was = await written();
    for (const account of ['sub-stranger', 'sub-unverified']) {
      const r = await signIn(account);
      assert.equal(r.statusCode, 403, r.body);
      assert.equal(r.json().error.code, 'oidc_no_person_linked');
      assert.ok(!r.cookies.some((c) => c.name === 'khien_session'));
    }
    assert.deepEqual(await written(), was);
  });

  it('shows a browser a readable refusal page, Vietnamese first', async () => {
    idp.nextLogin = { accountId: 'sub-stranger', amr: ['pwd'] };
    const { authorizeUrl, cookie } = await start();
    const r = await callback(await authorize(authorizeUrl.href), cookie, 'text/html');
    assert.equal(r.statusCode, 403);
    assert.match(r.headers['content-type'] as string, /text\/html/);
    assert.match(r.body, /chưa được liên kết với cán bộ nào/);
    assert.match(r.body, /not linked to any person/);
  });

  it('refuses a deactivated person', async () => {
    const person = t.org.people['chuyenvien.stc'];
    await t.runtime.database.pool.query('update people set active = false where id = $1', [person]);
    try {
      const r = await signIn('sub-chuyenvien');
      assert.equal(r.statusCode, 403, r.body);
      assert.equal(r.json().error.code, 'oidc_person_inactive');
    } finally {
      await t.runtime.database.pool.query('update people set active = true where id = $1', [person]);
    }
  });

  it('refuses a response whose state is not the one sent', async () => {
    idp.nextLogin = { accountId: 'sub-chuyenvien', amr: ['pwd'] };
    const { authorizeUrl, cookie } = await start();
    const back = await authorize(authorizeUrl.href);
    back.searchParams.set('state', 'forged-state');
    const was = await written();
    const r = await callback(back, cookie);
    assert.equal(r.statusCode, 401, r.body);
    assert.equal(r.json().error.code, 'oidc_response_refused');
    assert.deepEqual(await written(), was);
  });

  it('refuses a callback without its pending sign-in, and a callback replayed', async () => {
    idp.nextLogin = { accountId: 'sub-chuyenvien', amr: ['pwd'] };
    const { authorizeUrl, cookie } = await start();
    const back = await authorize(authorizeUrl.href);
    assert.equal((await callback(back, '')).statusCode, 401, 'no pending cookie');
    const other = await start();
    assert.equal((await callback(back, other.cookie)).statusCode, 401, 'another sign-in’s state');
    assert.equal((await callback(back, cookie)).statusCode, 302, 'its own pending sign-in');
    assert.equal((await callback(back, cookie)).statusCode, 401, 'the code is used once');
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    idp.nextLogin = { accountId: 'sub-chuyenvien', amr: ['pwd'] };
    const { authorizeUrl, cookie } = await start();
    const back = await authorize(authorizeUrl.href);
    const pending = JSON.parse(t.server.unsignCookie(decodeURIComponent(cookie.slice('khien_oidc='.length))).value!);
    const forged = `khien_oidc=${encodeURIComponent(t.server.signCookie(JSON.stringify({ ...pending, nonce: 'other-nonce' })))}`;
    const r = await callback(back, forged);
    assert.equal(r.statusCode, 401, r.body);
    assert.equal(r.json().error.code, 'oidc_response_refused');
  });

  it('refuses a response from another issuer', async () => {
    otherIdp.nextLogin = { accountId: 'sub-chuyenvien', amr: ['pwd'] };
    const { authorizeUrl, cookie } = await start();
    // Same client, same callback, same state and nonce: only the issuer differs.
    const elsewhere = new URL(authorizeUrl.pathname + authorizeUrl.search, otherIdp.issuer);
    const back = await authorize(elsewhere.href);
    assert.equal(back.searchParams.get('iss'), otherIdp.issuer);
    const r = await callback(back, cookie);
    assert.equal(r.statusCode, 401, r.body);
    assert.equal(r.json().error.code, 'oidc_response_refused');
  });

  it('refuses a code issued to another client (audience)', async () => {
    idp.nextLogin = { accountId: 'sub-chuyenvien', amr: ['pwd'] };
    const { authorizeUrl, cookie } = await start();
    authorizeUrl.searchParams.set('client_id', 'other-app');
    const back = await authorize(authorizeUrl.href);
    assert.ok(back.searchParams.get('code'), 'the provider issued a code to the other client');
    const r = await callback(back, cookie);
    assert.equal(r.statusCode, 401, r.body);
    assert.equal(r.json().error.code, 'oidc_response_refused');
  });

  it('lets only an administrator of the person’s unit link and unlink accounts; one account, one person', async () => {
    const person = t.org.people['giamdoc.stc'];
    const someone = await t.login('truongphong.stc');
    const was = await written();
    assert.equal((await someone.post(`/api/admin/people/${person}/identities`, { subject: 'x' })).status, 403);
    const taken = await admin.post(`/api/admin/people/${person}/identities`, { subject: 'sub-chuyenvien' });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.fields[0].path, 'subject');
    const bad = await admin.post(
      `/api/admin/people/${person}/identities`,
      { subject: '' },
      { 'accept-language': 'en' },
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'subject');
    assert.deepEqual(await written(), was);

    const linked = await admin.post(`/api/admin/people/${person}/identities`, { subject: 'sub-giamdoc' });
    assert.equal(linked.status, 201);
    assert.equal((await me(await signIn('sub-giamdoc'))).id, person);
    const removed = await admin.request('DELETE', `/api/admin/people/${person}/identities/${linked.body.id}`);
    assert.equal(removed.status, 200);
    assert.equal((await signIn('sub-giamdoc')).statusCode, 403, 'unlinked, and no claim names the person');
  });
});

describe('single sign-on switched off', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('says so, and has no way in', async () => {
    assert.deepEqual((await t.anonymous().get('/api/auth/oidc')).body, { enabled: false });
    assert.equal((await t.anonymous().get('/api/auth/oidc/start')).status, 404);
  });
});
