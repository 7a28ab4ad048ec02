import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { evaluatedCase, protectionCounts, verifyChain } from './drive.ts';

const decision = {
  decision: 'granted',
  issuingAuthority: 'Ủy ban nhân dân tỉnh An Khang',
  signer: { name: 'Trần Văn Chủ', title: 'Chủ tịch' },
  decisionNumber: '215/QĐ-UBND',
  decisionDate: '2026-03-02',
  legalBasis: 'Luật Thi đua, khen thưởng 2022; Điều 10 khoản 1 điểm a Nghị định 73/2023/NĐ-CP',
};

describe('rewards: from the organisation officer’s list to the decision and its outcome', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('lists completed proposals without a reward decision, takes a proposal to decision and outcome', async () => {
    const { code } = await evaluatedCase(t, { outcome: 'completed', implementers: ['chuyenvien.stc'] });
    const officer = await t.login('tochuc.snv');
    const candidates = await officer.get('/api/rewards/candidates');
    assert.equal(candidates.status, 200);
    assert.ok(
      candidates.body.items.some((c: any) => c.code === code),
      'the officer in scope sees the completed proposal',
    );
    assert.deepEqual(
      (await (await t.login('truongphong.snv')).get('/api/rewards/candidates')).body.items,
      [],
      'others see none',
    );

    const view = await officer.get(`/api/cases/${code}/rewards`);
    assert.equal(view.status, 200, JSON.stringify(view.body));
    assert.deepEqual(view.body.allowedActions, ['propose_reward']);
    assert.equal(view.body.context.outcome, 'completed');
    assert.equal(view.body.context.art5Clause1Met, true);
    const proposerForms = view.body.beneficiaries
      .find((b: any) => b.kind === 'proposer')
      .eligibleForms.map((f: any) => f.id);
    assert.ok(proposerForms.includes('early_salary_step'));
    assert.ok(
      !proposerForms.includes('emulation_reward_beyond_level'),
      'local forms are off for the Decree 73 profile',
    );
    assert.ok(view.body.beneficiaries.some((b: any) => b.kind === 'unit' && b.beneficiary.id === t.org.units.finance));

    const proposerId = t.org.people['truongphong.stc']!;
    const before = await protectionCounts(t);
    const noMonths = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: proposerId,
      form: 'early_salary_step',
      justification: 'Hoàn thành xuất sắc.',
    });
    assert.equal(noMonths.status, 422);
    assert.deepEqual(
      noMonths.body.error.fields.map((f: any) => [f.path, f.code]),
      [['months', 'required']],
    );
    const local = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: proposerId,
      form: 'emulation_reward_beyond_level',
      justification: 'Đề xuất xuất sắc.',
    });
    assert.equal(local.body.error.fields[0].code, 'local_option_not_enabled');
    const stranger = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'implementer',
      personId: t.org.people['truongphong.snv'],
      form: 'public_commendation',
      justification: 'Tham gia tích cực.',
    });
    assert.equal(stranger.body.error.fields[0].code, 'not_a_beneficiary');
    const proposer = await t.login('truongphong.stc');
    assert.equal(
      (
        await proposer.post(`/api/cases/${code}/rewards`, {
          beneficiaryKind: 'proposer',
          personId: proposerId,
          form: 'public_commendation',
          justification: 'Tự đề nghị.',
        })
      ).status,
      403,
    );
    assert.deepEqual(await protectionCounts(t), before, 'nothing written on refused proposals');

    const body = {
      beneficiaryKind: 'proposer',
      personId: proposerId,
      form: 'early_salary_step',
      months: 12,
      justification: 'Đề xuất hoàn thành, giảm 40% thời gian giải quyết hồ sơ.',
    };
    const proposed = await officer.post(`/api/cases/${code}/rewards`, body, { 'idempotency-key': 'reward-1' });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
    assert.equal(proposed.body.status, 'proposed');
    assert.match(proposed.body.legalBasis, /Điều 10 khoản 1 điểm c/);
    assert.deepEqual(proposed.body.allowedActions, ['record_reward_decision']);
    assert.equal(
      (await officer.post(`/api/cases/${code}/rewards`, body, { 'idempotency-key': 'reward-1' })).body.id,
      proposed.body.id,
    );
    assert.equal(
      (await officer.post(`/api/cases/${code}/rewards`, body)).status,
      409,
      'the same form for the same person once',
    );
    const unit = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'unit',
      unitId: t.org.units.finance,
      form: 'public_commendation',
      justification: 'Tập thể Sở triển khai hiệu quả.',
    });
    assert.equal(unit.status, 201, JSON.stringify(unit.body));

    const id = proposed.body.id;
    assert.equal((await officer.post(`/api/reward-proposals/${id}/decision`, decision)).status, 428);
    assert.equal(
      (
        await officer.post(
          `/api/reward-proposals/${id}/decision`,
          { ...decision, decision: 'refused' },
          { 'if-match': '"1"' },
        )
      ).status,
      422,
      'a refusal gives reasons',
    );
    const decided = await officer.post(`/api/reward-proposals/${id}/decision`, decision, { 'if-match': '"1"' });
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.status, 'granted');
    assert.equal(decided.body.decision.signer.name, 'Trần Văn Chủ');
    assert.deepEqual(decided.body.allowedActions, ['record_reward_outcome']);
    assert.equal(
      (await officer.post(`/api/reward-proposals/${id}/decision`, decision, { 'if-match': '"2"' })).status,
      409,
    );

    const outcome = await officer.post(
      `/api/reward-proposals/${id}/outcome`,
      { outcome: 'implemented', effectiveOn: '2026-04-01', note: 'Nâng bậc lương từ bậc 4 lên bậc 5.' },
      { 'if-match': `"${decided.body.version}"` },
    );
    assert.equal(outcome.status, 200, JSON.stringify(outcome.body));
    assert.equal(outcome.body.status, 'implemented');
    assert.deepEqual(outcome.body.allowedActions, []);

    assert.ok(
      !(await officer.get('/api/rewards/candidates')).body.items.some((c: any) => c.code === code),
      'decided proposals leave the list',
    );
    const seenByProposer = await proposer.get(`/api/reward-proposals/${id}`);
    assert.equal(seenByProposer.status, 200);
    assert.deepEqual(seenByProposer.body.allowedActions, []);
    assert.equal((await (await t.login('giamdoc.snv')).get(`/api/reward-proposals/${id}`)).status, 404);

    const types = (await officer.get(`/api/cases/${code}/events`)).body.items.map((e: any) => e.type);
    assert.deepEqual(types.slice(-4), [
      'reward_proposed',
      'reward_proposed',
      'reward_decided',
      'reward_outcome_recorded',
    ]);
    await verifyChain(officer, code);
  });

  it('offers the local forms where the profile switches them on, and refuses forms a shortfall does not earn', async () => {
    const hcmc = await evaluatedCase(t, { profileCode: 'HCM-124', outcome: 'completed' });
    const officer = await t.login('tochuc.snv');
    // HCM-124 is in force only in the city (issue item 7): the city's organisation officer reads its case.
    const forms = (await (await t.login('tochuc.snv.hcm')).get(`/api/cases/${hcmc.code}/rewards`)).body.beneficiaries
      .find((b: any) => b.kind === 'proposer')
      .eligibleForms.map((f: any) => f.id);
    assert.ok(forms.includes('emulation_reward_beyond_level'));
    assert.ok(forms.includes('funded_training'));

    const partly = await evaluatedCase(t, { outcome: 'partly_completed' });
    const r = await officer.post(`/api/cases/${partly.code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: t.org.people['truongphong.stc'],
      form: 'emulation_reward_regular',
      justification: 'Đề nghị khen thưởng.',
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.error.fields[0].code, 'requires_completed');

    const admin = await t.login('quantri');
    assert.equal((await admin.request('PUT', '/api/reward-options/*', { enabled: true })).status, 200);
    const nd73 = (await officer.get(`/api/cases/${partly.code}/rewards`)).body.context;
    assert.equal(nd73.localOptionsEnabled, true, 'the installation setting applies where the profile has none');
    assert.equal((await officer.request('PUT', '/api/reward-options/*', { enabled: false })).status, 403);
  });
});
