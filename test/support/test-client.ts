import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Server } from '../../src/http/server-type.ts';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

/** Drives the API as a signed-in browser would: session cookie, CSRF header, language. */
export class TestClient {
  constructor(
    private readonly server: Server,
    private cookies: string,
    private csrf: string | undefined,
    private readonly lang: 'vi' | 'en',
    public readonly personId?: string,
    private readonly credentials?: { username: string; password: string },
  ) {}

  static async login(server: Server, username: string, password: string, lang: 'vi' | 'en'): Promise<TestClient> {
    const r = await server.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    assert.equal(r.statusCode, 200, `login ${username}: ${r.body}`);
    const cookies = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const body = r.json();
    return new TestClient(server, cookies, body.csrfToken, lang, body.me.id, { username, password });
  }

  /** Signs in again: sessions expire after 12 hours, and tests move the clock by days. */
  async refresh(): Promise<this> {
    if (!this.credentials) return this;
    const fresh = await TestClient.login(this.server, this.credentials.username, this.credentials.password, this.lang);
    this.cookies = fresh.cookies;
    this.csrf = fresh.csrf;
    return this;
  }

  async request(method: string, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const r = await this.server.inject({
      method: method as 'GET',
      url,
      payload: payload as object | undefined,
      headers: {
        ...(this.cookies ? { cookie: this.cookies } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        'accept-language': this.lang,
        ...headers,
      },
    });
    let body: unknown = r.body;
    if (String(r.headers['content-type'] ?? '').includes('json')) body = r.json();
    return { status: r.statusCode, body, headers: r.headers };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, payload, headers);
  }

  /** Takes a case action with the version the caller last saw. */
  act(code: string, action: string, body: unknown, version: number) {
    return this.post(`/api/cases/${code}/actions/${action.replace(/_/g, '-')}`, body, { 'if-match': `"${version}"` });
  }

  /** Reads the case, then acts on its current version, and checks the action succeeded. */
  async must(code: string, action: string, body: unknown = {}): Promise<any> {
    const current = await this.get(`/api/cases/${code}`);
    assert.equal(current.status, 200, `read ${code}: ${JSON.stringify(current.body)}`);
    const r = await this.act(code, action, body, current.body.version);
    assert.equal(r.status, 200, `${action} on ${code}: ${JSON.stringify(r.body)}`);
    return r.body;
  }

  withoutCsrf(): TestClient {
    return new TestClient(this.server, this.cookies, undefined, this.lang, this.personId);
  }
}
