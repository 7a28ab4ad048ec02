import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, createDraft, tableCounts } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';

const TEXT = Buffer.from('Biên bản ý kiến — tệp đính kèm kiểm thử');

function multipart(content: Buffer, step?: string) {
  const boundary = `----khien${Math.random().toString(16).slice(2)}`;
  const stepPart =
    step === undefined ? '' : `--${boundary}\r\nContent-Disposition: form-data; name="step"\r\n\r\n${step}\r\n`;
  const body = Buffer.concat([
    Buffer.from(
      `${stepPart}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="y-kien.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function attach(client: TestClient, code: string, step?: string) {
  const m = multipart(TEXT, step);
  return client.post(`/api/cases/${code}/attachments`, m.body, m.headers);
}

// Issue 11 item 1: who may attach what, in which state, is read from the action rule table.
describe('attachments follow the rule table (issue 11, item 1)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  for (const state of ['evaluated', 'withdrawn'] as const) {
    it(`nobody attaches to a ${state} case: read-only roles are refused and nothing is written`, async () => {
      const code = state === 'withdrawn' ? await withdrawn(t) : await caseIn(t, state);
      for (const username of [
        'thanhtra',
        'dangu.ducq',
        'tochuc.snv',
        'thamdinh.skhcn',
        'truongphong.stc',
        'giamdoc.stc',
      ]) {
        const client = await t.login(username);
        const before = await tableCounts(t);
        const r = await attach(client, code);
        assert.ok(
          [403, 404, 409].includes(r.status),
          `${username} on a ${state} case: ${r.status} ${JSON.stringify(r.body)}`,
        );
        assert.deepEqual(await tableCounts(t), before, `${username}: no attachment row, no attachment_added event`);
        const seen = await client.get(`/api/cases/${code}`);
        if (seen.status === 200) assert.deepEqual(seen.body.attachableSteps, [], `${username} is offered no upload`);
      }
    });
  }

  it('the proposer attaches to the plan while it is a draft, and only to a step open now', async () => {
    const proposer = await t.login('truongphong.stc');
    const code = (await createDraft(proposer)).code;
    assert.deepEqual((await proposer.get(`/api/cases/${code}`)).body.attachableSteps, ['update_plan']);
    const r = await attach(proposer, code);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.step, 'update_plan');
    const events = await proposer.get(`/api/cases/${code}/events`);
    assert.equal(
      events.body.items.find((e: { type: string }) => e.type === 'attachment_added').payload.step,
      'update_plan',
    );
    const wrongStep = await attach(proposer, code, 'record_party_opinion');
    assert.equal(wrongStep.status, 409, 'a step that is not open now is refused with the state');
    const unknownStep = await attach(proposer, code, 'anything');
    assert.equal(unknownStep.status, 422);
    assert.equal(unknownStep.body.error.fields[0].path, 'step');
  });

  it('the Party liaison attaches the Party opinion only while it is requested of them', async () => {
    const code = await caseIn(t, 'under_consideration');
    const liaison = await t.login('dangu.ducq');
    const head = await t.login('giamdoc.stc');
    const early = await attach(liaison, code, 'record_party_opinion');
    assert.equal(early.status, 409, JSON.stringify(early.body));
    assert.equal(early.body.error.code, 'party_opinion_not_requested');
    await head.must(code, 'request_party_opinion', {});
    assert.deepEqual((await liaison.get(`/api/cases/${code}`)).body.attachableSteps, ['record_party_opinion']);
    const r = await attach(liaison, code, 'record_party_opinion');
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const proposer = await t.login('truongphong.stc');
    const byProposer = await attach(proposer, code, 'record_party_opinion');
    assert.equal(byProposer.status, 403, 'the proposer does not give the Party opinion');
  });

  it('during implementation the proposer attaches progress evidence, the inspector in scope an inspection', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    assert.ok((await proposer.get(`/api/cases/${code}`)).body.attachableSteps.includes('report_progress'));
    assert.equal((await attach(proposer, code, 'report_progress')).status, 201);
    const planNow = await attach(proposer, code, 'update_plan');
    assert.equal(planNow.status, 409, 'the plan is no longer open for changes');
  });
});

async function withdrawn(t: TestApp): Promise<string> {
  const code = await caseIn(t, 'submitted');
  const proposer = await t.login('truongphong.stc');
  await proposer.must(code, 'withdraw', { reason: 'other', note: 'Rút đề xuất để chuẩn bị lại kế hoạch.' });
  return code;
}
