import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { bearerGet, loginStatus, signIn } from './support.ts';

/** Issue 17 item 1: one's own change of password, and the administrator's forced reset. */
describe('passwords: own change, forced reset, first sign-in (issue 17 item 1)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const auditRows = (action: string) =>
    t.runtime.db.selectFrom('audit_log').select('entity_id').where('action', '=', action).execute();

  it('changes one’s own password with the current one; other sessions and every API token end', async () => {
    const { client: here } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD, 'Firefox at the office');
    const { client: elsewhere } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD, 'Phone');
    const token = (await here.post('/api/me/tokens', { name: 'Báo cáo' })).body.token as string;
    assert.equal(await bearerGet(t, token), 200);

    const wrong = await here.post('/api/me/password', {
      currentPassword: 'sai-mat-khau',
      newPassword: 'sông Hồng chảy qua ba tỉnh',
    });
    assert.equal(wrong.status, 422);
    assert.deepEqual(
      wrong.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['currentPassword', 'wrong_current_password']],
    );
    for (const [newPassword, code] of [
      ['password12', 'password_too_short'],
      ['password1234', 'password_too_weak'],
      ['truongphong.stc!!', 'password_personal'],
      [DEMO_PASSWORD, 'password_unchanged'],
    ]) {
      const r = await here.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword });
      assert.equal(r.status, 422, newPassword);
      assert.equal(r.body.error.fields[0].path, 'newPassword');
      assert.equal(r.body.error.fields[0].code, code, newPassword);
      assert.ok(r.body.error.fields[0].message.length > 0);
    }
    assert.equal((await elsewhere.get('/api/me')).status, 200, 'a refused change ends nothing');
    assert.equal(await bearerGet(t, token), 200);

    const ok = await here.post('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'sông Hồng chảy qua ba tỉnh',
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.endedSessions >= 1, true);
    assert.equal((await here.get('/api/me')).status, 200, 'the session the change was made in goes on');
    assert.equal((await elsewhere.get('/api/me')).status, 401, 'the other session ended');
    assert.equal(await bearerGet(t, token), 401, 'the API token ended');
    assert.equal(await loginStatus(t, 'truongphong.stc', DEMO_PASSWORD), 401);
    assert.equal(await loginStatus(t, 'truongphong.stc', 'sông Hồng chảy qua ba tỉnh'), 200);
    assert.deepEqual(
      (await auditRows('password_changed')).map((r) => r.entity_id),
      [t.org.people['truongphong.stc']],
    );
  });

  it('an administrator’s reset signs the person out everywhere, and they must choose their own before anything else', async () => {
    const admin = await t.login('quantri');
    const personId = t.org.people['giamdoc.stc']!;
    const { client: before } = await signIn(t, 'giamdoc.stc', DEMO_PASSWORD);
    const token = (await before.post('/api/me/tokens', { name: 'Đồng bộ' })).body.token as string;

    const colleague = await t.login('truongphong.snv');
    assert.equal(
      (await colleague.post(`/api/people/${personId}/password-reset`, { password: 'Tạm thời cho Giám đốc 7' })).status,
      403,
    );
    const weak = await admin.post(`/api/people/${personId}/password-reset`, { password: 'giamdoc12345' });
    assert.equal(weak.status, 422);
    assert.equal(weak.body.error.fields[0].path, 'password');
    assert.equal((await before.get('/api/me')).status, 200, 'a refused reset ends nothing');

    const reset = await admin.post(`/api/people/${personId}/password-reset`, { password: 'Tạm thời cho Giám đốc 7' });
    assert.equal(reset.status, 200, JSON.stringify(reset.body));
    assert.equal((await before.get('/api/me')).status, 401);
    assert.equal(await bearerGet(t, token), 401);
    assert.deepEqual(
      (await auditRows('password_reset')).map((r) => r.entity_id),
      [personId],
    );

    const { client, me } = await signIn(t, 'giamdoc.stc', 'Tạm thời cho Giám đốc 7');
    assert.equal(me.mustChangePassword, true);
    assert.equal((await client.get('/api/me')).body.mustChangePassword, true);
    const blocked = await client.get('/api/cases');
    assert.equal(blocked.status, 403);
    assert.equal(blocked.body.error.code, 'password_change_required');
    assert.equal((await client.post('/api/me/tokens', { name: 'x' })).status, 403);
    const changed = await client.post('/api/me/password', {
      currentPassword: 'Tạm thời cho Giám đốc 7',
      newPassword: 'một buổi sáng trên đồi chè',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal((await client.get('/api/me')).body.mustChangePassword, false);
    assert.equal((await client.get('/api/cases')).status, 200);
  });

  it('a person an administrator creates with a password changes it at the first sign-in; weak ones are refused', async () => {
    const admin = await t.login('quantri');
    const base = { fullName: 'Lê Thị Hoa', unitId: t.org.units.finance, username: 'lethihoa' };
    assert.equal((await admin.post('/api/people', { ...base, password: 'password12' })).status, 400);
    const weak = await admin.post('/api/people', { ...base, password: 'lethihoa2026' });
    assert.equal(weak.status, 422);
    assert.equal(weak.body.error.fields[0].path, 'password');
    const created = await admin.post('/api/people', { ...base, password: 'Mật khẩu tạm của Hoa 1' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { client, me } = await signIn(t, 'lethihoa', 'Mật khẩu tạm của Hoa 1');
    assert.equal(me.mustChangePassword, true);
    assert.equal((await client.get('/api/worklist')).status, 403);
    const changed = await client.post('/api/me/password', {
      currentPassword: 'Mật khẩu tạm của Hoa 1',
      newPassword: 'hoa sen nở giữa mùa hè',
    });
    assert.equal(changed.status, 200);
    assert.equal((await client.get('/api/worklist')).status, 200);
  });

  it('deactivating a person ends every session and token of theirs', async () => {
    const admin = await t.login('quantri');
    const { client } = await signIn(t, 'chuyenvien.stc', DEMO_PASSWORD);
    const token = (await client.post('/api/me/tokens', { name: 'Tạm' })).body.token as string;
    const id = t.org.people['chuyenvien.stc']!;
    assert.equal((await admin.request('PATCH', `/api/people/${id}`, { active: false })).status, 200);
    assert.equal((await client.get('/api/me')).status, 401);
    assert.equal(await bearerGet(t, token), 401);
    assert.equal((await admin.request('PATCH', `/api/people/${id}`, { active: true })).status, 200);
    assert.equal((await client.get('/api/me')).status, 401, 'reactivation brings no session back');
    const live = await t.runtime.db
      .selectFrom('api_tokens')
      .select('id')
      .where('person_id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    assert.deepEqual(live, []);
  });
});
