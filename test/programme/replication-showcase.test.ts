import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { caseIn, tableCounts, today } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Issue 14, item 5–6 (Conclusion 14-KL/TW §2.5: replication of good models, institutionalisation,
 * making them known): the deciding head marks a completed initiative as a model, another unit
 * adopts it, the origin shows where it went; the public showcase shows only what the head approved
 * and forgets what is withdrawn; a gap in the rules is tracked until the regulation is issued.
 */
describe('models, replication, institutionalisation and the public showcase (issue 14)', () => {
  let t: TestApp;
  let origin: string;
  before(async () => {
    t = await startTestApp();
    origin = await caseIn(t, 'evaluated', 'Thí điểm tiếp nhận hồ sơ đất đai trực tuyến');
  });
  after(async () => t?.close());

  it('after the evaluation the deciding head is offered the §2.5 actions, and nobody else is', async () => {
    const head = await t.login('giamdoc.stc');
    const view = (await head.get(`/api/cases/${origin}`)).body;
    for (const a of ['mark_as_model', 'approve_publication', 'propose_institutionalisation'])
      assert.ok(view.allowedActions.includes(a), a);
    for (const a of ['withdraw_publication', 'record_regulation_issued'])
      assert.ok(!view.allowedActions.includes(a), a);
    const proposer = await t.login('truongphong.stc');
    const r = await proposer.act(origin, 'mark_as_model', { summary: 'x' }, view.version);
    assert.equal(r.status, 403);
  });

  it('only an initiative evaluated as completed can be a model', async () => {
    const partly = await caseIn(t, 'completion_reported', 'Thí điểm một phần');
    const head = await t.login('giamdoc.stc');
    const { evaluation } = await import('../support/fixtures.ts');
    const liaison = await t.login('dangu.ducq');
    await head.must(partly, 'request_party_opinion', {});
    await liaison.must(partly, 'record_party_opinion', { opinion: 'agree', content: 'Đồng ý.', givenOn: today(t) });
    await head.must(partly, 'record_evaluation', evaluation(t, 'partly_completed'));
    const view = (await head.get(`/api/cases/${partly}`)).body;
    assert.ok(!view.allowedActions.includes('mark_as_model'));
    const r = await head.act(partly, 'mark_as_model', { summary: 'Mô hình.' }, view.version);
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, 'model_needs_completed_outcome');
  });

  it('a model is adopted by another unit, its plan copied, and the origin shows where it went', async () => {
    const head = await t.login('giamdoc.stc');
    await head.must(origin, 'mark_as_model', { summary: 'Tiếp nhận trực tuyến, giảm một nửa thời gian.' });
    const again = (await head.get(`/api/cases/${origin}`)).body;
    assert.ok(!again.allowedActions.includes('mark_as_model'), 'a model is marked once');

    const adopter = await t.login('truongphong.snv');
    const models = (await adopter.get('/api/models')).body;
    const model = models.items.find((m: { code: string }) => m.code === origin);
    assert.ok(model, 'every official sees the models');
    assert.equal(model.replicationCount, 0);
    const detail = (await adopter.get(`/api/models/${origin}`)).body;
    assert.equal(detail.plan.title, 'Thí điểm tiếp nhận hồ sơ đất đai trực tuyến');

    const created = await adopter.post('/api/cases', {
      plan: { ...detail.plan, title: 'Áp dụng tiếp nhận trực tuyến tại Sở Nội vụ' },
      replicatedFrom: origin,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const events = (await adopter.get(`/api/cases/${created.body.code}/events`)).body.items;
    assert.equal(events[0].payload.replicatedFrom, origin, 'the link is in the chain');

    const where = (await head.get(`/api/cases/${origin}/replications`)).body.items;
    assert.deepEqual(
      where.map((r: { code: string; unitName: string; state: string }) => [r.code, r.unitName, r.state]),
      [[created.body.code, 'Sở Nội vụ', 'draft']],
    );
    assert.equal((await adopter.get('/api/models')).body.items[0].replicationCount, 1);
    // The adopter may read the model, not the origin's own record.
    assert.equal((await adopter.get(`/api/cases/${origin}/replications`)).status, 404);
  });

  it('adopting something that is not a model is refused naming the field, and nothing is written', async () => {
    const notModel = await caseIn(t, 'submitted', 'Không phải mô hình');
    const adopter = await t.login('truongphong.snv');
    const before = await tableCounts(t);
    const r = await adopter.post('/api/cases', { plan: demoPlan('Áp dụng', 'economy'), replicatedFrom: notModel });
    assert.equal(r.status, 422);
    assert.equal(r.body.error.fields[0].path, 'replicatedFrom');
    assert.deepEqual(await tableCounts(t), before);
  });

  it('the showcase shows only what the head approved, searched without accents, and forgets a withdrawal', async () => {
    const anyone = t.anonymous();
    assert.equal((await anyone.get('/api/showcase')).body.items.length, 0);
    const head = await t.login('giamdoc.stc');
    const answered = await head.must(origin, 'approve_publication', {
      summary: 'Người dân nộp hồ sơ đất đai qua mạng.',
      results: 'Thời gian giải quyết giảm một nửa.',
      showProposerNames: false,
    });
    assert.ok(answered.allowedActions.includes('withdraw_publication'), 'the answer offers what is now allowed');
    const list = (await anyone.get('/api/showcase')).body.items;
    assert.equal(list.length, 1);
    const [item] = list;
    assert.deepEqual(Object.keys(item).sort(), [
      'code',
      'proposerNames',
      'publishedOn',
      'replications',
      'results',
      'summary',
      'title',
      'unitName',
    ]);
    assert.equal(item.proposerNames, null, 'no names unless the approval allows them');
    assert.equal(item.unitName, 'Sở Tài chính');
    assert.equal(item.publishedOn, today(t));
    assert.equal(item.replications.length, 1, 'where it was replicated');
    assert.equal((await anyone.get('/api/showcase?q=TRUC%20tuyen')).body.items.length, 1, 'without accents');
    assert.equal((await anyone.get('/api/showcase?q=dat%20da')).body.items.length, 1, 'the last word as typed');
    assert.equal((await anyone.get('/api/showcase?q=khong%20ton%20tai')).body.items.length, 0);
    assert.equal((await anyone.get(`/api/showcase/${origin}`)).status, 200);
    const rss = await anyone.get('/api/showcase/feed.rss');
    assert.match(String(rss.headers['content-type']), /application\/rss\+xml/);
    assert.match(String(rss.body), /Thí điểm tiếp nhận hồ sơ đất đai trực tuyến/);

    await head.must(origin, 'withdraw_publication', { reasons: 'Cần cập nhật số liệu.' });
    assert.equal((await anyone.get('/api/showcase')).body.items.length, 0);
    assert.equal((await anyone.get(`/api/showcase/${origin}`)).status, 404);
    assert.equal(String((await anyone.get('/api/showcase/feed.rss')).body).includes(origin), false);
  });

  it('a proposal to institutionalise is tracked until the regulation is issued, and the record verifies', async () => {
    const head = await t.login('giamdoc.stc');
    await head.must(origin, 'propose_institutionalisation', {
      addressedTo: 'Ủy ban nhân dân tỉnh',
      gap: 'Chưa có quy định về tiếp nhận hồ sơ đất đai trực tuyến.',
      proposal: 'Ban hành quy định tiếp nhận trực tuyến toàn tỉnh.',
    });
    const pending = (await head.get(`/api/cases/${origin}`)).body;
    assert.ok(pending.allowedActions.includes('record_regulation_issued'));
    assert.ok(!pending.allowedActions.includes('propose_institutionalisation'));
    await head.must(origin, 'record_regulation_issued', {
      documentNumber: '12/2026/QĐ-UBND',
      issuedOn: today(t),
      issuer: 'Ủy ban nhân dân tỉnh',
      title: 'Quy định tiếp nhận hồ sơ đất đai trực tuyến',
    });
    const events = (await head.get(`/api/cases/${origin}/events`)).body.items;
    assert.equal(events.at(-1).type, 'regulation_issued');
    assert.equal(events.at(-1).payload.documentNumber, '12/2026/QĐ-UBND');
    const verify = (await head.get(`/api/cases/${origin}/verify`)).body;
    assert.equal(verify.ok, true, JSON.stringify(verify));
  });
});
