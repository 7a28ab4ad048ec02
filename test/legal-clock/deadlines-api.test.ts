import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { ALL_CONDITIONS, decision, report, today, votes } from '../support/fixtures.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { DECREE_73_PROFILE } from '../../src/domain/profile/procedure-profile.ts';
import { at } from './support.ts';

/**
 * Every timed step of a case, through the API, on the legal calendar: a case submitted on the
 * last working day before Tết 2026, returned and resubmitted before 30/4, completed before 2/9.
 * The profile gives the Party committee 3 and appraisal 5 working days, so that all five
 * clocks run (Decree 73 itself sets none for those two).
 */
describe('deadlines of every timed step, on the legal calendar', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    const admin = await t.login('quantri');
    const { version: _v, ...profile } = DECREE_73_PROFILE;
    const r = await admin.post('/api/profiles', {
      ...profile,
      code: 'ND73-TIMED',
      limits: { ...profile.limits, partyOpinionDays: 3, appraisalDays: 5 },
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  });
  after(() => t.close());

  type Deadline = {
    step: string;
    status: string;
    dueOn: string | null;
    remainingDays: number | null;
    startedOn: string;
  };
  const step = (view: { deadlines: Deadline[] }, name: string): Deadline =>
    view.deadlines.filter((d) => d.step === name).at(-1)!;

  it('counts each limit in working days, skipping Tết, 30/4–1/5 and 2/9, and pausing while returned', async () => {
    // Sessions last 12 hours of the fake clock: sign in again after each jump.
    const as = (username: string) => t.login(username);
    at(t, '2026-02-13'); // Friday; Tết break Sat 14/2 – Sun 22/2
    let proposer = await as('truongphong.stc');
    const draft = await proposer.post('/api/cases', {
      plan: demoPlan('Một cửa liên thông trước Tết', 'economy'),
      profileCode: 'ND73-TIMED',
    });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    const code = draft.body.code as string;
    const submitted = await proposer.must(code, 'submit');
    assert.equal(step(submitted, 'consideration').dueOn, '2026-03-03', '7 working days: 23–27/2, 2/3, 3/3');
    const view = await proposer.get(`/api/cases/${code}/deadlines`);
    assert.equal(view.status, 200);
    assert.equal(view.body.items[0].workingDaysLeft, 7);
    assert.equal(view.body.items[0].provisional, false);

    at(t, '2026-02-23'); // Monday after Tết
    let head = await as('giamdoc.stc');
    const returned = await head.must(code, 'return_for_completion', {
      requests: ['Bổ sung dự toán'],
      reasons: 'Thiếu dự toán chi tiết theo hạng mục.',
    });
    assert.deepEqual(
      { status: step(returned, 'consideration').status, remainingDays: step(returned, 'consideration').remainingDays },
      { status: 'paused', remainingDays: 6 },
    );
    const paused = (await head.get(`/api/cases/${code}/deadlines`)).body.items[0];
    assert.equal(paused.status, 'paused');
    assert.equal(paused.remainingDays, 6);
    assert.equal(paused.workingDaysLeft, null, 'a paused clock does not run');
    assert.equal(paused.overdue, false);

    at(t, '2026-04-29'); // Wednesday before 30/4 – 3/5
    [proposer, head] = [await as('truongphong.stc'), await as('giamdoc.stc')];
    const [liaison, appraiser] = [await as('dangu.ducq'), await as('thamdinh.skhcn')];
    const resubmitted = await proposer.must(code, 'resubmit', { response: 'Đã bổ sung dự toán.' });
    assert.equal(step(resubmitted, 'consideration').dueOn, '2026-05-11', '6 days kept: 4–8/5, 11/5');
    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    const asked = await head.must(code, 'request_party_opinion', {});
    assert.equal(step(asked, 'party_opinion').dueOn, '2026-05-06', '3 working days: 4, 5, 6/5');
    const assigned = await head.must(code, 'assign_appraisers', { appraiserIds: [t.org.people['thamdinh.skhcn']] });
    assert.equal(step(assigned, 'appraisal').dueOn, '2026-05-08', '5 working days: 4–8/5');

    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý chủ trương.',
      givenOn: today(t),
    });
    const appraised = await appraiser.must(code, 'record_appraisal', { opinion: 'supports', content: 'Khả thi.' });
    assert.equal(step(appraised, 'party_opinion').status, 'met');
    assert.equal(step(appraised, 'appraisal').status, 'met');
    const voted = await head.must(code, 'record_vote', votes(t, ['for', 'for', 'against']));
    assert.equal(step(voted, 'consideration').status, 'met');
    await head.must(code, 'approve', decision(undefined, today(t)));

    at(t, '2026-08-28'); // Friday; off Mon 31/8 (swapped), 1/9, 2/9
    [proposer, head] = [await as('truongphong.stc'), await as('giamdoc.stc')];
    const completed = await proposer.must(code, 'declare_completed', { completedOn: '2026-08-28' });
    assert.equal(completed.dueStep, 'completion_report');
    assert.equal(completed.dueOn, '2026-09-09', '5 working days: 3, 4, 7, 8, 9/9');
    const reported = await proposer.must(code, 'submit_completion_report', report());
    assert.equal(step(reported, 'completion_report').status, 'met');
    assert.equal(reported.dueStep, 'evaluation');
    assert.equal(reported.dueOn, '2026-09-11', '7 working days: 3, 4, 7–11/9');

    const all = (await head.get(`/api/cases/${code}/deadlines`)).body;
    assert.deepEqual(
      all.items.map((d: { step: string; status: string; dueOn: string }) => `${d.step}:${d.status}:${d.dueOn}`),
      [
        'consideration:met:2026-05-11',
        'party_opinion:met:2026-05-06',
        'appraisal:met:2026-05-08',
        'completion_report:met:2026-09-09',
        'evaluation:open:2026-09-11',
      ],
    );
    assert.equal(all.items[4].workingDaysLeft, 7);
  });

  it('shows a case’s deadlines only to those who may read the case, and checks the code', async () => {
    const proposer = await t.login('truongphong.stc');
    at(t, '2026-03-02');
    const { code } = (await proposer.post('/api/cases', { plan: demoPlan('Đề xuất riêng', 'economy') })).body;
    const stranger = await t.login('chutich.tanphu');
    assert.equal((await stranger.get(`/api/cases/${code}/deadlines`)).status, 404);
    assert.equal((await t.anonymous().get(`/api/cases/${code}/deadlines`)).status, 401);
    const bad = await proposer.get('/api/cases/not-a-code/deadlines');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'params.code');
  });
});
