import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { ALL_CONDITIONS, caseIn, createDraft } from '../support/fixtures.ts';

/** Errors a new user meets name what is missing, not only that something is wrong (issue "Rough edges"). */
describe('specific error messages', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const fields = (r: { body: { error: { fields: { path: string; code: string; message: string }[] } } }) =>
    r.body.error.fields.map((f) => `${f.path}:${f.code}`);

  it('an empty required text is "required", not "too short (at least 1 character)"', async () => {
    const proposer = await t.login('truongphong.stc');
    const draft = await createDraft(proposer);
    const r = await proposer.act(
      draft.code,
      'update_plan',
      { plan: { ...draft.plan, risks: [{ ...draft.plan.risks[0], description: '' }] } },
      draft.version,
    );
    assert.equal(r.status, 400, JSON.stringify(r.body));
    const risk = r.body.error.fields.find((f: { path: string }) => f.path === 'plan.risks[0].description');
    assert.equal(risk?.code, 'required');
    assert.equal(risk?.message, 'Bắt buộc nhập.');
  });

  it('intake (Art. 5(1)) names each condition not confirmed', async () => {
    const code = await caseIn(t, 'submitted');
    const head = await t.login('giamdoc.stc');
    const current = (await head.get(`/api/cases/${code}`)).body;
    const none = {
      conditions: Object.fromEntries(Object.keys(ALL_CONDITIONS.conditions).map((k) => [k, false])),
      withinAuthority: true,
    };
    const r = await head.act(code, 'accept_for_consideration', none, current.version);
    assert.equal(r.status, 422);
    const messages = r.body.error.fields.map((f: { message: string }) => f.message);
    assert.equal(new Set(messages).size, messages.length, `distinct messages: ${messages.join(' | ')}`);
    assert.ok(messages.some((m: string) => m.includes('tháo gỡ điểm nghẽn')));
    assert.ok(messages.some((m: string) => m.includes('lợi ích chung')));
  });

  it('a reward proposal without its number of months (Art. 10(c)) says the input is incomplete, not "not eligible"', async () => {
    const code = await caseIn(t, 'evaluated');
    const head = await t.login('giamdoc.stc');
    const body = {
      beneficiaryKind: 'proposer',
      personId: t.org.people['truongphong.stc'],
      form: 'early_salary_step',
      justification: 'Hoàn thành xuất sắc đề xuất đổi mới.',
    };
    const r = await head.post(`/api/cases/${code}/rewards`, body);
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.deepEqual(fields(r), ['months:required']);
    assert.equal(r.body.error.code, 'reward_proposal_incomplete');
    assert.doesNotMatch(r.body.error.message, /Không đủ điều kiện/);
  });
});
