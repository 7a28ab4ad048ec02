import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { ALL_CONDITIONS, createDraft, decision, evaluation, report, today, votes } from '../support/fixtures.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';

describe('the whole lifecycle, from draft to evaluation, by the right people', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('runs every step and keeps a verifiable record', async () => {
    const proposer = await t.login('truongphong.stc');
    const head = await t.login('giamdoc.stc');
    const liaison = await t.login('dangu.ducq');
    const appraiser = await t.login('thamdinh.skhcn');
    const implementer = await t.login('chuyenvien.stc');
    const inspector = await t.login('thanhtra');

    const draft = await createDraft(proposer, 'Thí điểm cấp phép xây dựng trực tuyến');
    assert.match(draft.code, /^TH-2026-\d{6}$/);
    assert.equal(draft.state, 'draft');
    assert.deepEqual(draft.allowedActions.sort(), ['set_co_proposers', 'submit', 'update_plan', 'withdraw']);
    const code = draft.code;

    // A second saved version is kept with its difference.
    const plan = demoPlan('Thí điểm cấp phép xây dựng trực tuyến', 'economy');
    plan.scope = { ...plan.scope, targets: 'Giảm 60% thời gian cấp phép.' };
    const updated = await proposer.must(code, 'update_plan', { plan });
    assert.equal(updated.planVersion, 2);
    const v2 = await proposer.get(`/api/cases/${code}/plan/2`);
    assert.deepEqual(
      v2.body.changes.map((c: { path: string }) => c.path),
      ['scope.targets'],
    );

    await proposer.must(code, 'set_co_proposers', { coProposerIds: [t.org.people['chuyenvien.stc']] });

    const submitted = await proposer.must(code, 'submit');
    assert.equal(submitted.state, 'submitted');
    assert.equal(submitted.receivingUnit.id, t.org.units.finance);
    assert.equal(submitted.dueOn, '2026-03-11', '7 working days after Monday 2 March');
    assert.deepEqual(submitted.allowedActions, ['withdraw'], 'the proposer may only withdraw now');

    const headView = await head.get(`/api/cases/${code}`);
    assert.deepEqual(headView.body.allowedActions.sort(), [
      'accept_for_consideration',
      'forward_to_superior',
      'return_for_completion',
    ]);
    const headWork = await head.get('/api/worklist');
    assert.ok(
      headWork.body.items.some(
        (w: { code: string; task: string }) => w.code === code && w.task === 'accept_for_consideration',
      ),
    );

    const clients = [proposer, head, liaison, appraiser, implementer, inspector];
    t.clock.advanceDays(2); // Wednesday
    for (const c of clients) await c.refresh();
    const returned = await head.must(code, 'return_for_completion', {
      requests: ['Bổ sung dự toán chi tiết'],
      reasons: 'Thiếu dự toán chi tiết theo hạng mục.',
    });
    assert.equal(returned.state, 'returned_for_completion');
    const paused = returned.deadlines.find((d: { step: string }) => d.step === 'consideration');
    assert.equal(paused.status, 'paused');
    assert.equal(paused.remainingDays, 5);

    t.clock.advanceDays(2); // Friday
    for (const c of clients) await c.refresh();
    const resubmitted = await proposer.must(code, 'resubmit', { response: 'Đã bổ sung dự toán chi tiết.' });
    assert.equal(resubmitted.state, 'submitted');
    assert.equal(resubmitted.dueOn, '2026-03-13', 'the paused clock resumes with its 5 working days left');

    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    const early = await head.act(
      code,
      'record_vote',
      votes(t, ['for', 'for', 'for']),
      (await head.get(`/api/cases/${code}`)).body.version,
    );
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'party_opinion_required');

    await head.must(code, 'request_party_opinion', {});
    const liaisonWork = await liaison.get('/api/worklist');
    assert.ok(
      liaisonWork.body.items.some(
        (w: { code: string; task: string }) => w.code === code && w.task === 'record_party_opinion',
      ),
    );
    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree_with_conditions',
      content: 'Đồng ý, lưu ý công khai quy trình.',
      givenOn: today(t),
    });

    await head.must(code, 'assign_appraisers', { appraiserIds: [t.org.people['thamdinh.skhcn']] });
    await appraiser.must(code, 'record_appraisal', { opinion: 'supports', content: 'Giải pháp khả thi.' });

    const voted = await head.must(code, 'record_vote', votes(t, ['for', 'against', 'for']));
    assert.equal(voted.state, 'vote_passed');
    const approved = await head.must(code, 'approve', decision(undefined, today(t)));
    assert.equal(approved.state, 'in_implementation');
    assert.equal(approved.approvedPlanVersion, 2);

    await head.must(code, 'assign_implementers', { implementerIds: [t.org.people['chuyenvien.stc']] });
    await head.must(code, 'allocate_resources', { budgetVnd: 200_000_000, people: '3 cán bộ' });
    await implementer.must(code, 'report_progress', { percentComplete: 40, content: 'Đã triển khai tại 2 bộ phận.' });
    await inspector.must(code, 'record_inspection', {
      inspectedOn: today(t),
      findings: 'Thực hiện đúng kế hoạch.',
      recommendation: 'continue',
    });

    const adjusted = demoPlan('Thí điểm cấp phép xây dựng trực tuyến', 'economy');
    adjusted.timeline = { ...adjusted.timeline, endOn: '2026-12-31' };
    adjusted.resources = { ...adjusted.resources, budgetVnd: 400_000_000 };
    await proposer.must(code, 'propose_adjustment', {
      plan: adjusted,
      reasons: 'Cần bổ sung kinh phí cho giai đoạn hai.',
    });
    const adj = await head.must(code, 'decide_adjustment', {
      decision: 'approved',
      reasons: 'Đồng ý điều chỉnh kinh phí.',
    });
    assert.equal(adj.approvedPlanVersion, 3);

    await head.must(code, 'suspend', { reasons: 'Tạm dừng để rà soát kinh phí.' });
    await head.must(code, 'resume', { reasons: 'Đã rà soát xong, tiếp tục thực hiện.' });
    await head.must(code, 'direct_continue', { reasons: 'Tiếp tục theo kế hoạch đã điều chỉnh.' });

    const done = await proposer.must(code, 'declare_completed', { completedOn: today(t) });
    assert.equal(done.state, 'awaiting_completion_report');
    assert.equal(done.dueStep, 'completion_report');
    assert.equal(done.dueOn, '2026-03-13', '5 working days after Friday 6 March');

    const reported = await proposer.must(code, 'submit_completion_report', report());
    assert.equal(reported.state, 'completion_reported');
    assert.equal(reported.dueStep, 'evaluation');
    assert.equal(reported.dueOn, '2026-03-17', '7 working days after Friday 6 March');

    const noOpinion = await head.act(code, 'record_evaluation', evaluation(t), reported.version);
    assert.equal(noOpinion.status, 409);
    assert.equal(noOpinion.body.error.code, 'party_opinion_required');
    await head.must(code, 'request_party_opinion', {});
    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý kết quả đánh giá.',
      givenOn: today(t),
    });
    const evaluated = await head.must(code, 'record_evaluation', evaluation(t));
    assert.equal(evaluated.state, 'evaluated');
    // The procedure is done; only KL14 §2.5's follow-up remains, for the deciding head.
    assert.deepEqual(evaluated.allowedActions, [
      'mark_as_model',
      'approve_publication',
      'propose_institutionalisation',
    ]);

    const history = await head.get(`/api/cases/${code}/events`);
    const types = history.body.items.map((e: { type: string }) => e.type);
    assert.equal(types[0], 'created');
    assert.ok(types.includes('vote_recorded') && types.includes('approved') && types.includes('evaluated'));
    const vote = history.body.items.find((e: { type: string }) => e.type === 'vote_recorded');
    assert.equal(vote.payload.result.for, 2);
    assert.equal(vote.payload.result.passed, true);
    const verify = await proposer.get(`/api/cases/${code}/verify`);
    assert.equal(verify.body.ok, true);
    assert.equal(verify.body.events, history.body.items.length);
  });

  it('sends a head’s own proposal to the head of the superior unit', async () => {
    const head = await t.login('giamdoc.stc');
    const draft = await createDraft(head, 'Đề xuất của giám đốc sở');
    const submitted = await head.must(draft.code, 'submit');
    assert.equal(submitted.receivingUnit.id, t.org.units.ubnd);
    const superior = await t.login('chutich');
    const view = await superior.get(`/api/cases/${draft.code}`);
    assert.ok(view.body.allowedActions.includes('accept_for_consideration'));
  });

  it('forwards a matter beyond the unit’s authority up the tree', async () => {
    const proposer = await t.login('truongphong.stc');
    const head = await t.login('giamdoc.stc');
    const { code } = await createDraft(proposer, 'Đề xuất vượt thẩm quyền sở');
    await proposer.must(code, 'submit');
    const fwd = await head.must(code, 'forward_to_superior', {
      targetUnitId: t.org.units.ubnd,
      reasons: 'Nội dung thuộc thẩm quyền UBND tỉnh.',
    });
    assert.equal(fwd.receivingUnit.id, t.org.units.ubnd);
    assert.deepEqual(
      fwd.route.map((u: { id: string }) => u.id),
      [t.org.units.finance, t.org.units.ubnd],
    );
    assert.deepEqual(fwd.allowedActions, [], 'the department head no longer decides');
    const chair = await t.login('chutich');
    assert.ok((await chair.get(`/api/cases/${code}`)).body.allowedActions.includes('accept_for_consideration'));
  });

  it('lets a head override a rejected vote only in writing, and the proposer withdraw before a decision', async () => {
    const proposer = await t.login('truongphong.stc');
    const head = await t.login('giamdoc.stc');
    const { code } = await createDraft(proposer, 'Đề xuất bị tập thể bác');
    await proposer.must(code, 'submit');
    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    await head.must(code, 'request_party_opinion', {});
    await (await t.login('dangu.ducq')).must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý.',
      givenOn: today(t),
    });
    const failed = await head.must(code, 'record_vote', votes(t, ['for', 'against', 'against']));
    assert.equal(failed.state, 'vote_failed');
    const noReasons = await head.act(
      code,
      'override_rejection',
      { decisionNumber: '9/QĐ', decisionDate: today(t), reasons: '' },
      failed.version,
    );
    assert.equal(noReasons.status, 400);
    const overridden = await head.must(
      code,
      'override_rejection',
      decision('Người đứng đầu xét thấy cần thiết, khả thi và chịu trách nhiệm.', today(t)),
    );
    assert.equal(overridden.state, 'in_implementation');

    const other = await createDraft(proposer, 'Đề xuất sẽ rút');
    await proposer.must(other.code, 'submit');
    const noNote = await proposer.act(other.code, 'withdraw', { reason: 'other' }, 2);
    assert.equal(noNote.status, 422);
    assert.equal(noNote.body.error.fields[0].path, 'note');
    const withdrawn = await proposer.must(other.code, 'withdraw', { reason: 'resolved_otherwise' });
    assert.equal(withdrawn.state, 'withdrawn');
  });

  it('decides a tie by the head’s side', async () => {
    const proposer = await t.login('phogiamdoc1.stc');
    const head = await t.login('giamdoc.stc');
    const { code } = await createDraft(proposer, 'Đề xuất của phó giám đốc');
    await proposer.must(code, 'submit');
    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    await head.must(code, 'request_party_opinion', {});
    await (await t.login('dangu.ducq')).must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý.',
      givenOn: today(t),
    });
    const members = [t.org.people['giamdoc.stc']!, t.org.people['phogiamdoc2.stc']!];
    const withProposer = await head.act(
      code,
      'record_vote',
      {
        meetingOn: today(t),
        attendeeIds: [...members, t.org.people['phogiamdoc1.stc']],
        votes: [
          ...members.map((personId) => ({ personId, vote: 'for' })),
          { personId: t.org.people['phogiamdoc1.stc'], vote: 'for' },
        ],
      },
      (await head.get(`/api/cases/${code}`)).body.version,
    );
    assert.equal(withProposer.status, 422, 'a deputy who proposed may not vote');
    assert.ok(withProposer.body.error.fields.some((f: { code: string }) => f.code === 'voter_excluded'));
    const tie = await head.must(code, 'record_vote', {
      meetingOn: today(t),
      attendeeIds: members,
      votes: [
        { personId: members[0], vote: 'for' },
        { personId: members[1], vote: 'against' },
      ],
    });
    assert.equal(tie.state, 'vote_passed');
  });
});
