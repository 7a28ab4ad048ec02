import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { ALL_CONDITIONS, caseIn, createDraft, decision, report, tableCounts, today } from '../support/fixtures.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import type { TestClient } from '../support/test-client.ts';

/** A refused request writes nothing: every table a write could touch keeps its row count. */
async function refusedWithoutWriting(
  t: TestApp,
  attempt: () => Promise<{ status: number; body: any }>,
  status: number,
  fields: { path: string; code: string }[],
) {
  const before = await tableCounts(t);
  const r = await attempt();
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.deepEqual(
    r.body.error.fields.map(({ path, code }: any) => ({ path, code })),
    fields,
  );
  assert.deepEqual(await tableCounts(t), before, 'nothing written');
}

async function version(client: TestClient, code: string): Promise<number> {
  return (await client.get(`/api/cases/${code}`)).body.version;
}

describe('issue item 6 (Art. 7(4), Art. 8(1)): co-proposers are proposers', () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());

  it('a head named as co-proposer sends the case to the superior head, and neither receives, votes nor decides', async () => {
    const proposer = await t.login('truongphong.stc');
    const ownHead = await t.login('giamdoc.stc');
    const { code } = await createDraft(proposer, 'Đề xuất có giám đốc sở đồng đề xuất');
    await proposer.must(code, 'set_co_proposers', { coProposerIds: [t.org.people['giamdoc.stc']] });
    const submitted = await proposer.must(code, 'submit');
    assert.equal(submitted.receivingUnit.id, t.org.units.ubnd, 'routed exactly as the head’s own proposal');
    const events = (await proposer.get(`/api/cases/${code}/events`)).body.items;
    assert.equal(events.at(-1).payload.routedToSuperior, true);
    const asCoProposer = await ownHead.get(`/api/cases/${code}`);
    assert.ok(!asCoProposer.body.allowedActions.includes('accept_for_consideration'));
    const refused = await ownHead.act(code, 'accept_for_consideration', ALL_CONDITIONS, asCoProposer.body.version);
    assert.equal(refused.status, 403);
    const chair = await t.login('chutich');
    await chair.must(code, 'accept_for_consideration', ALL_CONDITIONS);
  });

  it('a forward may not send the case to a unit whose head is a co-proposer', async () => {
    const proposer = await t.login('truongphong.stc');
    const { code } = await createDraft(proposer, 'Đề xuất có chủ tịch tỉnh đồng đề xuất');
    await proposer.must(code, 'set_co_proposers', { coProposerIds: [t.org.people.chutich] });
    await proposer.must(code, 'submit');
    const head = await t.login('giamdoc.stc');
    const v = await version(head, code);
    await refusedWithoutWriting(
      t,
      () =>
        head.act(
          code,
          'forward_to_superior',
          { targetUnitId: t.org.units.ubnd, reasons: 'Vượt thẩm quyền của sở.' },
          v,
        ),
      422,
      [{ path: 'targetUnitId', code: 'head_is_proposer' }],
    );
  });

  it('a deputy co-proposer is excluded from the vote and the evaluation like a proposing deputy', async () => {
    const proposer = await t.login('truongphong.stc');
    const head = await t.login('giamdoc.stc');
    const liaison = await t.login('dangu.ducq');
    const [h, d1, d2] = ['giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc'].map((u) => t.org.people[u]!) as [
      string,
      string,
      string,
    ];
    const { code } = await createDraft(proposer, 'Đề xuất có phó giám đốc đồng đề xuất');
    await proposer.must(code, 'set_co_proposers', { coProposerIds: [d1] });
    await proposer.must(code, 'submit');
    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    await head.must(code, 'request_party_opinion', {});
    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý chủ trương.',
      givenOn: today(t),
    });
    const withDeputy = {
      meetingOn: today(t),
      attendeeIds: [h, d1, d2],
      votes: [h, d1, d2].map((personId) => ({ personId, vote: 'for' })),
    };
    const v = await version(head, code);
    const before = await tableCounts(t);
    const refused = await head.act(code, 'record_vote', withDeputy, v);
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.ok(
      refused.body.error.fields.some((f: any) => f.path === 'votes[1].personId' && f.code === 'voter_excluded'),
    );
    assert.deepEqual(await tableCounts(t), before, 'nothing written');
    const voted = await head.must(code, 'record_vote', {
      meetingOn: today(t),
      attendeeIds: [h, d2],
      votes: [h, d2].map((personId) => ({ personId, vote: 'for' })),
    });
    assert.equal(voted.state, 'vote_passed');
    const voteEvent = (await head.get(`/api/cases/${code}/events`)).body.items.at(-1);
    assert.deepEqual(voteEvent.payload.excludedIds, [d1]);

    await head.must(code, 'approve', decision(undefined, today(t)));
    await proposer.must(code, 'declare_completed', { completedOn: today(t) });
    await proposer.must(code, 'submit_completion_report', report());
    await head.must(code, 'request_party_opinion', {});
    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý kết quả.',
      givenOn: today(t),
    });
    const evaluation = (attendeeIds: string[]) => ({
      meetingOn: today(t),
      attendeeIds,
      outcome: 'completed',
      damage: { occurred: false },
      causes: { objective: 'Hạ tầng đáp ứng.', subjective: 'Cán bộ tích cực.' },
      conclusion: 'Hoàn thành mục tiêu.',
    });
    const ev = await version(head, code);
    await refusedWithoutWriting(t, () => head.act(code, 'record_evaluation', evaluation([h, d1, d2]), ev), 422, [
      { path: 'attendeeIds[1]', code: 'voter_excluded' },
    ]);
    const evaluated = await head.must(code, 'record_evaluation', evaluation([h, d2]));
    assert.equal(evaluated.state, 'evaluated');
    assert.deepEqual(
      (await head.get(`/api/cases/${code}/events`)).body.items.find((e: any) => e.type === 'evaluated').payload
        .excludedIds,
      [d1],
    );
  });
});

