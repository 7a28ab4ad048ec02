import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toSnapshot } from '../../src/db/case-facts.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { nextActors } from '../../src/domain/case/next-actors.ts';
import { caseIn, createDraft } from '../support/fixtures.ts';
import { statementsSent } from '../support/statements.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * An action on a case is one read and one write: the case row, its event, its worklist, the
 * notifications it settles, the statistics' counters and the outbox job go in one statement of
 * data-modifying CTEs, guarded by the version read (case-transition-repository.ts), and sent
 * outside any transaction unless the action's own steps write (`locked`); a new draft likewise
 * (case-creation-repository.ts). The worklist is computed before the row is written, so the last
 * test holds it equal to the one the stored case gives, step by step.
 */
describe('an action is one read and one write (issue 16)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  /** The statements after the session's read: the request's own. */
  const afterSession = (statements: string[]) => {
    assert.match(statements[0] ?? '', /from sessions s/, statements.join('\n'));
    return statements.slice(1);
  };
  /** The statements sent inside the transaction, between `begin` and `commit`. */
  const inTransaction = (statements: string[]) => {
    const begin = statements.indexOf('begin');
    const commit = statements.lastIndexOf('commit');
    assert.ok(begin >= 0 && commit > begin, statements.join('\n'));
    return statements.slice(begin + 1, commit);
  };
  const writesAll = (statement: string, tables: string[]) => {
    for (const table of tables)
      assert.match(statement, new RegExp(`(insert into|update|delete from) "?${table}"?`), table);
  };

  it('a withdrawal reads its case without a lock and writes its row, event, worklist, counters and job in one statement', async () => {
    const proposer = await t.login('truongphong.stc');
    const { code } = await createDraft(proposer);
    const { result, statements } = await statementsSent(() =>
      proposer.request(
        'POST',
        `/api/cases/${code}/actions/withdraw`,
        { reason: 'no_longer_needed' },
        { prefer: 'return=minimal', 'if-match': '"1"' },
      ),
    );
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const own = afterSession(statements);
    assert.equal(own.length, 2, own.join('\n---\n'));
    assert.doesNotMatch(own[0]!, /for update/);
    assert.match(own[0]!, /from "cases"/);
    writesAll(own[1]!, [
      'cases',
      'case_events',
      'work_items',
      'notifications',
      'stat_tallies',
      'stat_case_state',
      'outbox_jobs',
    ]);
  });

  it('an action whose steps write (a new plan version) locks the case in a transaction', async () => {
    const proposer = await t.login('truongphong.stc');
    const { code } = await createDraft(proposer);
    const { result, statements } = await statementsSent(() =>
      proposer.request(
        'POST',
        `/api/cases/${code}/actions/update-plan`,
        { plan: demoPlan('Thí điểm một cửa liên thông, bản 2', 'economy') },
        { prefer: 'return=minimal', 'if-match': '"1"' },
      ),
    );
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const tx = inTransaction(statements);
    assert.match(tx[0]!, /for update/);
    assert.ok(
      tx.some((q) => /insert into "plan_versions"/.test(q)),
      tx.join('\n---\n'),
    );
    writesAll(tx.at(-1)!, ['cases', 'case_events', 'work_items', 'outbox_jobs']);
  });

  it('a new draft reads its code and checks, then writes its row, plan, event, worklist, counters and job in one statement', async () => {
    const proposer = await t.login('truongphong.stc');
    await createDraft(proposer); // the year's sequence is known from here on
    const { result, statements } = await statementsSent(() =>
      proposer.request('POST', '/api/cases', { plan: demoPlan('Thí điểm một cửa liên thông', 'economy') }),
    );
    assert.equal(result.status, 201, JSON.stringify(result.body));
    const own = afterSession(statements);
    assert.match(own[0]!, /nextval/);
    writesAll(own[1]!, [
      'cases',
      'plan_versions',
      'case_events',
      'work_items',
      'stat_tallies',
      'stat_case_state',
      'outbox_jobs',
    ]);
    assert.ok(!own.includes('begin'), own.join('\n---\n'));
  });

  it('a new draft with an idempotency key marks its key in the same transaction', async () => {
    const proposer = await t.login('truongphong.stc');
    const { result, statements } = await statementsSent(() =>
      proposer.request(
        'POST',
        '/api/cases',
        { plan: demoPlan('Thí điểm một cửa liên thông', 'economy') },
        { 'idempotency-key': 'transition-statements-1' },
      ),
    );
    assert.equal(result.status, 201, JSON.stringify(result.body));
    const tx = inTransaction(statements);
    assert.ok(tx.some((q) => /insert into "?cases"?/.test(q)));
    assert.ok(
      tx.some((q) => /idempotency/.test(q)),
      tx.join('\n---\n'),
    );
  });

  it('settles open notifications with one read of who holds the tasks left', async () => {
    const code = await caseIn(t, 'submitted');
    await t.runtime.jobs.drain(); // the head is asked to act on the submitted case
    const open = async () =>
      Number(
        (
          await t.runtime.db
            .selectFrom('notifications')
            .innerJoin('cases', 'cases.id', 'notifications.case_id')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('cases.code', '=', code)
            .where('notifications.resolved_at', 'is', null)
            .where('notifications.kind', '=', 'action_required')
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.ok((await open()) > 0, 'the head was asked to act');
    const head = await t.login('giamdoc.stc');
    const { version } = (await head.get(`/api/cases/${code}`)).body;
    const { result, statements } = await statementsSent(() =>
      head.request(
        'POST',
        `/api/cases/${code}/actions/return-for-completion`,
        { requests: ['Bổ sung dự toán chi tiết'], reasons: 'Kế hoạch chưa có dự toán chi tiết.' },
        { prefer: 'return=minimal', 'if-match': `"${version}"` },
      ),
    );
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const own = afterSession(statements);
    assert.equal(own.length, 3, own.join('\n---\n'));
    assert.match(own[1]!, /from unnest/);
    assert.equal(await open(), 0, 'the request to act is resolved');
  });

  it('leaves every case with the worklist its stored row gives, at every step', async () => {
    const states = ['draft', 'submitted', 'returned_for_completion', 'under_consideration', 'vote_passed'];
    const later = ['rejected', 'in_implementation', 'suspended', 'awaiting_completion_report', 'completion_reported'];
    for (const state of [...states, ...later]) await caseIn(t, state);
    const cases = await t.runtime.db.selectFrom('cases').selectAll().execute();
    const items = await t.runtime.db.selectFrom('work_items').selectAll().execute();
    const key = (i: {
      person_id: string | null;
      unit_id: string | null;
      role: string | null;
      task: string;
      due_on: unknown;
    }) => JSON.stringify([i.person_id, i.unit_id, i.role, i.task, i.due_on === null ? null : String(i.due_on)]);
    assert.ok(cases.length >= 10);
    for (const row of cases) {
      const profile = await t.runtime.app.profiles.get(row.profile_code, row.profile_version);
      const expected = nextActors(toSnapshot(row, profile)).map((w) =>
        key({
          person_id: w.kind === 'person' ? w.personId : null,
          unit_id: w.kind === 'unit_role' ? w.unitId : null,
          role: w.kind === 'unit_role' ? w.role : null,
          task: w.task,
          due_on: row.due_on,
        }),
      );
      const stored = items.filter((i) => i.case_id === row.id).map(key);
      assert.deepEqual(stored.sort(), expected.sort(), `${row.code} in ${row.state}`);
    }
  });
});
