import assert from 'node:assert/strict';
import type { TestApp } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';

/** Signs in as a browser with the given user agent, keeping the answer's `me`. */
export async function signIn(t: TestApp, username: string, password: string, userAgent = 'Mozilla/5.0 Test') {
  const r = await t.server.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: { 'user-agent': userAgent },
  });
  assert.equal(r.statusCode, 200, `login ${username}: ${r.body}`);
  const body = r.json();
  const cookies = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { client: new TestClient(t.server, cookies, body.csrfToken, 'vi', body.me.id), me: body.me };
}

export const loginStatus = async (t: TestApp, username: string, password: string) =>
  (await t.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })).statusCode;

export function advance(t: TestApp, ms: number): void {
  t.clock.set(new Date(t.clock.now().getTime() + ms).toISOString());
}

export const bearerGet = async (t: TestApp, token: string, url = '/api/me') =>
  (await t.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })).statusCode;