describe('issue item 7: a profile applies where it is in force', () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());

  const codes = async (username: string) =>
    [...new Set((await (await t.login(username)).get('/api/profiles')).body.items.map((p: any) => p.code))].sort();

  it('a proposer sees only the profiles in force for their unit; an administrator sees all', async () => {
    assert.deepEqual(await codes('truongphong.stc'), ['ND73']);
    assert.deepEqual(await codes('chuyenvien.snv.hcm'), ['HCM-124', 'ND73']);
    assert.deepEqual(await codes('chutich.benthanh'), ['HCM-124', 'ND73']);
    assert.deepEqual(await codes('quantri'), ['HCM-124', 'ND73']);
  });

  it('refuses a case under a profile not in force for the proposer’s unit (422 profileCode), writing nothing', async () => {
    const specialist = await t.login('chuyenvien.stc');
    await refusedWithoutWriting(
      t,
      () =>
        specialist.post('/api/cases', {
          plan: demoPlan('Đề xuất chọn bộ quy trình nơi khác', 'economy'),
          profileCode: 'HCM-124',
        }),
      422,
      [{ path: 'profileCode', code: 'profile_not_in_force' }],
    );
  });

  it('in the city a specialist proposes under the city’s profile (the default there), but not under the Decree’s (Art. 2)', async () => {
    const specialist = await t.login('chuyenvien.snv.hcm');
    const local = await createDraft(specialist, 'Số hóa hồ sơ công chức thành phố');
    assert.deepEqual(local.profile, { code: 'HCM-124', version: 1 });
    assert.equal((await specialist.must(local.code, 'submit')).state, 'submitted');
    const national = await specialist.post('/api/cases', {
      plan: demoPlan('Đề xuất theo Nghị định', 'economy'),
      profileCode: 'ND73',
    });
    assert.equal(national.status, 201);
    const v = national.body.version;
    await refusedWithoutWriting(t, () => specialist.act(national.body.code, 'submit', {}, v), 422, [
      { path: 'proposer', code: 'not_covered' },
    ]);
  });

  it('issue item 8 (G6): a “regulated but unsuitable” bottleneck is refused under the Decree’s profile and accepted under the city’s', async () => {
    const plan = {
      ...demoPlan('Sửa quy định không còn phù hợp', 'economy'),
      necessity: { ...demoPlan('x').necessity, bottleneckKind: 'regulated_but_unsuitable' },
    };
    const proposer = await t.login('truongphong.stc');
    const draft = (await proposer.post('/api/cases', { plan })).body;
    await refusedWithoutWriting(t, () => proposer.act(draft.code, 'submit', {}, draft.version), 422, [
      { path: 'plan.necessity.bottleneckKind', code: 'not_allowed_by_profile' },
    ]);
    const cityProposer = await t.login('chuyenvien.snv.hcm');
    const cityDraft = (await cityProposer.post('/api/cases', { plan })).body;
    assert.equal((await cityProposer.must(cityDraft.code, 'submit')).state, 'submitted');
  });

  it('an administrator publishes a territory only of units that exist', async () => {
    const admin = await t.login('quantri');
    const current = (await admin.get('/api/profiles/HCM-124/1')).body;
    const { version: _v, ...body } = current;
    const r = await admin.post('/api/profiles', { ...body, territory: { unitCodes: ['HCM', 'KHONG-CO'] } });
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.error.fields.map((f: any) => f.path),
      ['territory.unitCodes[1]'],
    );
  });
});

