import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';

// Issue 11, item 3: usernames are not a directory entry, and failures cannot lock the owner out.
describe('usernames and sign-in throttling (issue 11, item 3)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const login = (username: string, password: string, ip: string, cookie?: string) =>
    t.server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
      headers: cookie ? { cookie } : {},
    });

  it('shows a username only to the person and to administrators of their unit', async () => {
    const admin = await t.login('quantri');
    const adminId = admin.personId!;
    const official = await t.login('truongphong.snv');
    const seenByOfficial = await official.get(`/api/people/${adminId}`);
    assert.equal(seenByOfficial.status, 200);
    assert.equal(seenByOfficial.body.username, null, "another official does not learn the administrator's username");
    assert.equal((await admin.get(`/api/people/${adminId}`)).body.username, 'quantri', 'the person sees their own');
    assert.equal(
      (await admin.get(`/api/people/${official.personId}`)).body.username,
      'truongphong.snv',
      'the administrator of the subtree sees it',
    );
    assert.equal((await official.get(`/api/people/${official.personId}`)).body.username, 'truongphong.snv');
  });

  it("an attacker's failures slow down only the attacker: the owner signs in from another address, or from a device used before behind the same address", async () => {
    const office = '10.20.0.1';
    const home = '10.30.0.9';
    // The owner signed in once before from the office: the browser keeps its device cookie.
    const earlier = await login('phogiamdoc1.stc', DEMO_PASSWORD, office);
    assert.equal(earlier.statusCode, 200);
    const device = earlier.cookies.find((c) => c.name === 'khien_device')!;
    assert.ok(device, 'a device cookie is set at sign-in');
    assert.equal(device.httpOnly, true);
    const deviceCookie = `khien_device=${device.value}`;

    // Someone else behind the same office address guesses.
    const delays: number[] = [];
    for (let failures = 0; failures < 8; ) {
      const r = await login('phogiamdoc1.stc', `doan-sai-${failures}`, office);
      if (r.statusCode === 401) failures++;
      else {
        assert.equal(r.statusCode, 429);
        delays.push(Number(r.headers['retry-after']));
        t.clock.set(new Date(t.clock.now().getTime() + Number(r.headers['retry-after']) * 1000).toISOString());
      }
    }
    const throttled = await login('phogiamdoc1.stc', DEMO_PASSWORD, office);
    assert.equal(throttled.statusCode, 429, 'the guessing address waits, even with the right password');
    const wait = Number(throttled.headers['retry-after']);
    assert.ok(wait > 2 && wait <= 15 * 60, `growing delay, capped: ${wait}`);
    assert.ok(
      delays.every((d, i) => i === 0 || d >= delays[i - 1]!),
      `delays grow: ${delays}`,
    );

    assert.equal(
      (await login('phogiamdoc1.stc', DEMO_PASSWORD, office, deviceCookie)).statusCode,
      200,
      'the owner on their usual device',
    );
    assert.equal(
      (await login('phogiamdoc1.stc', DEMO_PASSWORD, home)).statusCode,
      200,
      'the owner from another address',
    );
    const forged = await login('phogiamdoc1.stc', DEMO_PASSWORD, office, 'khien_device=made-up-value');
    assert.equal(forged.statusCode, 429, 'an unsigned device id is not recognised');

    t.clock.set(new Date(t.clock.now().getTime() + wait * 1000).toISOString());
    assert.equal(
      (await login('phogiamdoc1.stc', DEMO_PASSWORD, office)).statusCode,
      200,
      'after the delay the address may try again',
    );
  });
});
