import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  cleanFacts,
  decisionBody,
  determinationOf,
  determinationRows,
  evaluatedCase,
  onDetermination,
  protectionCounts,
  protectionOf,
  sha256,
  verifyChain,
} from './drive.ts';

describe('protection determinations: facts, recommendation, decision', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('opens a protection case with a failed evaluation, one determination per person involved', async () => {
    const { code, evaluation } = await evaluatedCase(t, {
      outcome: 'partly_completed',
      damage: { occurred: true, estimateVnd: 120_000_000 },
      coProposers: ['chuyenvien.stc'],
      implementers: ['chuyenvien.stc'],
    });
    const head = await t.login('giamdoc.stc');
    const events = await head.get(`/api/cases/${code}/events`);
    const evaluated = events.body.items.find((e: any) => e.type === 'evaluated');
    assert.ok(evaluated.payload.protectionCase, 'the evaluation event records the protection case it opened');
    assert.equal(evaluation.state, 'evaluated');

    const pc = await protectionOf(head, code);
    assert.equal(pc.status, 'open');
    assert.equal(pc.openedReason, 'evaluation');
    assert.deepEqual(pc.ruleSet.id, 'ND73-PROTECTION', 'the Decree 73 profile uses the Decree 73 rule set');
    assert.equal(pc.determinations.length, 2);
    const colleague = determinationOf(pc, t.org.people['chuyenvien.stc']!);
    assert.deepEqual(colleague.roles, ['co_proposer', 'implementer'], 'one determination, every role listed');
    assert.deepEqual(determinationOf(pc, t.org.people['truongphong.stc']!).allowedActions, ['record_facts']);
    assert.deepEqual(
      pc.approvedPlanRisks.map((r: any) => r.id),
      ['R1', 'R2'],
    );

    const deputy = await protectionOf(await t.login('phogiamdoc1.stc'), code);
    assert.deepEqual(
      determinationOf(deputy, t.org.people['truongphong.stc']!).allowedActions,
      ['record_facts'],
      'a collective member contributes facts',
    );

    const own = await protectionOf(await t.login('truongphong.stc'), code);
    assert.equal(own.visibility, 'own');
    assert.equal(own.determinations.length, 1, 'a person concerned sees only their own determination');
    assert.deepEqual(own.determinations[0].allowedActions, []);

    const outsider = await t.login('giamdoc.snv');
    assert.equal((await outsider.get(`/api/protection-cases/${pc.id}`)).status, 404);
    assert.equal((await outsider.get(`/api/cases/${code}/protection`)).status, 404);
  });

  it('recommends exemption or mitigation for an unforeseen risk in good faith, and records the decision in the chain', async () => {
    const { code } = await evaluatedCase(t, {
      outcome: 'not_completed',
      damage: { occurred: true, estimateVnd: 120_000_000 },
    });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    const proposerId = t.org.people['truongphong.stc']!;
    const recorded = await onDetermination(head, pc, determinationOf(pc, proposerId), 'facts', cleanFacts());
    assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
    pc = recorded.body;
    const d = determinationOf(pc, proposerId);
    assert.equal(d.status, 'facts_recorded');
    assert.equal(d.facts.outcome, 'not_completed', 'the outcome comes from the recorded evaluation');
    assert.equal(d.recommendation.result, 'considered_for_exemption_or_mitigation');
    assert.equal(d.recommendation.ruleId, 'fell_short_in_good_faith_damage');
    assert.match(d.recommendation.legalGround, /Điều 11 khoản 3/);
    assert.ok(
      d.recommendation.reasoning.some((s: any) => s.step === 'causes'),
      'the reasoning names the causes (Art. 11(4))',
    );
    assert.ok(
      d.recommendation.reasoning.every((s: any) => s.legalGround),
      'every step cites its legal ground',
    );
    assert.deepEqual(d.allowedActions, ['record_facts', 'decide']);

    const decided = await onDetermination(
      head,
      pc,
      d,
      'decision',
      decisionBody('considered_for_exemption_or_mitigation'),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    const after = determinationOf(decided.body, proposerId);
    assert.equal(after.status, 'decided');
    assert.equal(after.decision.departed, false);
    assert.equal(decided.body.status, 'decided', 'the only determination decided closes the protection case');
    assert.equal(decided.headers.etag, `"${decided.body.version}"`);

    const events = (await head.get(`/api/cases/${code}/events`)).body.items;
    const event = events.find((e: any) => e.type === 'protection_decided');
    assert.equal(event.payload.factsSha256, sha256(d.facts), 'the chain proves the facts the decision rests on');
    const { label: _label, ...recommendation } = d.recommendation;
    assert.equal(event.payload.recommendationSha256, sha256(recommendation), 'and the recommendation it was given');
    assert.deepEqual(event.payload.facts, d.facts);
    assert.equal(event.payload.ruleSet.sha256, pc.ruleSet.sha256);
    await verifyChain(head, code);
  });

  it('uses the rule set the profile names: Ho Chi Minh City’s unforeseen-risk rule', async () => {
    const { code } = await evaluatedCase(t, {
      profileCode: 'HCM-124',
      outcome: 'partly_completed',
      damage: { occurred: true },
    });
    const head = await t.login('giamdoc.snv.hcm'); // HCM-124 is in force only in the city (issue item 7)
    const pc = await protectionOf(head, code);
    assert.equal(pc.ruleSet.id, 'HCM-PROTECTION');
    assert.equal(
      pc.ruleSet.version,
      3,
      'a protection case opens under the latest version of the set the profile names',
    );
    const r = await onDetermination(head, pc, pc.determinations[0], 'facts', cleanFacts({ damage: { caused: true } }));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.determinations[0].recommendation.ruleId, 'hcmc_unforeseen_risk');
  });

  it('Ho Chi Minh City (issue item 4): links a foreseen risk to the approved plan and routes it to the competent authority', async () => {
    const { code } = await evaluatedCase(t, {
      profileCode: 'HCM-124',
      outcome: 'partly_completed',
      damage: { occurred: true, estimateVnd: 50_000_000 },
    });
    const head = await t.login('giamdoc.snv.hcm');
    const pc = await protectionOf(head, code);
    const d = pc.determinations[0];
    const before = await protectionCounts(t);
    const unknown = await onDetermination(
      head,
      pc,
      d,
      'facts',
      cleanFacts({ risk: { kind: 'foreseen', riskId: 'R9' } }),
    );
    assert.equal(unknown.status, 422);
    assert.deepEqual(
      unknown.body.error.fields.map((f: any) => [f.path, f.code]),
      [['risk.riskId', 'not_in_approved_plan']],
    );
    const missing = await onDetermination(head, pc, d, 'facts', cleanFacts({ risk: { kind: 'foreseen' } }));
    assert.deepEqual(
      missing.body.error.fields.map((f: any) => [f.path, f.code]),
      [['risk.riskId', 'required']],
    );
    assert.deepEqual(await protectionCounts(t), before, 'nothing written on refused facts');

    const ok = await onDetermination(
      head,
      pc,
      d,
      'facts',
      cleanFacts({ damage: { caused: true, estimateVnd: 50_000_000 }, risk: { kind: 'foreseen', riskId: 'R1' } }),
    );
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const rec = ok.body.determinations[0].recommendation;
    assert.equal(rec.result, 'considered_for_exemption_or_mitigation');
    assert.equal(rec.reportToCompetentAuthority, true);
    assert.ok(rec.reasoning.some((s: any) => s.finding === 'foreseen:R1'));

    const decided = await onDetermination(
      head,
      ok.body,
      ok.body.determinations[0],
      'decision',
      decisionBody(rec.result),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.determinations[0].decision.reportToCompetentAuthority, true);
    const event = (await head.get(`/api/cases/${code}/events`)).body.items.at(-1);
    assert.equal(event.type, 'protection_decided');
    assert.equal(
      event.payload.reportToCompetentAuthority,
      true,
      'the chain records the report owed to the competent authority',
    );
    const jobs = await t.runtime.database.pool.query(
      `select payload from outbox_jobs where kind = 'case_event' and payload->>'type' = 'protection_decided'`,
    );
    assert.ok(
      jobs.rows.some((j: any) => j.payload.code === code),
      'and the outbox announces it',
    );
  });

  it('does not protect a person found to act out of self-interest, and refers them to discipline', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'not_completed', damage: { occurred: true } });
    const head = await t.login('giamdoc.stc');
    const pc = await protectionOf(head, code);
    const d = pc.determinations[0];
    const exclusions = cleanFacts().exclusions as Record<string, unknown>;
    const noEvidence = await onDetermination(
      head,
      pc,
      d,
      'facts',
      cleanFacts({ exclusions: { ...exclusions, selfInterest: { found: true } } }),
    );
    assert.equal(noEvidence.status, 422);
    assert.equal(noEvidence.body.error.fields[0].path, 'exclusions.selfInterest.evidence');
    assert.equal(noEvidence.body.error.fields[0].code, 'evidence_required');

    const facts = cleanFacts({
      damage: { caused: true },
      exclusions: {
        ...exclusions,
        selfInterest: { found: true, evidence: 'Kết luận thanh tra số 12/KL-TTr: nhận tiền của nhà thầu.' },
      },
    });
    const r = await onDetermination(head, pc, d, 'facts', facts);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const rec = r.body.determinations[0].recommendation;
    assert.equal(rec.result, 'not_protected');
    assert.equal(rec.referToDiscipline, true);
    const ground = rec.reasoning.find((s: any) => s.step === 'exclusion_ground');
    assert.equal(ground.finding, 'selfInterest');
    assert.match(ground.evidence, /12\/KL-TTr/);

    const protect = await onDetermination(
      head,
      r.body,
      r.body.determinations[0],
      'decision',
      decisionBody('liability_excluded', 'Tập thể cho rằng cán bộ không cố ý, đề nghị loại trừ trách nhiệm.'),
    );
    assert.equal(protect.status, 422, 'what the law withholds cannot be granted even with reasons');
    assert.equal(protect.body.error.fields[0].code, 'excluded_person_not_protectable');
    const decided = await onDetermination(
      head,
      r.body,
      r.body.determinations[0],
      'decision',
      decisionBody('not_protected'),
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.determinations[0].decision.referToDiscipline, true);
    const revoke = await onDetermination(head, decided.body, decided.body.determinations[0], 'revocation', {
      ground: 'selfInterest',
      findingReference: 'Kết luận 12/KL-TTr',
      findingDate: '2026-03-02',
      reasons: 'Không còn căn cứ bảo vệ do vụ lợi.',
      decisionNumber: '1/QĐ',
      decisionDate: '2026-03-02',
    });
    assert.equal(revoke.status, 409);
    assert.equal(revoke.body.error.code, 'decision_not_protective', 'nothing to revoke where nobody was protected');
  });

  it('refuses a departure from the recommendation without written reasons, and records one with them', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'partly_completed', damage: { occurred: true } });
    const head = await t.login('giamdoc.stc');
    let pc = await protectionOf(head, code);
    pc = (await onDetermination(head, pc, pc.determinations[0], 'facts', cleanFacts({ damage: { caused: true } })))
      .body;
    const d = pc.determinations[0];
    assert.equal(d.recommendation.result, 'considered_for_exemption_or_mitigation');

    const before = { counts: await protectionCounts(t), rows: await determinationRows(t) };
    const bare = await onDetermination(head, pc, d, 'decision', decisionBody('liability_excluded'));
    assert.equal(bare.status, 422);
    assert.equal(bare.body.error.code, 'departure_reasons_required');
    assert.deepEqual(
      bare.body.error.fields.map((f: any) => [f.path, f.code]),
      [['reasons', 'departure_reasons_required']],
    );
    const short = await onDetermination(head, pc, d, 'decision', decisionBody('liability_excluded', 'Vì sao?'));
    assert.equal(short.status, 422);
    assert.equal(
      (
        await head.post(
          `/api/protection-cases/${pc.id}/determinations/${d.id}/decision`,
          decisionBody('liability_excluded', 'x'.repeat(40)),
        )
      ).status,
      428,
    );
    assert.equal(
      (
        await onDetermination(
          head,
          pc,
          d,
          'decision',
          decisionBody('liability_excluded', 'x'.repeat(40)),
          pc.version - 1,
        )
      ).status,
      412,
    );
    const unknown = await onDetermination(head, pc, d, 'decision', { ...decisionBody('liability_excluded'), extra: 1 });
    assert.equal(unknown.status, 400);
    assert.deepEqual(await protectionCounts(t), before.counts, 'nothing written');
    assert.deepEqual(await determinationRows(t), before.rows, 'nothing changed');

    // Two writers on the same version: the case row lock serialises them and the second is stale.
    const facts = cleanFacts({ damage: { caused: true } });
    const race = await Promise.all([
      onDetermination(head, pc, d, 'facts', facts),
      onDetermination(head, pc, d, 'facts', facts),
    ]);
    assert.deepEqual(race.map((r) => r.status).sort(), [200, 412]);
    pc = race.find((r) => r.status === 200)!.body;

    const reasons = 'Thiệt hại đã được khắc phục toàn bộ bằng nguồn xã hội hóa, không ảnh hưởng ngân sách.';
    const ok = await onDetermination(
      head,
      pc,
      pc.determinations[0],
      'decision',
      decisionBody('liability_excluded', reasons),
    );
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const decided = ok.body.determinations[0];
    assert.equal(decided.decision.result, 'liability_excluded');
    assert.equal(decided.decision.departed, true);
    const event = (await head.get(`/api/cases/${code}/events`)).body.items.find(
      (e: any) => e.type === 'protection_decided',
    );
    assert.equal(event.reasons, reasons);
    assert.equal(event.payload.departed, true);
    assert.equal(event.payload.recommendation.result, 'considered_for_exemption_or_mitigation');
    await verifyChain(head, code);
  });
});
