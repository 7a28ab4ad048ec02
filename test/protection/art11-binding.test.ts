import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  cleanFacts,
  decisionBody,
  determinationRows,
  evaluatedCase,
  onDetermination,
  protectionCounts,
  protectionOf,
  verifyChain,
} from './drive.ts';

/**
 * Issue items 1, 2 and 5 through HTTP on a real database: rows 1–2 of the Art. 11 table bind the
 * decider, the inferred grounds are weighed with written reasons, a false report can ground a
 * revocation, and the determination shows every fact the decision rests on. Every refusal writes
 * nothing: row counts of every protection table and the case's events are compared.
 */
const REASONS = 'Tập thể lãnh đạo đã cân nhắc biên bản kiểm tra, ý kiến của cấp ủy và giải trình của cán bộ.';
const noDamage = () => cleanFacts({ damage: { caused: false }, risk: { kind: 'none' } });

async function unchanged(t: TestApp, write: () => Promise<{ status: number; body: any }>) {
  const before = { counts: await protectionCounts(t), rows: await determinationRows(t) };
  const r = await write();
  assert.deepEqual(await protectionCounts(t), before.counts, 'no row written');
  assert.deepEqual(await determinationRows(t), before.rows, 'no row changed');
  return r;
}

describe('Art. 11 table through the API (issue items 1, 2, 5)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('Art. 11(2), item 1: less protection than "liability excluded" is refused with a field path and writes nothing, until new facts are recorded', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'partly_completed' });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', noDamage())).body;
    const d = pc.determinations[0];
    assert.equal(d.recommendation.result, 'liability_excluded');
    assert.deepEqual(d.recommendation.bindingRow, { row: 2, article: 'Art. 11(2)', minimum: 'liability_excluded' });

    for (const weaker of ['not_protected', 'considered_for_exemption_or_mitigation']) {
      const r = await unchanged(t, () => onDetermination(head, pc, d, 'decision', decisionBody(weaker, REASONS)));
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'binding_protection_row');
      assert.deepEqual(
        r.body.error.fields.map((f: any) => [f.path, f.code]),
        [['decidedResult', 'binding_protection_row']],
      );
    }

    // New facts first: a directive disobeyed (Art. 6(4)) is weighed, which lifts the binding.
    const exclusions = {
      ...(noDamage().exclusions as object),
      disobeyedDirective: { found: true, evidence: 'Chỉ đạo tạm dừng ngày 03/02 không được chấp hành.' },
    };
    pc = (await onDetermination(head, pc, d, 'facts', { ...noDamage(), followedDirectives: false, exclusions })).body;
    const revised = pc.determinations[0];
    assert.equal(revised.recommendation.result, 'liability_excluded', 'a weighed ground does not decide by itself');
    assert.deepEqual(revised.recommendation.mattersToWeigh, ['disobeyedDirective', 'notCompliant']);
    assert.equal(revised.recommendation.bindingRow, null);
    assert.equal(revised.recommendation.referToDiscipline, false);

    const bare = await unchanged(t, () =>
      onDetermination(head, pc, revised, 'decision', decisionBody('liability_excluded')),
    );
    assert.equal(bare.status, 422);
    assert.deepEqual(
      bare.body.error.fields.map((f: any) => [f.path, f.code]),
      [['reasons', 'weighed_grounds_reasons_required']],
    );

    const decided = await onDetermination(head, pc, revised, 'decision', decisionBody('not_protected', REASONS));
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(
      decided.body.determinations[0].decision.referToDiscipline,
      false,
      'no automatic discipline referral (item 2)',
    );
    const event = (await head.get(`/api/cases/${code}/events`)).body.items.at(-1);
    assert.deepEqual(event.payload.mattersWeighed, ['disobeyedDirective', 'notCompliant']);
    assert.equal(event.reasons, REASONS);
    await verifyChain(head, code);
  });

  it('Art. 11(1), item 1: a completed proposal cannot be decided below "not held liable"', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'completed' });
    const head = await t.login('giamdoc.stc');
    const events = async () => (await head.get(`/api/cases/${code}/events`)).body.items.length;
    let pc = await protectionOf(head, code).catch(() => null);
    if (!pc) {
      // A completed evaluation opens no protection case on its own; an inspector's finding does.
      const inspector = await t.login('thanhtra');
      const opened = await inspector.post(`/api/cases/${code}/protection`, {
        reason: 'inspection_finding',
        reasons: 'Thanh tra đề nghị xem xét trách nhiệm.',
        findingReference: 'KL 5/KL-TTr',
      });
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      pc = await protectionOf(head, code);
    }
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', noDamage())).body;
    const d = pc.determinations[0];
    assert.equal(d.recommendation.result, 'not_liable');
    const n = await events();
    const r = await unchanged(t, () =>
      onDetermination(head, pc, d, 'decision', decisionBody('liability_excluded', REASONS)),
    );
    assert.equal(r.status, 422);
    assert.equal(r.body.error.fields[0].code, 'binding_protection_row');
    assert.equal(await events(), n, 'no event appended');
  });

  it('Art. 5(2)(b) [I], item 2: without a finding of good faith the decider may still protect, with written reasons', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'not_completed' });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    const facts = { ...noDamage(), motive: { correctPolicyLine: true, pureMotive: false, commonGood: true } };
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', facts)).body;
    const d = pc.determinations[0];
    assert.equal(d.recommendation.result, 'not_protected');
    assert.equal(d.recommendation.referToDiscipline, false);
    assert.match(d.recommendation.legalGround, /\[I\]/, 'cited as an inference');
    const r = await onDetermination(head, pc, d, 'decision', decisionBody('liability_excluded', REASONS));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.determinations[0].decision.departed, true);
  });

  it('item 2: a false completion report found later revokes a protection', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'partly_completed' });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', noDamage())).body;
    pc = (await onDetermination(head, pc, pc.determinations[0], 'decision', decisionBody('liability_excluded'))).body;
    const r = await onDetermination(head, pc, pc.determinations[0], 'revocation', {
      ground: 'falseOrIncompleteReport',
      findingReference: 'Kết luận kiểm tra số 09/KL-UBKT ngày 02/03/2026',
      findingDate: '2026-03-02',
      reasons: 'Báo cáo kết quả đã bỏ sót hai hạng mục không hoàn thành.',
      decisionNumber: '12/QĐ-STC',
      decisionDate: '2026-03-02',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.determinations[0].status, 'revoked');
    assert.match(r.body.determinations[0].revocation.legalGround, /\[I\]/);
  });

  it('item 5: the determination shows damage and its amount, the approved risk that occurred, good faith and every ground examined', async () => {
    const { code } = await evaluatedCase(t, {
      profileCode: 'HCM-124',
      outcome: 'partly_completed',
      damage: { occurred: false },
    });
    const head = await t.login('giamdoc.snv.hcm');
    let pc = await protectionOf(head, code);
    pc = (
      await onDetermination(
        head,
        pc,
        pc.determinations[0],
        'facts',
        cleanFacts({ damage: { caused: true, estimateVnd: 30_000_000 }, risk: { kind: 'foreseen', riskId: 'R1' } }),
      )
    ).body;
    const x = pc.determinations[0].factsExamined;
    assert.deepEqual(
      x.damage,
      { caused: true, estimateVnd: 30_000_000 },
      'the damage recorded for the person, not the evaluation’s "no damage"',
    );
    assert.equal(x.risk.kind, 'foreseen');
    assert.equal(x.risk.riskId, 'R1');
    assert.equal(x.risk.description, pc.approvedPlanRisks.find((r: any) => r.id === 'R1').description);
    assert.deepEqual(x.goodFaith, { correctPolicyLine: true, pureMotive: true, commonGood: true, found: true });
    assert.equal(x.exclusionGrounds.length, 12);
    assert.ok(x.exclusionGrounds.every((g: any) => g.examined && g.found === false && g.legalGround));
    assert.deepEqual(
      x.exclusionGrounds.filter((g: any) => g.weighed).map((g: any) => g.ground),
      ['disobeyedDirective', 'falseOrIncompleteReport'],
    );
    for (const g of ['committingViolations', 'harmToPoliticalTasks', 'harmToPeoplesLives', 'harmToBusinesses']) {
      assert.match(x.exclusionGrounds.find((e: any) => e.ground === g).legalGround, /Điều 6 khoản 1/, `${g} (item 3)`);
    }
  });
});
