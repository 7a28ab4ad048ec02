import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import { caseIn } from '../support/fixtures.ts';
import { statementsSent } from '../support/statements.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The most frequent write, a progress report, reads the case's timeline only when it gives a period
 * to check against it; a period before the decision is still refused.
 */
describe('a progress report without dates does not read the timeline', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const sent = async (send: () => Promise<unknown>) => (await statementsSent(send)).statements;
  const timelineReads = (statements: string[]) =>
    statements.filter(
      (s) => /from "case_events" where "case_id" = \$1 and "type" in/.test(s) || /from "plan_versions"/.test(s),
    );

  it('reads neither the events nor the approved plan without a period, and both with one', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const version = async () => (await proposer.get(`/api/cases/${code}`)).body.version as number;
    const act = async (body: unknown) => {
      const v = await version();
      return sent(async () => assert.equal((await proposer.act(code, 'report_progress', body, v)).status, 200));
    };
    const plain = await act({ percentComplete: 20, content: 'Đang làm.' });
    assert.deepEqual(timelineReads(plain), [], plain.join('\n'));
    const today = vietnamDate(t.clock.now());
    const dated = await act({ percentComplete: 30, content: 'Đang làm.', period: { from: today, to: today } });
    assert.ok(timelineReads(dated).length >= 1, dated.join('\n'));
  });

  it('still refuses a period that starts before the decision', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const { version } = (await proposer.get(`/api/cases/${code}`)).body;
    const r = await proposer.act(
      code,
      'report_progress',
      { percentComplete: 20, content: 'Đang làm.', period: { from: '2020-01-01', to: '2020-01-02' } },
      version,
    );
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.equal(r.body.error.fields[0].path, 'period.from');
  });
});
