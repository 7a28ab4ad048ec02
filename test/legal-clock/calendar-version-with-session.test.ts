import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { caseIn } from '../support/fixtures.ts';
import { statementsSent } from '../support/statements.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A case action counts due dates on the legal calendar as stored when the request started: the
 * session's statement reads the calendar's version, and the calendar is reloaded only when another
 * process (here, a direct write) has changed it since.
 */
describe('a case action reads the calendar version with the session', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const calendarStatements = (statements: string[]) =>
    statements.filter((s) => /calendar_state|calendar_years/.test(s) && !/sessions s/.test(s));

  it('sends no statement of its own for the calendar while nothing changed, and reloads after a change', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const report = async (percentComplete: number) => {
      const version = (await proposer.get(`/api/cases/${code}`)).body.version as number;
      const sent = await statementsSent(() =>
        proposer.act(code, 'report_progress', { percentComplete, content: 'Đang làm.' }, version),
      );
      assert.equal(sent.result.status, 200, JSON.stringify(sent.result.body));
      return calendarStatements(sent.statements);
    };
    assert.deepEqual(await report(10), []);
    const loaded = t.runtime.app.legalClock.calendars.version;
    await t.runtime.database.pool.query('update calendar_state set version = version + 1 where id = 1');
    const reloaded = await report(20);
    assert.ok(
      reloaded.some((s) => /from "calendar_years"/.test(s)),
      `the decisions are read again: ${reloaded.join('\n')}`,
    );
    assert.equal(t.runtime.app.legalClock.calendars.version, String(Number(loaded) + 1));
    assert.deepEqual(await report(30), []);
  });

  it('reads the version itself for a request with a bearer token', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const minted = await proposer.post('/api/me/tokens', { name: 'tiến độ', actions: ['report_progress'] });
    assert.equal(minted.status, 201, JSON.stringify(minted.body));
    const version = (await proposer.get(`/api/cases/${code}`)).body.version as number;
    await t.runtime.database.pool.query('update calendar_state set version = version + 1 where id = 1');
    const sent = await statementsSent(() =>
      t.server.inject({
        method: 'POST',
        url: `/api/cases/${code}/actions/report-progress`,
        headers: { authorization: `Bearer ${minted.body.token}`, 'if-match': `"${version}"` },
        payload: { percentComplete: 40, content: 'Qua tích hợp.' },
      }),
    );
    assert.equal(sent.result.statusCode, 200, sent.result.body);
    assert.ok(calendarStatements(sent.statements).some((s) => /from "calendar_years"/.test(s)));
  });
});
