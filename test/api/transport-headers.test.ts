import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { buildServer } from '../../src/http/app.ts';
import type { Server } from '../../src/http/server-type.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createDraft } from '../support/fixtures.ts';

const PROXY = '10.0.0.7';

// Issue 11, items 6, 11, 12 and the trusted-proxy part of item 3.
describe('transport headers, trusted proxies and unsafe settings (issue 11)', () => {
  let t: TestApp;
  let behindProxy: Server;
  before(async () => {
    t = await startTestApp();
    behindProxy = await buildServer(t.runtime.app, {
      cookieSecret: 'proxy-test-secret-0123456789abcdef',
      secureCookies: true,
      logger: false,
      trustedProxies: [PROXY],
    });
    await behindProxy.ready();
  });
  after(async () => {
    await behindProxy.close();
    await t.close();
  });

  it('item 6: every authenticated JSON answer and every file download says Cache-Control: no-store', async () => {
    const proposer = await t.login('truongphong.stc');
    const code = (await createDraft(proposer)).code;
    for (const url of ['/api/me', `/api/cases/${code}`, '/api/cases', '/api/worklist', `/api/cases/${code}/export`]) {
      const r = await proposer.get(url);
      assert.equal(r.status, 200, url);
      assert.equal(r.headers['cache-control'], 'no-store', url);
    }
    const boundary = '----khien-cache';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nghi chú\r\n--${boundary}--\r\n`,
    );
    const up = await proposer.post(`/api/cases/${code}/attachments`, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    assert.equal(up.status, 201, JSON.stringify(up.body));
    const file = await proposer.get(`/api/cases/${code}/attachments/${up.body.id}`);
    assert.equal(file.status, 200);
    assert.equal(file.headers['cache-control'], 'no-store');
    const login = await t.server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'truongphong.stc', password: DEMO_PASSWORD },
    });
    assert.equal(login.headers['cache-control'], 'no-store', 'the sign-in answer carries a CSRF token');
  });

  it('item 12: Strict-Transport-Security only over HTTPS, as said by a trusted proxy', async () => {
    const plain = await t.server.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(plain.headers['strict-transport-security'], undefined, 'not over plain HTTP');
    const claimed = await t.server.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(claimed.headers['strict-transport-security'], undefined, 'a client cannot claim HTTPS');
    const untrusted = await behindProxy.inject({
      method: 'GET',
      url: '/api/openapi.json',
      remoteAddress: '203.0.113.5',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(untrusted.headers['strict-transport-security'], undefined, 'nor can anyone but the configured proxy');
    const proxied = await behindProxy.inject({
      method: 'GET',
      url: '/api/openapi.json',
      remoteAddress: PROXY,
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.match(String(proxied.headers['strict-transport-security']), /max-age=\d+/);
  });

  it("item 12: style elements need the answer's nonce, not unsafe-inline", async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'khien-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<meta property="csp-nonce" nonce="KHIEN_CSP_NONCE"><script type="module" nonce="KHIEN_CSP_NONCE" src="/a.js"></script>',
    );
    const web = await buildServer(t.runtime.app, {
      cookieSecret: 'web-test-secret-0123456789abcdef',
      secureCookies: false,
      logger: false,
      webRoot,
    });
    try {
      const nonces = new Set<string>();
      for (const url of ['/', '/cases/TH-2026-000001', '/index.html']) {
        const page = await web.inject({ method: 'GET', url });
        assert.equal(page.statusCode, 200, url);
        const csp = String(page.headers['content-security-policy']);
        const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src '))!;
        assert.doesNotMatch(styleSrc, /unsafe-inline/, csp);
        const nonce = /'nonce-([^']+)'/.exec(styleSrc)![1]!;
        assert.ok(page.body.includes(`nonce="${nonce}"`), 'the page carries the nonce of its own answer');
        const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '))!;
        assert.ok(scriptSrc.includes(`'nonce-${nonce}'`), 'its script tags carry the same nonce');
        assert.ok(!page.body.includes('KHIEN_CSP_NONCE'));
        nonces.add(nonce);
      }
      assert.equal(nonces.size, 3, 'a fresh nonce per answer');
    } finally {
      await web.close();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });

  it('every answer carries the security headers, made once; a JSON answer draws no nonce', async () => {
    const expected: Record<string, string> = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
        "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';" +
        "style-src-attr 'unsafe-inline'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    const proposer = await t.login('truongphong.stc');
    const code = (await createDraft(proposer)).code;
    const answers = [
      await proposer.get(`/api/cases/${code}`),
      await proposer.get('/api/cases/TH-1999-999999'),
      await t.server.inject({ method: 'GET', url: '/api/openapi.json' }),
      await t.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } }),
    ];
    for (const a of answers) {
      for (const [name, value] of Object.entries(expected)) assert.equal(a.headers[name], value, name);
    }
    // Behind TLS the policy also asks the browser to upgrade insecure requests.
    const secure = await behindProxy.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.match(String(secure.headers['content-security-policy']), /(^|;)upgrade-insecure-requests(;|$)/);
  });

  it('item 3: X-Forwarded-For is believed only from a configured proxy', async () => {
    const attempt = async (server: Server, remoteAddress: string) => {
      await server.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { 'x-forwarded-for': '198.51.100.23' },
        payload: { username: 'no.such.user', password: 'x' },
      });
      const r = await t.runtime.database.pool.query(
        `select ip from login_attempts where username = 'no.such.user' order by id desc limit 1`,
      );
      return r.rows[0].ip as string;
    };
    assert.equal(await attempt(t.server, '127.0.0.1'), '127.0.0.1', 'no proxy configured: the header is ignored');
    assert.equal(
      await attempt(behindProxy, '203.0.113.5'),
      '203.0.113.5',
      'an untrusted sender cannot choose its address',
    );
    assert.equal(await attempt(behindProxy, PROXY), '198.51.100.23', 'the configured proxy is believed');
  });

  it('item 11: production with demo data refuses to start, with a clear message', () => {
    const env = { NODE_ENV: 'production', KHIEN_DEMO_DATA: 'true', KHIEN_COOKIE_SECRET: 'x'.repeat(32) };
    assert.throws(() => loadConfig(env), ConfigError);
    assert.equal(loadConfig({ ...env, KHIEN_DEMO_DATA: 'false' }).demoData, false);
    const dataDir = mkdtempSync(join(tmpdir(), 'khien-prod-demo-'));
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, ...env, KHIEN_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /KHIEN_DEMO_DATA=true is refused with NODE_ENV=production/);
    assert.doesNotMatch(run.stdout, new RegExp(DEMO_PASSWORD), 'the shared password is never printed');
  });
});
