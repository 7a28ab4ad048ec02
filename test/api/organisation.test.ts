import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, createDraft, tableCounts } from '../support/fixtures.ts';
import { TestClient } from '../support/test-client.ts';

describe('organisation, profiles, search and the API description', () => {
  let t: TestApp;
  let admin: TestClient;
  before(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
  });
  after(() => t.close());

  it('lets administrators build the unit tree at any depth, and move a subtree', async () => {
    const team = await admin.post('/api/units', {
      code: 'AK-STC-P1',
      name: 'Phòng Quản lý giá',
      typeCode: 'department',
      parentId: t.org.units.finance,
    });
    assert.equal(team.status, 201);
    const group = await admin.post('/api/units', {
      code: 'AK-STC-P1-T1',
      name: 'Tổ thẩm định giá đất',
      typeCode: 'department',
      parentId: team.body.id,
    });
    assert.equal(group.status, 201);
    assert.equal(group.body.ancestorIds.length, 6, 'central → province → UBND → finance → division → team');
    const moved = await admin.request('PATCH', `/api/units/${team.body.id}`, { parentId: t.org.units.homeAffairs });
    assert.equal(moved.status, 200);
    const child = await admin.get(`/api/units/${group.body.id}`);
    assert.deepEqual(child.body.ancestorIds.slice(0, 4), [
      t.org.units.central,
      t.org.units.province,
      t.org.units.ubnd,
      t.org.units.homeAffairs,
    ]);
    const cycle = await admin.request('PATCH', `/api/units/${team.body.id}`, { parentId: group.body.id });
    assert.equal(cycle.status, 422);
    assert.equal(cycle.body.error.fields[0].code, 'cycle');
    const ordered = await admin.get(`/api/units?parentId=${t.org.units.ubnd}`);
    const names = ordered.body.items.map((u: { name: string }) => u.name);
    assert.deepEqual(names, [...names].sort(new Intl.Collator('vi').compare), 'Vietnamese alphabetical order');
    const searched = await admin.get('/api/units?q=so tai chinh');
    assert.deepEqual(
      searched.body.items.map((u: { code: string }) => u.code),
      ['AK-STC'],
    );
    const level = await admin.get(`/api/units?parentId=${t.org.units.homeAffairs}`);
    assert.deepEqual(
      level.body.items.map((u: { code: string }) => u.code),
      ['AK-STC-P1'],
    );
    assert.equal(level.body.items[0].childCount, 1);
  });

  it('pages a level of the tree in the order of names, namesakes by id, from a cursor only the server made', async () => {
    const parent = await admin.post('/api/units', {
      code: 'AK-PAGES',
      name: 'Khối phân trang',
      typeCode: 'department',
      parentId: t.org.units.ubnd,
    });
    assert.equal(parent.status, 201, JSON.stringify(parent.body));
    const names = ['Phòng Ăn uống', 'Phòng An ninh', 'Phòng Âm nhạc', 'Phòng Đo đạc', 'Phòng Dân số', 'Phòng Y tế'];
    for (const [i, name] of [...names, 'Phòng Y tế', 'Phòng Y tế'].entries()) {
      const r = await admin.post('/api/units', {
        code: `AK-PG-${i}`,
        name,
        typeCode: 'department',
        parentId: parent.body.id,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
    }
    const whole = await admin.get(`/api/units?parentId=${parent.body.id}`);
    assert.equal(whole.body.nextCursor, null, 'one page holds them all');
    assert.ok(
      whole.body.items.every((u: { parentName: string }) => u.parentName === 'Khối phân trang'),
      'each names the unit it is under',
    );
    const order = whole.body.items.map((u: { name: string; id: string }) => [u.name, u.id]);
    const collator = new Intl.Collator('vi');
    assert.deepEqual(
      order,
      [...order].sort((a: string[], b: string[]) => collator.compare(a[0]!, b[0]!) || (a[1]! < b[1]! ? -1 : 1)),
      'names in Vietnamese order, then ids',
    );
    for (const limit of [1, 3]) {
      const pages: unknown[] = [];
      let cursor: string | null = '';
      do {
        const page = await admin.get(
          `/api/units?parentId=${parent.body.id}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.equal(page.status, 200, JSON.stringify(page.body));
        assert.ok(page.body.items.length <= limit);
        pages.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual(pages, whole.body.items, `pages of ${limit} put together are the whole level`);
    }
    for (const cursor of ['nope!', Buffer.from('["x","not-a-uuid"]').toString('base64url'), 'e30']) {
      const bad = await admin.get(`/api/units?parentId=${parent.body.id}&cursor=${cursor}`);
      assert.equal(bad.status, 400, cursor);
      assert.equal(bad.body.error.fields[0].path, 'querystring.cursor');
    }
  });

  it('lets administrators add people and grant roles, one head per unit', async () => {
    const person = await admin.post('/api/people', {
      fullName: 'Nguyễn Thị Mới',
      unitId: t.org.units.binhMinh,
      positionCode: 'pho_chu_tich_ubnd',
      username: 'nguoimoi',
      password: 'mat-khau-dai-du',
    });
    assert.equal(person.status, 201);
    assert.equal(person.body.password_hash, undefined);
    const grant = await admin.post(`/api/people/${person.body.id}/grants`, {
      unitId: t.org.units.binhMinh,
      role: 'head',
    });
    assert.equal(grant.status, 201);
    const before = await tableCounts(t);
    const second = await admin.post(`/api/people/${t.org.people['giamdoc.stc']}/grants`, {
      unitId: t.org.units.binhMinh,
      role: 'head',
    });
    assert.equal(second.status, 422);
    assert.equal(second.body.error.fields[0].code, 'unit_already_has_head');
    const taken = await admin.post('/api/people', {
      fullName: 'Trùng tên',
      unitId: t.org.units.binhMinh,
      username: 'nguoimoi',
    });
    assert.equal(taken.status, 422);
    assert.equal(taken.body.error.fields[0].path, 'username');
    assert.deepEqual(await tableCounts(t), before);
    const newcomer = await TestClient.login(t.server, 'nguoimoi', 'mat-khau-dai-du', 'vi');
    assert.equal((await newcomer.get('/api/me')).body.grants[0].role, 'head');
    const card = await admin.get(`/api/people/${person.body.id}`);
    assert.deepEqual(
      card.body.grants.map((g: { role: string }) => g.role),
      ['head'],
    );
    const seenByColleague = await (await t.login('truongphong.stc')).get(`/api/people/${person.body.id}`);
    assert.equal(seenByColleague.body.grants, null, 'role grants are for administrators and organisation officers');
    const found = await admin.get('/api/people?q=nguyen thi moi');
    assert.deepEqual(
      found.body.items.map((p: { fullName: string }) => p.fullName),
      ['Nguyễn Thị Mới'],
    );
    const off = await admin.request('PATCH', `/api/people/${person.body.id}`, { active: false });
    assert.equal(off.status, 200);
    assert.equal((await newcomer.get('/api/me')).status, 401, 'deactivation signs the person out');
  });

  it('shows role grants and e-mails to organisation officers over the person’s unit only, the entry within the province', async () => {
    const person = t.org.people['giamdoc.stc'];
    const own = await (await t.login('tochuc.snv')).get(`/api/people/${person}`);
    assert.equal(own.status, 200);
    assert.ok(own.body.grants.length > 0, 'the province’s organisation officer sees the grants');
    const colleague = await (await t.login('truongphong.stc')).get(`/api/people/${person}`);
    assert.equal(colleague.status, 200, 'the directory entry is there for the officials of the province');
    assert.equal(colleague.body.fullName, own.body.fullName);
    assert.equal(colleague.body.grants, null, 'not the grants');
    assert.equal(colleague.body.email, null);
    const other = await (await t.login('tochuc.snv.hcm')).get(`/api/people/${person}`);
    assert.equal(other.status, 404, 'another province’s organisation officer: as for an id that does not exist');
  });

  it('refuses organisation changes by anyone but an administrator in scope', async () => {
    const head = await t.login('giamdoc.stc');
    const before = await tableCounts(t);
    const r = await head.post('/api/units', {
      code: 'X-1',
      name: 'Đơn vị lạ',
      typeCode: 'department',
      parentId: t.org.units.finance,
    });
    assert.equal(r.status, 403);
    const g = await head.post(`/api/people/${t.org.people['truongphong.stc']}/grants`, {
      unitId: t.org.units.finance,
      role: 'deputy',
    });
    assert.equal(g.status, 403);
    assert.deepEqual(await tableCounts(t), before);
  });

  it('publishes a new profile version while running cases keep theirs', async () => {
    const code = await caseIn(t, 'submitted');
    const profiles = await admin.get('/api/profiles');
    const current = profiles.body.items.find((p: { code: string }) => p.code === 'ND73').definition;
    const { version: _v, ...definition } = current;
    const next = { ...definition, limits: { ...definition.limits, considerationMeetingDays: 10 } };
    const published = await admin.post('/api/profiles', next);
    assert.equal(published.status, 201);
    assert.equal(published.body.version, 2);
    const bad = await admin.post('/api/profiles', { ...next, voteRule: { ...next.voteRule, moreThanFraction: 2 } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'voteRule.moreThanFraction');
    const unknownRules = await admin.post('/api/profiles', {
      ...next,
      protectionRuleSet: { id: 'NO-SUCH-RULES', version: 1 },
    });
    assert.equal(unknownRules.status, 422);
    assert.equal(unknownRules.body.error.fields[0].path, 'protectionRuleSet');
    const head = await t.login('giamdoc.stc');
    assert.deepEqual((await head.get(`/api/cases/${code}`)).body.profile, { code: 'ND73', version: 1 });
    const proposer = await t.login('truongphong.stc');
    const fresh = await createDraft(proposer, 'Đề xuất theo quy trình mới');
    assert.deepEqual(fresh.profile, { code: 'ND73', version: 2 });
    const submitted = await proposer.must(fresh.code, 'submit');
    assert.equal(submitted.dueOn, '2026-03-16', '10 working days under version 2');
    const byHead = await head.post('/api/profiles', next);
    assert.equal(byHead.status, 403);
  });

  it('finds cases by accent-insensitive text and by code, within what the person may read', async () => {
    const code = await caseIn(t, 'submitted', 'Cải cách thủ tục đất đai ở Đồng Tháp');
    const head = await t.login('giamdoc.stc');
    for (const q of ['dat dai', 'ĐẤT ĐAI', 'dong thap', code.toLowerCase()]) {
      const r = await head.get(`/api/cases?q=${encodeURIComponent(q)}`);
      assert.ok(
        r.body.items.some((c: { code: string }) => c.code === code),
        `"${q}" finds the case`,
      );
    }
    const outsider = await t.login('truongphong.snv');
    assert.equal((await outsider.get('/api/cases?q=dat%20dai')).body.items.length, 0);
  });

  it('matches whole words in any order, and a code by its beginning', async () => {
    const code = await caseIn(t, 'submitted', 'Thí điểm thanh toán tại xã Tân Phú, huyện Xuân Lộc');
    const head = await t.login('giamdoc.stc');
    const finds = async (q: string) =>
      (await head.get(`/api/cases?q=${encodeURIComponent(q)}&limit=100`)).body.items.some(
        (c: { code: string }) => c.code === code,
      );
    for (const q of [
      'tan phu',
      'Tân Phú',
      'phu huyen',
      'xuan loc',
      'loc xuan',
      'thanh toan tai xa',
      code,
      code.slice(0, 10),
      code.slice(0, 7).toLowerCase(),
    ]) {
      assert.equal(await finds(q), true, `"${q}" finds the case`);
    }
    // "an phu" is not the commune of Tân Phú; a fragment of a word, a missing word or punctuation alone is no match.
    for (const q of ['an phu', 'thanh toa', 'tan phu binh', '%', `${code.slice(0, 10)}9`]) {
      assert.equal(await finds(q), false, `"${q}" does not find the case`);
    }
  });

  it('paginates lists with a stable cursor and filters by state', async () => {
    const head = await t.login('giamdoc.stc');
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 20; page++) {
      const r = await head.get(`/api/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200);
      seen.push(...r.body.items.map((c: { code: string }) => c.code));
      if (!r.body.nextCursor) break;
      cursor = r.body.nextCursor;
    }
    const all = (await head.get('/api/cases?limit=100')).body.items.map((c: { code: string }) => c.code);
    assert.deepEqual(seen, all);
    assert.equal(new Set(seen).size, seen.length, 'no case twice');
    const submitted = await head.get('/api/cases?state=submitted');
    assert.ok(submitted.body.items.every((c: { state: string }) => c.state === 'submitted'));
    const bad = await head.get('/api/cases?state=flying');
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.fields[0].path, 'querystring.state[0]', 'named as the schema errors of a query are');
  });

  it('describes every route in OpenAPI 3', async () => {
    const r = await t.anonymous().get('/api/openapi.json');
    assert.equal(r.status, 200);
    assert.match(r.body.openapi, /^3\./);
    for (const path of [
      '/api/cases',
      '/api/cases/{code}/actions/submit',
      '/api/cases/{code}/actions/record-vote',
      '/api/cases/{code}/verify',
      '/api/units',
    ]) {
      assert.ok(r.body.paths[path], `${path} documented`);
    }
    const vote = r.body.paths['/api/cases/{code}/actions/record-vote'].post;
    assert.equal(vote.operationId, 'record_vote');
    assert.ok(vote.requestBody.content['application/json'].schema.properties.votes);
  });
});

describe('reference data and the procedure table', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('refuses a proposal from a position the profile does not cover', async () => {
    const clerk = await t.login('chuyenvien.stc');
    const { code, version } = (
      await clerk.post('/api/cases', {
        plan: (await import('../../src/demo/demo-plan.ts')).demoPlan('Đề xuất của chuyên viên', 'economy'),
      })
    ).body;
    const r = await clerk.act(code, 'submit', {}, version);
    assert.equal(r.status, 422);
    assert.equal(r.body.error.code, 'proposer_not_covered');
  });
  it('lets administrators extend coverage and domains, and publishes the rule table', async () => {
    const admin = await t.login('quantri');
    const position = await admin.request('PUT', '/api/positions/chuyen_vien', {
      nameVi: 'Chuyên viên',
      nameEn: 'Specialist',
      coveredByDecree: true,
    });
    assert.equal(position.status, 200);
    assert.equal(position.body.coveredByDecree, true);
    const domain = await admin.request('PUT', '/api/domains/digital_transformation', {
      nameVi: 'Chuyển đổi số',
      nameEn: 'Digital transformation',
    });
    assert.equal(domain.status, 200);
    const specialist = await t.login('chuyenvien.stc');
    const draft = await specialist.post('/api/cases', {
      plan: { ...(await import('../../src/demo/demo-plan.ts')).demoPlan('Số hóa hồ sơ', 'digital_transformation') },
    });
    assert.equal(draft.status, 201);
    assert.equal(
      (await specialist.must(draft.body.code, 'submit')).state,
      'submitted',
      'a specialist may propose once the position is covered',
    );
    const head = await t.login('giamdoc.stc');
    assert.equal((await head.request('PUT', '/api/domains/x_y', { nameVi: 'X', nameEn: 'X' })).status, 403);
    const table = await t.anonymous().get('/api/procedure');
    const vote = table.body.actions.find((a: { action: string }) => a.action === 'record_vote');
    assert.deepEqual(vote.from, ['under_consideration']);
    assert.deepEqual(vote.who, ['head']);
    assert.equal(vote.ground, 'Điều 8 khoản 1');
  });
});
