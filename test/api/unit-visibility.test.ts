import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';
import { createDraft } from '../support/fixtures.ts';

// Issue 11, item 9: the unit tree and its leaders only as far as a role needs.
describe('unit tree visibility (issue 11, item 9)', () => {
  let t: TestApp;
  let otherDept: string;
  let otherProvince: string;
  before(async () => {
    t = await startTestApp();
    const admin = await t.login('quantri');
    const central = t.org.units.central!;
    const province = await admin.post('/api/units', {
      code: 'BL',
      name: 'Tỉnh Bình Lâm',
      typeCode: 'province',
      parentId: central,
    });
    assert.equal(province.status, 201, JSON.stringify(province.body));
    otherProvince = province.body.id;
    const dept = await admin.post('/api/units', {
      code: 'BL-STC',
      name: 'Sở Tài chính Bình Lâm',
      typeCode: 'department',
      parentId: otherProvince,
    });
    assert.equal(dept.status, 201, JSON.stringify(dept.body));
    otherDept = dept.body.id;
    const head = await admin.post('/api/people', {
      fullName: 'Võ Văn Giám',
      unitId: otherDept,
      username: 'giamdoc.bl',
      password: 'Mat-khau-dai-2026',
    });
    assert.equal(head.status, 201, JSON.stringify(head.body));
    assert.equal(
      (await admin.post(`/api/people/${head.body.id}/grants`, { unitId: otherDept, role: 'head' })).status,
      201,
    );
  });
  after(() => t.close());

  it("an official sees their own province's units and leaders, not another province's", async () => {
    const official = await t.login('truongphong.stc');
    const own = await official.get(`/api/units/${t.org.units.finance}`);
    assert.equal(own.status, 200);
    assert.ok(own.body.leaders.length > 0);
    const foreign = await official.get(`/api/units/${otherDept}`);
    assert.equal(foreign.status, 404, 'answers like an id that does not exist');
    assert.equal(foreign.body.error.code, 'unit_not_found');
    const children = await official.get(`/api/units?parentId=${t.org.units.central}`);
    const names = children.body.items.map((u: { name: string }) => u.name);
    assert.ok(names.includes('Tỉnh An Khang'), 'the path down to their own province');
    assert.ok(!names.includes('Tỉnh Bình Lâm'), JSON.stringify(names));
    const search = await official.get(`/api/units?q=${encodeURIComponent('Bình Lâm')}`);
    assert.deepEqual(search.body.items, []);
    const [root] = (await official.get('/api/units?parentId=root')).body.items;
    assert.equal((await official.get('/api/units?parentId=root')).body.items.length, 1, 'the national root');
    assert.equal(root.childCount, children.body.items.length, 'it counts only the children that are listed');
    const [head] = (await t.login('quantri').then((a) => a.get(`/api/people?unitId=${otherDept}`))).body.items;
    const entry = await official.get(`/api/people/${head.id}`);
    assert.equal(entry.status, 404, "another province's official answers like an id that does not exist");
    assert.equal(entry.body.error.code, 'person_not_found');
    assert.equal((await official.get(`/api/people/${t.org.people['giamdoc.stc']}`)).status, 200, 'their own');
  });

  it('an administrator of the subtree sees it', async () => {
    const admin = await t.login('quantri');
    const foreign = await admin.get(`/api/units/${otherDept}`);
    assert.equal(foreign.status, 200);
    assert.equal(foreign.body.leaders[0].fullName, 'Võ Văn Giám');
    const children = await admin.get(`/api/units?parentId=${t.org.units.central}`);
    assert.ok(children.body.items.some((u: { id: string }) => u.id === otherProvince));
  });

  it("lists the people of the official's province in the directory, not another province's", async () => {
    const official = await t.login('truongphong.stc');
    const names = async (client: typeof official, query: string) =>
      (await client.get(`/api/people?${query}`)).body.items.map((p: { fullName: string }) => p.fullName);
    assert.deepEqual(await names(official, `q=${encodeURIComponent('Võ Văn Giám')}`), []);
    assert.deepEqual(await names(official, `unitId=${otherDept}`), [], 'a foreign unit lists nobody');
    assert.ok((await names(official, 'q=dang thu ha')).includes('Đặng Thu Hà'), 'their own province');
    const everyone = await names(official, 'limit=200');
    assert.ok(everyone.length > 0 && !everyone.includes('Võ Văn Giám'), JSON.stringify(everyone));
    const admin = await t.login('quantri');
    assert.deepEqual(await names(admin, `unitId=${otherDept}`), ['Võ Văn Giám'], 'the administrator of both');
  });

  it('follows a person, or a whole unit, that moves to another province (migration 035)', async () => {
    const official = await t.login('truongphong.stc');
    const admin = await t.login('quantri');
    const listed = async () =>
      (await official.get(`/api/people?q=${encodeURIComponent('Võ Văn Giám')}`)).body.items.length === 1;
    assert.equal(await listed(), false);
    const moved = await admin.request('PATCH', `/api/units/${otherDept}`, { parentId: t.org.units.province });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(await listed(), true, "the unit's people move with it");
    assert.equal((await admin.request('PATCH', `/api/units/${otherDept}`, { parentId: otherProvince })).status, 200);
    assert.equal(await listed(), false, 'and back');
    const [giam] = (await admin.get(`/api/people?unitId=${otherDept}`)).body.items;
    const transferred = await admin.request('PATCH', `/api/people/${giam.id}`, { unitId: t.org.units.finance });
    assert.equal(transferred.status, 200, JSON.stringify(transferred.body));
    assert.equal(await listed(), true, 'a person transferred to the province');
    assert.equal((await admin.request('PATCH', `/api/people/${giam.id}`, { unitId: otherDept })).status, 200);
    assert.equal(await listed(), false);
  });

  it("an administrator of one department lists its people; of it and a province's unit, both", async () => {
    const admin = await t.login('quantri');
    const names = async (client: TestClient) =>
      (await client.get('/api/people?limit=200')).body.items.map((p: { fullName: string }) => p.fullName);
    const enrol = async (fullName: string, unitId: string, username: string) => {
      const person = await admin.post('/api/people', { fullName, unitId, username, password: 'Mat-khau-dai-2026' });
      assert.equal(person.status, 201, JSON.stringify(person.body));
      const grant = await admin.post(`/api/people/${person.body.id}/grants`, {
        unitId: otherDept,
        role: 'administrator',
      });
      assert.equal(grant.status, 201, JSON.stringify(grant.body));
      const client = await TestClient.login(t.server, username, 'Mat-khau-dai-2026', 'vi');
      const changed = await client.post('/api/me/password', {
        currentPassword: 'Mat-khau-dai-2026',
        newPassword: 'một buổi sáng trên đồi chè',
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      return client;
    };
    const local = await names(await enrol('Lê Quản Trị', otherDept, 'quantri.blstc'));
    assert.deepEqual(local, ['Lê Quản Trị', 'Võ Văn Giám'], 'the department, not the province it is in');
    const both = await names(await enrol('Mai Văn Kiêm', t.org.units.finance!, 'kiem.stc'));
    for (const name of ['Lê Quản Trị', 'Võ Văn Giám', 'Mai Văn Kiêm', 'Đặng Thu Hà'])
      assert.ok(both.includes(name), name);
  });

  it('lists the areas a readable case involves when choosing people for it, and refuses an unreadable case', async () => {
    const admin = await t.login('quantri');
    const person = await admin.post('/api/people', {
      fullName: 'Trịnh Văn Chuyển',
      unitId: otherDept,
      positionCode: 'truong_phong',
      username: 'chuyen.bl',
      password: 'Mat-khau-dai-2026',
    });
    assert.equal(person.status, 201, JSON.stringify(person.body));
    const grant = await admin.post(`/api/people/${person.body.id}/grants`, { unitId: otherDept, role: 'proposer' });
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    const proposer = await TestClient.login(t.server, 'chuyen.bl', 'Mat-khau-dai-2026', 'vi');
    await proposer.post('/api/me/password', {
      currentPassword: 'Mat-khau-dai-2026',
      newPassword: 'một buổi sáng trên đồi chè',
    });
    const { code } = await createDraft(proposer, 'Đề xuất của cán bộ được điều động');
    // Transferred to An Khang, their role in Bình Lâm ended, the draft still theirs: the former
    // colleagues are still choosable for it.
    assert.equal((await admin.request('DELETE', `/api/people/${person.body.id}/grants/${grant.body.id}`)).status, 200);
    assert.equal(
      (await admin.request('PATCH', `/api/people/${person.body.id}`, { unitId: t.org.units.finance })).status,
      200,
    );
    const giam = `q=${encodeURIComponent('Võ Văn Giám')}`;
    const count = async (query: string) => (await proposer.get(`/api/people?${query}`)).body.items?.length;
    assert.equal(await count(giam), 0, 'not in the directory of their new area');
    assert.equal(await count(`${giam}&caseCode=${code}`), 1, "in the case's area");
    const outsider = await t.login('truongphong.stc');
    const refused = await outsider.get(`/api/people?${giam}&caseCode=${code}`);
    assert.equal(refused.status, 404, 'a case the person may not read is answered as one that does not exist');
    assert.equal(refused.body.error.code, 'case_not_found');
    const malformed = await outsider.get('/api/people?caseCode=x');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.fields[0].path, 'querystring.caseCode');
  });
});
