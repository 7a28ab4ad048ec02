import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, createDraft, tableCounts } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';

/** Every bad request gets a clear 4xx naming the field, and writes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let proposer: TestClient;
  let head: TestClient;
  before(async () => {
    t = await startTestApp();
    proposer = await t.login('truongphong.stc');
    head = await t.login('giamdoc.stc');
  });
  after(() => t.close());

  async function unchanged<T>(run: () => Promise<T>): Promise<T> {
    const before = await tableCounts(t);
    const result = await run();
    assert.deepEqual(await tableCounts(t), before, 'nothing was written');
    return result;
  }

  const fields = (r: { body: { error: { fields: { path: string; code: string }[] } } }) =>
    r.body.error.fields.map((f) => `${f.path}:${f.code}`);

  it('refuses missing, wrong, unknown and oversized fields with their paths', async () => {
    await unchanged(async () => {
      const missing = await proposer.post('/api/cases', {});
      assert.equal(missing.status, 400);
      assert.equal(missing.body.error.code, 'validation_failed');
      assert.deepEqual(fields(missing), ['plan:required']);
      assert.equal(missing.body.error.fields[0].message, 'Bắt buộc nhập.');

      const wrong = await proposer.post('/api/cases', { plan: { title: 42 }, urgent: 'yes', colour: 'red' });
      assert.equal(wrong.status, 400);
      assert.deepEqual(fields(wrong).sort(), [
        'colour:unknown_field',
        'plan.title:invalid_type',
        'urgent:invalid_type',
      ]);

      const long = await proposer.post('/api/cases', { plan: { ...demoPlan('x'), title: 'đ'.repeat(301) } });
      assert.equal(long.status, 400);
      assert.deepEqual(fields(long), ['plan.title:too_long']);

      const risk = demoPlan('Kế hoạch');
      (risk.risks![0] as { likelihood: string }).likelihood = 'extreme';
      const badRisk = await proposer.post('/api/cases', { plan: risk });
      assert.equal(badRisk.status, 400);
      assert.deepEqual(fields(badRisk), ['plan.risks[0].likelihood:invalid_value']);

      const domain = await proposer.post('/api/cases', { plan: demoPlan('Kế hoạch', 'astrology') });
      assert.equal(domain.status, 422);
      assert.deepEqual(fields(domain), ['plan.domain:unknown_domain']);

      const noTitle = await proposer.post('/api/cases', { plan: { domain: 'economy' } });
      assert.equal(noTitle.status, 422);
      assert.deepEqual(fields(noTitle), ['plan.title:required']);
    });
  });

  it('answers in English when asked', async () => {
    const en = await t.login('truongphong.stc', 'en');
    const r = await en.post('/api/cases', {});
    assert.equal(r.body.error.message, 'The request is not valid.');
    assert.equal(r.body.error.fields[0].message, 'Required.');
  });

  it('refuses malformed JSON and a wrong content type', async () => {
    await unchanged(async () => {
      const json = await proposer.post('/api/cases', '{"plan": ', { 'content-type': 'application/json' });
      assert.equal(json.status, 400);
      assert.equal(json.body.error.code, 'invalid_json');
      const text = await proposer.post('/api/cases', 'plan=1', { 'content-type': 'text/plain' });
      assert.equal(text.status, 415);
      assert.equal(text.body.error.code, 'unsupported_media_type');
    });
  });

  it('refuses an incomplete plan at submission, naming every missing section', async () => {
    const r0 = await proposer.post('/api/cases', { plan: { title: 'Bản nháp sơ sài', domain: 'economy' } });
    assert.equal(r0.status, 201);
    await unchanged(async () => {
      const r = await proposer.act(r0.body.code, 'submit', {}, r0.body.version);
      assert.equal(r.status, 422);
      assert.equal(r.body.error.code, 'plan_incomplete');
      const paths = r.body.error.fields.map((f: { path: string }) => f.path);
      for (const p of [
        'plan.necessity.bottleneck',
        'plan.legalBasis.authorityRationale',
        'plan.feasibility',
        'plan.risks',
      ]) {
        assert.ok(paths.includes(p), `${p} named`);
      }
    });
  });

  it('refuses an invalid transition with the state and the allowed actions', async () => {
    const { code, version } = await createDraft(proposer);
    await unchanged(async () => {
      const r = await proposer.act(
        code,
        'approve',
        { decisionNumber: '1/QĐ', decisionDate: '2026-03-02', reasons: 'Lý do đầy đủ.' },
        version,
      );
      assert.equal(r.status, 409);
      assert.equal(r.body.error.code, 'action_not_allowed_in_state');
      assert.equal(r.body.error.state, 'draft');
      assert.deepEqual(r.body.error.allowedActions.sort(), ['set_co_proposers', 'submit', 'update_plan', 'withdraw']);
    });
  });

  it('requires If-Match, and refuses a stale version', async () => {
    const { code, version } = await createDraft(proposer);
    await unchanged(async () => {
      const none = await proposer.post(`/api/cases/${code}/actions/submit`, {});
      assert.equal(none.status, 428);
      assert.equal(none.body.error.code, 'if_match_required');
      const stale = await proposer.act(code, 'submit', {}, version + 5);
      assert.equal(stale.status, 412);
      assert.equal(stale.body.error.code, 'stale_version');
      assert.equal(stale.body.error.currentVersion, version);
    });
  });

  it('refuses unknown cases, people and attachments', async () => {
    const code = await caseIn(t, 'under_consideration');
    const current = (await head.get(`/api/cases/${code}`)).body;
    await unchanged(async () => {
      assert.equal((await head.get('/api/cases/TH-2026-999999')).status, 404);
      assert.equal((await head.get('/api/cases/not-a-code')).status, 400);
      const r = await head.act(
        code,
        'assign_appraisers',
        { appraiserIds: ['00000000-0000-4000-8000-000000000000'] },
        current.version,
      );
      assert.equal(r.status, 422);
      assert.deepEqual(fields(r), ['appraiserIds[0]:not_an_appraiser']);
      const notId = await head.act(code, 'assign_appraisers', { appraiserIds: ['abc'] }, current.version);
      assert.equal(notId.status, 400);
      const vote = await head.act(code, 'return_for_completion', { requests: [], reasons: 'x' }, current.version);
      assert.equal(vote.status, 400);
      assert.deepEqual(fields(vote), ['requests:too_few']);
    });
    const draft = await createDraft(proposer);
    await unchanged(async () => {
      const r = await proposer.act(
        draft.code,
        'set_co_proposers',
        { coProposerIds: ['00000000-0000-4000-8000-000000000000'] },
        draft.version,
      );
      assert.equal(r.status, 422);
      assert.deepEqual(fields(r), ['coProposerIds[0]:unknown_person']);
    });
  });

  it('checks dates against the calendar and the clock', async () => {
    const code = await caseIn(t, 'in_implementation');
    const current = (await proposer.get(`/api/cases/${code}`)).body;
    await unchanged(async () => {
      const future = await proposer.act(code, 'declare_completed', { completedOn: '2030-01-01' }, current.version);
      assert.equal(future.status, 422);
      assert.deepEqual(fields(future), ['completedOn:in_future']);
      const impossible = await proposer.act(code, 'declare_completed', { completedOn: '2026-02-30' }, current.version);
      assert.equal(impossible.status, 422);
      assert.deepEqual(fields(impossible), ['completedOn:invalid_date']);
    });
  });

  it('keeps reasons of decisions meaningful', async () => {
    const code = await caseIn(t, 'vote_failed');
    const current = (await head.get(`/api/cases/${code}`)).body;
    await unchanged(async () => {
      const r = await head.act(code, 'reject', { reasons: 'không' }, current.version);
      assert.equal(r.status, 422);
      assert.deepEqual(fields(r), ['reasons:too_short']);
    });
  });
});