describe('issue item 11: every date of every action is checked against the case’s timeline and the clock', () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());

  it('refuses a completion date before the approval or in the future, writing nothing', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const v = await version(proposer, code);
    await refusedWithoutWriting(
      t,
      () => proposer.act(code, 'declare_completed', { completedOn: '2020-01-02' }, v),
      422,
      [{ path: 'completedOn', code: 'too_early' }],
    );
    await refusedWithoutWriting(
      t,
      () => proposer.act(code, 'declare_completed', { completedOn: '2026-03-03' }, v),
      422,
      [{ path: 'completedOn', code: 'in_future' }],
    );
  });

  it('refuses a progress period before the plan’s start and the decision, or ending before it starts', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const v = await version(proposer, code);
    const progress = (from: string, to: string) => ({ percentComplete: 10, content: 'Tiến độ.', period: { from, to } });
    await refusedWithoutWriting(
      t,
      () => proposer.act(code, 'report_progress', progress('2025-12-01', '2026-03-02'), v),
      422,
      [{ path: 'period.from', code: 'too_early' }],
    );
    await refusedWithoutWriting(
      t,
      () => proposer.act(code, 'report_progress', progress('2026-03-02', '2026-03-01'), v),
      422,
      [{ path: 'period.to', code: 'too_early' }],
    );
    assert.equal((await proposer.act(code, 'report_progress', progress('2026-03-02', '2026-03-02'), v)).status, 200);
  });

  it('refuses a decision dated before the meeting that voted (Art. 8(1)), and says the earliest date', async () => {
    const code = await caseIn(t, 'vote_passed');
    const head = await t.login('giamdoc.stc', 'en');
    const v = await version(head, code);
    await refusedWithoutWriting(t, () => head.act(code, 'approve', decision(undefined, '2026-02-27'), v), 422, [
      { path: 'decisionDate', code: 'too_early' },
    ]);
    const r = await head.act(code, 'approve', decision(undefined, '2026-02-27'), v);
    assert.equal(r.body.error.fields[0].message, 'Must not be before 2026-03-02.');
  });

  it('refuses an evaluation meeting before the completion report', async () => {
    const code = await caseIn(t, 'completion_reported');
    const head = await t.login('giamdoc.stc');
    const liaison = await t.login('dangu.ducq');
    t.clock.advanceDays(1);
    await head.refresh();
    await liaison.refresh();
    await head.must(code, 'request_party_opinion', {});
    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý kết quả.',
      givenOn: today(t),
    });
    const v = await version(head, code);
    const members = ['giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc'].map((u) => t.org.people[u]!);
    const body = {
      meetingOn: '2026-03-01',
      attendeeIds: members,
      outcome: 'completed',
      damage: { occurred: false },
      causes: { objective: 'Tốt.', subjective: 'Tốt.' },
      conclusion: 'Hoàn thành.',
    };
    await refusedWithoutWriting(t, () => head.act(code, 'record_evaluation', body, v), 422, [
      { path: 'meetingOn', code: 'too_early' },
    ]);
  });
});
