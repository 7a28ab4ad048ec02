import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createDraft, tableCounts } from '../support/fixtures.ts';
import type { Res, TestClient } from '../support/test-client.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';

/**
 * Issue 11 (outside security review), items 4, 5, 7 and 8: bad characters, bad cursors,
 * wildcards in searches and repeated JSON keys are each refused with 400 naming the field,
 * and write nothing.
 */
describe('input hygiene (issue 11 items 4, 5, 7, 8)', () => {
  let t: TestApp;
  let proposer: TestClient;
  before(async () => {
    t = await startTestApp();
    proposer = await t.login('truongphong.stc');
  });
  after(() => t.close());

  async function refused(run: () => Promise<Res>, expected: string[]) {
    const before = await tableCounts(t);
    const r = await run();
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.equal(r.body.error.code, 'validation_failed');
    assert.deepEqual(
      r.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
      expected,
    );
    for (const f of r.body.error.fields) assert.ok(f.message, 'every field has a message');
    assert.deepEqual(await tableCounts(t), before, 'nothing was written');
  }

  // A raw JSON text, so escapes reach the server exactly as an attacker would send them.
  const rawPost = (url: string, json: string, headers: Record<string, string> = {}) =>
    proposer.post(url, json, { 'content-type': 'application/json', ...headers });
  const planJson = (titleJson: string) =>
    JSON.stringify({ plan: demoPlan('Kế hoạch', 'economy') }).replace(/"title":"[^"]*"/, `"title":${titleJson}`);

  it('item 4: NUL in any text field is 400 with the field path, not a 500', async () => {
    await refused(() => rawPost('/api/cases', planJson('"Ti\\u0000tle"')), ['plan.title:nul_character']);
    await refused(
      () => rawPost('/api/cases', planJson('"ok"').replace('"summary":"', '"summary":"a\\u0000')),
      ['plan.summary:nul_character'],
    );
    await refused(() => proposer.get('/api/people?q=a%00b'), ['querystring.q:nul_character']);
    await refused(() => proposer.get('/api/cases?q=%00'), ['querystring.q:nul_character']);
  });

  it('item 4: a lone surrogate is 400 with the field path', async () => {
    await refused(() => rawPost('/api/cases', planJson('"\\ud800"')), ['plan.title:unpaired_surrogate']);
    await refused(() => rawPost('/api/cases', planJson('"x\\udc00y"')), ['plan.title:unpaired_surrogate']);
  });

  it('item 4: a cursor that decodes to a non-UUID (or to nothing) is 400 on every cursor-bearing list', async () => {
    const bad = Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64');
    await refused(
      () => proposer.get(`/api/cases?cursor=${encodeURIComponent(bad)}`),
      ['querystring.cursor:invalid_cursor'],
    );
    await refused(() => proposer.get('/api/cases?cursor=%%%'), ['querystring.cursor:invalid_cursor']);
    const badDate = Buffer.from('yesterday|00000000-0000-4000-8000-000000000000').toString('base64url');
    await refused(() => proposer.get(`/api/cases?cursor=${badDate}`), ['querystring.cursor:invalid_cursor']);
    // Lists paged by a numeric id hold the cursor to digits in their schema.
    await refused(() => proposer.get('/api/notifications?cursor=abc'), ['querystring.cursor:invalid_format']);
    // A cursor the server made still pages.
    await createDraft(proposer, 'Thứ nhất');
    await createDraft(proposer, 'Thứ hai');
    const first = await proposer.get('/api/cases?limit=1');
    assert.equal(first.status, 200);
    assert.ok(first.body.nextCursor, JSON.stringify(first.body));
    const next = await proposer.get(`/api/cases?limit=1&cursor=${first.body.nextCursor}`);
    assert.equal(next.status, 200);
    assert.notEqual(next.body.items[0].code, first.body.items[0].code);
  });

  it('item 4: an id the database could not cast is 400, not 500 (urn:uuid:, a loose pattern)', async () => {
    await refused(
      () => proposer.get('/api/people/urn:uuid:00000000-0000-4000-8000-000000000000'),
      ['params.id:invalid_format'],
    );
    const head = await t.login('giamdoc.stc');
    const code = (await createDraft(proposer)).code;
    await proposer.must(code, 'submit');
    await head.must(code, 'accept_for_consideration', {
      conditions: {
        removesBottleneck: true,
        commonGood: true,
        urgentPracticalNeed: true,
        noAdverseEffect: true,
        promotesReform: true,
      },
      withinAuthority: true,
    });
    const current = (await head.get(`/api/cases/${code}`)).body;
    await refused(
      () =>
        head.act(
          code,
          'assign_appraisers',
          { appraiserIds: ['000Aa0Aa--AAaaaa-A00aa0-Aa-0a000aaA0'] },
          current.version,
        ),
      ['appraiserIds[0]:invalid_format'],
    );
  });

  it('item 4: a path that is not valid UTF-8 answers in the API error shape', async () => {
    const r = await proposer.get('/api/cases/%ED%A0%80');
    assert.equal(r.status, 400);
    assert.deepEqual(
      r.body.error.fields.map((f: { path: string }) => f.path),
      ['url'],
    );
  });

  it('item 5: control characters and bidi overrides are refused in a title; a title is one line', async () => {
    await refused(() => rawPost('/api/cases', planJson('"Chu\\u0007ông"')), ['plan.title:control_character']);
    await refused(() => rawPost('/api/cases', planJson('"\\u001b[31mđỏ"')), ['plan.title:control_character']);
    await refused(() => rawPost('/api/cases', planJson('"Hóa đơn \\u202Efdp.exe"')), ['plan.title:bidi_control']);
    for (const bidi of [
      '\\u202A',
      '\\u202B',
      '\\u202C',
      '\\u202D',
      '\\u2066',
      '\\u2067',
      '\\u2068',
      '\\u2069',
      '\\u200F',
    ]) {
      await refused(() => rawPost('/api/cases', planJson(`"a${bidi}b"`)), ['plan.title:bidi_control']);
    }
    await refused(() => rawPost('/api/cases', planJson('"dòng một\\ndòng hai"')), ['plan.title:line_break']);
    await refused(() => rawPost('/api/cases', planJson('"cột\\tcột"')), ['plan.title:line_break']);
    await refused(() => proposer.get('/api/units?q=a%0Ab'), ['querystring.q:line_break']);
  });

  it('item 5: a multi-line field keeps line breaks and tabs but still refuses other controls', async () => {
    const plan = demoPlan('Nhiều dòng', 'economy');
    plan.summary = 'Dòng một\nDòng hai\r\n\tthụt lề';
    const ok = await proposer.post('/api/cases', { plan });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    const read = await proposer.get(`/api/cases/${ok.body.code}`);
    assert.equal(read.body.plan.summary, plan.summary);
    await refused(
      () => rawPost('/api/cases', planJson('"ok"').replace('"summary":"', '"summary":"a\\u001bb')),
      ['plan.summary:control_character'],
    );
    await refused(
      () => rawPost('/api/cases', planJson('"ok"').replace('"summary":"', '"summary":"a\\u202eb')),
      ['plan.summary:bidi_control'],
    );
  });

  it('item 5: kept text is normalised to NFC, on routes that never did it themselves', async () => {
    const decomposed = 'Tích hợp Đất đai'.normalize('NFD');
    assert.notEqual(decomposed, decomposed.normalize('NFC'));
    const r = await proposer.post('/api/me/tokens', { name: decomposed });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const names = (await proposer.get('/api/me/tokens')).body.items.map((i: { name: string }) => i.name);
    assert.ok(names.includes(decomposed.normalize('NFC')), JSON.stringify(names));
    assert.ok(!names.includes(decomposed));
  });

  it('item 7: % and _ in q= are literal, not wildcards', async () => {
    for (const url of ['/api/people', '/api/units']) {
      const all = await proposer.get(`${url}?q=`);
      assert.ok(all.body.items.length > 1, `${url} lists rows`);
      for (const wildcard of ['%25', '_', '%25%25', '__', '%5C']) {
        const r = await proposer.get(`${url}?q=${wildcard}`);
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.items, [], `${url}?q=${wildcard} matches nothing`);
      }
    }
    const someone = await proposer.get('/api/people?q=tai%20chinh');
    assert.equal(someone.status, 200);
  });

  it('item 8: a repeated JSON key is refused, at any depth, also when escaped or in another Unicode form', async () => {
    const body = JSON.stringify({ plan: demoPlan('Kế hoạch', 'economy') });
    await refused(
      () => rawPost('/api/cases', body.replace('{"plan":{', '{"plan":{"title":"Một",')),
      ['plan.title:duplicate_key'],
    );
    await refused(() => rawPost('/api/cases', `{"plan":{"title":"A"},"plan":{"title":"B"}}`), ['plan:duplicate_key']);
    await refused(
      () => rawPost('/api/cases', `{"plan":{"title":"A","titl\\u0065":"B"}}`),
      ['plan.title:duplicate_key'],
    );
    await refused(
      () => rawPost('/api/cases', `{"plan":{"risks":[{"id":"r1","id":"r2"}]}}`),
      ['plan.risks[0].id:duplicate_key'],
    );
    const nfc = 'é';
    const nfd = 'é'.normalize('NFD');
    const twoForms = await rawPost('/api/cases', `{"plan":{"title":"A"},"x${nfc}":1,"x${nfd}":2}`);
    assert.equal(twoForms.status, 400);
    assert.ok(twoForms.body.error.fields.some((f: { code: string }) => f.code === 'duplicate_key'));
  });

  it('answers the new field codes in English too', async () => {
    const en = await t.login('truongphong.stc', 'en');
    const r = await en.post('/api/cases', planJson('"a\\u202Eb"'), { 'content-type': 'application/json' });
    assert.equal(r.status, 400);
    assert.equal(
      r.body.error.fields[0].message,
      'Contains a bidirectional-text control character, which is not allowed.',
    );
  });
});
