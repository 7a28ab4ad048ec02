import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DECREE_73_PROTECTION_RULES } from '../../src/domain/protection/index.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  cleanFacts,
  decisionBody,
  determinationOf,
  evaluatedCase,
  onDetermination,
  protectionCounts,
  protectionOf,
  verifyChain,
} from './drive.ts';

const revocation = (ground: string) => ({
  ground,
  findingReference: 'Kết luận thanh tra số 07/KL-TTr ngày 02/03/2026',
  findingDate: '2026-03-02',
  reasons: 'Kết luận thanh tra xác định cán bộ nhận lợi ích từ nhà thầu trong quá trình thí điểm.',
  decisionNumber: '60/QĐ-STC',
  decisionDate: '2026-03-02',
});

describe('revocation, later opening, overrides and rule sets', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('revokes a protection shown to rest on abuse by a recorded decision citing the finding; nothing is deleted', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'partly_completed' });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', cleanFacts({ damage: { caused: false } })))
      .body;
    assert.equal(pc.determinations[0].recommendation.result, 'liability_excluded');
    pc = (await onDetermination(head, pc, pc.determinations[0], 'decision', decisionBody('liability_excluded'))).body;
    const d = pc.determinations[0];
    assert.deepEqual(d.allowedActions, ['revoke']);

    const before = await protectionCounts(t);
    const unknownGround = await onDetermination(head, pc, d, 'revocation', revocation('rumour'));
    assert.equal(unknownGround.status, 400, 'only a ground examined at decision time can ground a revocation');
    assert.equal(unknownGround.body.error.fields[0].path, 'ground');
    const deputy = await t.login('phogiamdoc1.stc');
    assert.equal(
      (await onDetermination(deputy, pc, d, 'revocation', revocation('selfInterest'))).status,
      403,
      'only the deciding head revokes',
    );
    assert.deepEqual(await protectionCounts(t), before);

    const revoked = await onDetermination(head, pc, d, 'revocation', revocation('selfInterest'));
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    const after = revoked.body.determinations[0];
    assert.equal(after.status, 'revoked');
    assert.equal(after.decision.result, 'liability_excluded', 'the original decision stays beside its revocation');
    assert.equal(after.revocation.ground, 'selfInterest');
    assert.match(after.revocation.legalGround, /Điều 6 khoản 1/);
    assert.deepEqual(after.allowedActions, []);
    const again = await onDetermination(head, revoked.body, after, 'revocation', revocation('selfInterest'));
    assert.equal(again.status, 409);

    const events = (await head.get(`/api/cases/${code}/events`)).body.items.map((e: any) => e.type);
    assert.deepEqual(events.slice(-3), ['protection_facts_recorded', 'protection_decided', 'protection_revoked']);
    await assert.rejects(t.runtime.database.pool.query('delete from protection_determinations'), /never deleted/);
    await assert.rejects(
      t.runtime.database.pool.query('update protection_fact_versions set facts_sha256 = $1', ['x']),
      /append-only/,
    );
    await verifyChain(head, code);
  });

  it('lets an inspector in scope open a protection case later, with reasons; once per open case', async () => {
    const { code, evaluation } = await evaluatedCase(t, { outcome: 'completed' });
    assert.equal(evaluation.state, 'evaluated');
    const inspector = await t.login('thanhtra');
    const empty = await inspector.get(`/api/cases/${code}/protection`);
    assert.deepEqual(empty.body.items, [], 'a completed evaluation without damage opens none');
    assert.deepEqual(empty.body.allowedActions, ['open_protection_case']);

    const proposer = await t.login('truongphong.stc');
    const body = {
      reason: 'inspection_finding',
      reasons: 'Kiểm tra sau đánh giá phát hiện thiệt hại chưa được báo cáo.',
      findingReference: 'Biên bản kiểm tra số 3/BB-TTr',
    };
    assert.equal((await proposer.post(`/api/cases/${code}/protection`, body)).status, 403);
    const short = await inspector.post(`/api/cases/${code}/protection`, { ...body, reasons: 'Có lỗi.' });
    assert.equal(short.status, 422);
    assert.equal(short.body.error.fields[0].path, 'reasons');

    const opened = await inspector.post(`/api/cases/${code}/protection`, body, { 'idempotency-key': 'open-1' });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    assert.equal(opened.body.openedReason, 'inspection_finding');
    assert.equal(opened.body.openedAs, 'inspector_in_scope');
    const replay = await inspector.post(`/api/cases/${code}/protection`, body, { 'idempotency-key': 'open-1' });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.body.id, opened.body.id);
    const second = await inspector.post(`/api/cases/${code}/protection`, body);
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'protection_case_already_open');
    const events = (await inspector.get(`/api/cases/${code}/events`)).body.items;
    assert.equal(events.at(-1).type, 'protection_case_opened');

    const running = await caseIn(t, 'in_implementation');
    const early = await inspector.post(`/api/cases/${running}/protection`, body);
    assert.equal(early.status, 409, 'the rules judge against an evaluation, so one must exist');
    assert.equal(early.body.error.code, 'protection_requires_evaluation');
  });

  it('has the superior decide for the head who overrode the collective, never the head himself', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'not_completed', damage: { occurred: true }, override: true });
    const head = await t.login('giamdoc.stc');
    const pc = await protectionOf(head, code);
    const own = determinationOf(pc, t.org.people['giamdoc.stc']!);
    assert.equal(own.role, 'override_signer');
    assert.equal(own.decidingUnit.id, t.org.units.ubnd, 'the superior unit decides on the head');
    assert.deepEqual(own.allowedActions, []);
    const refused = await onDetermination(head, pc, own, 'facts', cleanFacts());
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'own_determination');

    const chair = await t.login('chutich');
    const list = await chair.get('/api/protection-cases?status=open');
    assert.ok(
      list.body.items.some((i: any) => i.id === pc.id && i.awaitingMe === 1),
      'it is on the superior’s worklist',
    );
    const seen = await protectionOf(chair, code);
    const d = determinationOf(seen, t.org.people['giamdoc.stc']!);
    assert.deepEqual(d.allowedActions, ['record_facts']);
    const facts = await onDetermination(chair, seen, d, 'facts', cleanFacts());
    assert.equal(facts.status, 200, JSON.stringify(facts.body));
    const decided = await onDetermination(
      chair,
      facts.body,
      determinationOf(facts.body, t.org.people['giamdoc.stc']!),
      'decision',
      decisionBody('considered_for_exemption_or_mitigation'),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.status, 'open', 'the proposer’s determination is still open');
    await verifyChain(head, code);
  });

  it('stores rule sets as versioned data; administrators publish new versions that must validate', async () => {
    const admin = await t.login('quantri');
    const list = await admin.get('/api/protection-rule-sets');
    assert.deepEqual(list.body.items.map((r: any) => `${r.id}@${r.version}`).sort(), [
      'HCM-PROTECTION@1',
      'HCM-PROTECTION@2',
      'HCM-PROTECTION@3',
      'ND73-PROTECTION@1',
      'ND73-PROTECTION@2',
    ]);
    const { version: _v, ...draft } = JSON.parse(JSON.stringify(DECREE_73_PROTECTION_RULES));

    const unsafe = structuredClone(draft);
    unsafe.rules[0].then.result = 'liability_excluded';
    const before = await admin.get('/api/protection-rule-sets');
    const refused = await admin.post('/api/protection-rule-sets', unsafe);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'rule_set_invalid');
    assert.ok(
      refused.body.error.fields.some(
        (f: any) => f.path === 'rules[0].then.result' && f.code === 'protects_excluded_person',
      ),
    );
    assert.equal(
      (
        await admin.post('/api/protection-rule-sets', {
          ...draft,
          rules: [{ ...draft.rules[0], when: { damge: true } }],
        })
      ).status,
      400,
    );
    assert.equal((await (await t.login('giamdoc.stc')).post('/api/protection-rule-sets', draft)).status, 403);
    assert.deepEqual((await admin.get('/api/protection-rule-sets')).body, before.body, 'nothing published');

    draft.name = { vi: 'Bảo vệ cán bộ theo Nghị định 73 (bản sửa đổi)', en: 'Decree 73 protection (revised)' };
    const published = await admin.post('/api/protection-rule-sets', draft, { 'idempotency-key': 'rules-v2' });
    assert.equal(published.status, 201, JSON.stringify(published.body));
    assert.equal(published.body.version, 3);
    const read = await admin.get('/api/protection-rule-sets/ND73-PROTECTION/3');
    assert.equal(read.body.name.vi, draft.name.vi);
    assert.equal(read.body.sha256, published.body.sha256);
    assert.equal((await admin.get('/api/protection-rule-sets/ND73-PROTECTION/9')).status, 404);
  });

  it('documents every protection, reward and record endpoint in the OpenAPI description', async () => {
    const spec = (await (await t.login('quantri')).get('/api/openapi.json')).body;
    for (const path of [
      '/api/cases/{code}/protection',
      '/api/protection-cases/{id}/determinations/{determinationId}/facts',
      '/api/protection-cases/{id}/determinations/{determinationId}/decision',
      '/api/protection-cases/{id}/determinations/{determinationId}/revocation',
      '/api/protection-rule-sets',
      '/api/cases/{code}/rewards',
      '/api/reward-proposals/{id}/decision',
      '/api/rewards/candidates',
      '/api/people/{id}/record',
      '/api/people/{id}/record.pdf',
    ]) {
      assert.ok(spec.paths[path], `${path} is documented`);
    }
    const facts = spec.paths['/api/protection-cases/{id}/determinations/{determinationId}/facts'].post;
    assert.ok(facts.requestBody.content['application/json'].schema.properties.exclusions, 'with its request schema');
    assert.ok(facts.parameters.some((p: any) => p.in === 'header' && p.name === 'if-match'));
  });
});
