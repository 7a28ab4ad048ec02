import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { loginStatus, signIn } from './support.ts';
import { enrol, giveCode, nextStep, securityKinds, totpAt } from './second-factor-support.ts';

const MIN = 60_000;

/** Identity item 2: TOTP (RFC 6238) with recovery codes, enforced at sign-in; item 5: security events. */
describe('second factor: enrolment, sign-in, recovery codes, replay, throttling, required roles', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      secondFactor: { requiredRoles: ['administrator', 'head', 'deputy'], stepUpMs: 15 * MIN },
    });
  });
  after(() => t.close());

  it('enrols with a first code from the app: QR and secret once, ten recovery codes stored hashed', async () => {
    const { client, me } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    assert.equal(me.secondFactor, null, 'a proposer without a second factor signs in with the password alone');
    assert.equal((await client.get('/api/me/second-factor')).body.enrolled, false);

    const started = await client.post('/api/me/second-factor/enrolment');
    assert.equal(started.status, 200);
    assert.match(started.body.secret, /^[A-Z2-7]{32}$/);
    assert.match(started.body.otpauthUri, /^otpauth:\/\/totp\/Khi%C3%AAn:truongphong\.stc\?/);
    assert.ok(started.body.qrCode.startsWith('data:image/svg+xml;base64,'));

    const wrong = await client.post('/api/me/second-factor/confirmation', { code: '000000' });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.error.fields[0].path, 'code');
    assert.equal((await client.get('/api/me/second-factor')).body.enrolled, false, 'not enrolled by a wrong code');

    const ok = await client.post('/api/me/second-factor/confirmation', { code: await totpAt(t, started.body.secret) });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.recoveryCodes.length, 10);
    assert.equal(new Set(ok.body.recoveryCodes).size, 10);
    nextStep(t);

    const status = await client.get('/api/me/second-factor');
    assert.deepEqual(
      { enrolled: status.body.enrolled, left: status.body.recoveryCodesLeft },
      { enrolled: true, left: 10 },
    );
    assert.ok(!JSON.stringify(status.body).includes(started.body.secret), 'the secret is never shown again');
    const kept = await t.runtime.database.pool.query('select secret from second_factors where person_id = $1', [me.id]);
    assert.match(kept.rows[0].secret, /^aes-256-gcm:/, 'the database holds the secret sealed');
    assert.ok(!kept.rows[0].secret.includes(started.body.secret));
    assert.equal((await client.post('/api/me/second-factor/enrolment')).status, 409, 'a confirmed one is not redone');
    const stored = await t.runtime.database.pool.query('select code_hash from recovery_codes where person_id = $1', [
      me.id,
    ]);
    assert.equal(stored.rows.length, 10);
    for (const code of ok.body.recoveryCodes)
      assert.ok(!stored.rows.some((r: { code_hash: string }) => r.code_hash.includes(code)), 'only hashes stored');
  });

  it('signs in in two steps: after the password the session may only give the code or sign out', async () => {
    const { client, me } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    assert.equal(me.secondFactor, 'pending');
    const refused = await client.get('/api/cases');
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'second_factor_pending');
    assert.equal((await client.get('/api/me')).body.secondFactor, 'pending');

    const secret = await secretOf(t, me.id);
    await giveCode(t, client, secret);
    assert.equal((await client.get('/api/cases')).status, 200);
    assert.equal((await client.get('/api/me')).body.secondFactor, null);
  });

  it('refuses a code used once already, in the same session or another', async () => {
    const { client: a, me } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    const { client: b } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    const code = await totpAt(t, await secretOf(t, me.id));
    assert.equal((await a.post('/api/auth/second-factor', { code })).status, 200);
    const replay = await b.post('/api/auth/second-factor', { code });
    assert.equal(replay.status, 422, 'a replayed code is refused');
    assert.equal(replay.body.error.fields[0].code, 'wrong_second_factor_code');
    assert.equal((await b.get('/api/cases')).status, 403, 'the other session still waits');
    nextStep(t);
  });

  it('a recovery code signs in once only', async () => {
    const { client } = await signIn(t, 'chuyenvien.stc', DEMO_PASSWORD);
    const { recoveryCodes } = await enrol(t, client);
    const { client: next } = await signIn(t, 'chuyenvien.stc', DEMO_PASSWORD);
    const code = recoveryCodes[3]!.toLowerCase();
    assert.equal((await next.post('/api/auth/second-factor', { recoveryCode: code })).status, 200);
    assert.equal((await next.get('/api/cases')).status, 200);
    const { client: again, me } = await signIn(t, 'chuyenvien.stc', DEMO_PASSWORD);
    const reused = await again.post('/api/auth/second-factor', { recoveryCode: recoveryCodes[3] });
    assert.equal(reused.status, 422);
    assert.equal(reused.body.error.fields[0].path, 'recoveryCode');
    assert.equal((await again.get('/api/me/second-factor')).status, 403, 'still waiting for a factor');
    const kinds = await securityKinds(t, me.id);
    assert.ok(kinds.includes('recovery_code_used'));
    assert.ok(kinds.includes('second_factor_failed'));
  });

  it('wrong codes are refused, then slowed as wrong passwords are', async () => {
    const { client: enrolling } = await signIn(t, 'truongphong.snv', DEMO_PASSWORD);
    await enrol(t, enrolling);
    const { client, me } = await signIn(t, 'truongphong.snv', DEMO_PASSWORD);
    for (let i = 0; i < 5; i++) {
      const r = await client.post('/api/auth/second-factor', { code: '123456' });
      assert.equal(r.status, 422, `attempt ${i + 1}`);
    }
    const slowed = await client.post('/api/auth/second-factor', { code: await totpAt(t, await secretOf(t, me.id)) });
    assert.equal(slowed.status, 429, 'even a right code waits once the free failures are spent');
    assert.equal(slowed.body.error.code, 'too_many_second_factor_attempts');
    assert.ok(Number(slowed.headers['retry-after']) > 0);
    nextStep(t);
    await giveCode(t, client, await secretOf(t, me.id));
  });

  it('a role that requires it: the session may only enrol, then everything; it cannot be turned off', async () => {
    const { client, me } = await signIn(t, 'giamdoc.stc', DEMO_PASSWORD);
    assert.equal(me.secondFactor, 'enrol');
    const refused = await client.get('/api/worklist');
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'second_factor_enrolment_required');
    assert.equal((await client.post('/api/me/password', { currentPassword: 'x', newPassword: 'y' })).status, 403);
    const { secret } = await enrol(t, client);
    assert.equal((await client.get('/api/worklist')).status, 200, 'the enrolling session has given its factor');
    const off = await client.post('/api/me/second-factor/disable', { code: await totpAt(t, secret) });
    assert.equal(off.status, 403);
    assert.equal(off.body.error.code, 'second_factor_required_by_role');
    const { me: again } = await signIn(t, 'giamdoc.stc', DEMO_PASSWORD);
    assert.equal(again.secondFactor, 'pending');
  });

  it('turns off with a current code; new recovery codes replace the old', async () => {
    const { client, me } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    const secret = await secretOf(t, me.id);
    await giveCode(t, client, secret);
    const fresh = await client.post('/api/me/second-factor/recovery-codes', { code: await totpAt(t, secret) });
    assert.equal(fresh.status, 200);
    assert.equal(fresh.body.recoveryCodes.length, 10);
    nextStep(t);
    assert.equal((await client.post('/api/me/second-factor/disable', { code: '000000' })).status, 422);
    nextStep(t);
    assert.equal((await client.post('/api/me/second-factor/disable', { code: await totpAt(t, secret) })).status, 200);
    const { me: after } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    assert.equal(after.secondFactor, null, 'the password alone again');
    const left = await t.runtime.database.pool.query(
      'select count(*)::int as n from recovery_codes where person_id = $1',
      [me.id],
    );
    assert.equal(left.rows[0].n, 0);
  });

  it('security events go to the access log: sign-ins, factor, password, tokens, grants', async () => {
    assert.equal(await loginStatus(t, 'phogiamdoc2.stc', 'wrong password'), 401);
    const { client, me } = await signIn(t, 'phogiamdoc2.stc', DEMO_PASSWORD);
    await enrol(t, client);
    const token = await client.post('/api/me/tokens', { name: 'integration' });
    assert.equal(token.status, 201);
    assert.equal((await client.request('DELETE', `/api/me/tokens/${token.body.id}`)).status, 200);
    const changed = await client.post('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Một câu mật khẩu dài của phó giám đốc 2',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    nextStep(t);
    assert.equal((await client.post('/api/auth/second-factor', { code: '999999' })).status, 422);

    const { client: admin } = await signIn(t, 'quantri', DEMO_PASSWORD);
    await enrol(t, admin);
    const granted = await admin.post(`/api/people/${me.id}/grants`, { unitId: t.org.units.finance, role: 'inspector' });
    assert.equal(granted.status, 201, JSON.stringify(granted.body));
    assert.equal((await admin.request('DELETE', `/api/people/${me.id}/grants/${granted.body.id}`)).status, 200);

    assert.deepEqual(await securityKinds(t, me.id), [
      'sign_in_failed',
      'sign_in_succeeded',
      'second_factor_enrolled',
      'token_minted',
      'token_revoked',
      'password_changed',
      'second_factor_failed',
      'role_granted',
      'role_revoked',
    ]);
    const own = await client.get('/api/me/security-events');
    assert.equal(own.status, 200);
    assert.equal(own.body.items[0].kind, 'role_revoked');
    assert.equal(own.body.items[0].actor.id, admin.personId);
    assert.deepEqual((await client.get('/api/me/readers')).body.items, [], 'who read my record lists reads only');
    const inspectorView = await admin.get(`/api/access-log?personId=${me.id}`);
    assert.equal(inspectorView.status, 200);
    assert.ok(inspectorView.body.items.some((e: { kind: string }) => e.kind === 'sign_in_failed'));
    const appendOnly = await t.runtime.database.pool
      .query("update access_log set kind = 'x' where subject_person_id = $1", [me.id])
      .then(
        () => 'updated',
        () => 'refused',
      );
    assert.equal(appendOnly, 'refused');
  });

  it('an administrator removes a person’s second factor (a lost phone); nobody else may', async () => {
    const person = t.org.people['truongphong.snv']!;
    const { client: proposer } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
    assert.equal((await proposer.post(`/api/people/${person}/second-factor-reset`)).status, 403);
    const { client: admin, me } = await signIn(t, 'quantri', DEMO_PASSWORD);
    await giveCode(t, admin, await secretOf(t, me.id));
    assert.equal((await admin.post(`/api/people/${person}/second-factor-reset`)).status, 200);
    assert.equal((await admin.post(`/api/people/${person}/second-factor-reset`)).status, 409, 'nothing left to remove');
    const { me: after } = await signIn(t, 'truongphong.snv', DEMO_PASSWORD);
    assert.equal(after.secondFactor, null);
    assert.deepEqual((await securityKinds(t, person)).slice(-2), ['second_factor_disabled', 'sign_in_succeeded']);
  });
});

/** The person's TOTP secret, opened with the installation's key as the server opens it. */
async function secretOf(t: TestApp, personId: string): Promise<string> {
  const r = await t.runtime.database.pool.query('select secret from second_factors where person_id = $1', [personId]);
  return t.runtime.app.secondFactorSecrets.open(personId, r.rows[0].secret);
}
