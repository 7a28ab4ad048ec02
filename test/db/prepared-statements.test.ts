import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { BY_KEY_MARK, isPrepared, isWrite, StatementNames } from '../../src/db/prepared-statements.ts';
import { byKey } from '../../src/db/by-key.ts';
import { caseIn } from '../support/fixtures.ts';
import { statementsSent } from '../support/statements.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('which statements are prepared', () => {
  const cases: [string, boolean][] = [
    ['insert into "case_events" ("case_id") values ($1)', true],
    ['update "cases" set "state" = $1 where "id" = $2', true],
    ['  delete from "work_items" where "case_id" = $1', true],
    ['with "old" as (delete from "work_items" where "case_id" = $1) insert into "work_items" values ($2)', true],
    ['with anc as (select 1) , t as (insert into stat_tallies select 1) select 1', true],
    ['select * from "cases" where "code" = $1 for update', true],
    ['select * from "cases" where "code" = $1 for no key update', true],
    ['select * from "cases" where "code" = $1', false],
    ['select "updated_at", "deleted_at" from "cases" where "id" = $1', false],
    ['with ev as (select seq from case_events where case_id = $1) select * from ev', false],
    ['select * from cases where search_words @> $1 order by updated_at desc limit 50', false],
  ];
  for (const [text, write] of cases) {
    it(`${write ? 'names' : 'leaves unnamed'}: ${text.slice(0, 60)}`, () => {
      assert.equal(isWrite(text), write);
      assert.equal(isPrepared(text), write);
    });
  }

  const reads: [string, boolean][] = [
    [`select * from "cases" where "code" = $1 ${BY_KEY_MARK}`, true],
    [`select p.id from sessions s join people p on p.id = s.person_id where s.token_hash = $1 ${BY_KEY_MARK}`, true],
    ['select * from "cases" where "code" = $1 /* by code */', false],
    ['select * from cases where search_words @> $1 order by updated_at desc limit 50', false],
  ];
  for (const [text, prepared] of reads) {
    it(`${prepared ? 'names the read marked by key' : 'leaves the read unnamed'}: ${text.slice(0, 60)}`, () => {
      assert.equal(isWrite(text), false);
      assert.equal(isPrepared(text), prepared);
    });
  }

  it('gives one text one name, and none past its bound', () => {
    const names = new StatementNames(2);
    const a = names.nameFor('update a set x = $1');
    assert.ok(a);
    assert.equal(names.nameFor('update a set x = $1'), a);
    assert.equal(names.nameFor('select x from a where y = $1'), undefined, 'reads are not named');
    const b = names.nameFor(`select x from a where y = $1 ${BY_KEY_MARK}`);
    assert.ok(b && b !== a);
    assert.equal(names.nameFor('update c set x = $1'), undefined, 'past the bound');
    assert.equal(names.size, 2);
  });
});

describe('writes and by-key reads run as prepared statements', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('prepares a write once per connection and runs it again without parsing it', async () => {
    await t.runtime.db.transaction().execute(async (tx) => {
      await sql`create temporary table prepared_probe (id int primary key, n int not null) on commit drop`.execute(tx);
      for (const id of [1, 2, 3]) await sql`insert into prepared_probe (id, n) values (${id}, ${id * 10})`.execute(tx);
      await sql`select n from prepared_probe where id = ${1}`.execute(tx);
      for (const id of [2, 3]) await sql`select n from prepared_probe where id = ${id} ${byKey}`.execute(tx);
      const prepared = await sql<{ statement: string; runs: number }>`
        select statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements`.execute(tx);
      const insert = prepared.rows.find((r) => r.statement.startsWith('insert into prepared_probe'));
      assert.ok(insert, JSON.stringify(prepared.rows));
      assert.equal(insert.runs, 3, 'one statement, prepared once and run three times');
      assert.equal(
        prepared.rows.find((r) => r.statement === 'select n from prepared_probe where id = $1'),
        undefined,
        'the read was not prepared',
      );
      const keyed = prepared.rows.find((r) => r.statement.startsWith('select n from prepared_probe where id = $1 /*'));
      assert.equal(keyed?.runs, 2, 'the read marked by key was prepared once and run twice');
    });
  });

  it('sends every statement of a progress report and of the case page prepared, but begin and commit', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const page = await statementsSent(() => proposer.get(`/api/cases/${code}`));
    assert.equal(page.result.status, 200);
    const version = page.result.body.version as number;
    const report = await statementsSent(() =>
      proposer.post(
        `/api/cases/${code}/actions/report-progress`,
        { percentComplete: 20, content: 'Đang làm.' },
        { 'if-match': `"${version}"`, prefer: 'return=minimal' },
      ),
    );
    assert.ok(report.result.status < 300, JSON.stringify(report.result.body));
    for (const statements of [page.statements, report.statements]) {
      const unprepared = statements.filter((s) => !/^(begin|commit)$/.test(s.trim()) && !isPrepared(s));
      assert.deepEqual(unprepared, []);
    }
  });

  it('prepares a write afresh once a migration has changed the columns it returns', async () => {
    const db = t.runtime.db;
    await sql`create table prepared_probe_columns (id int primary key)`.execute(db);
    await db.connection().execute(async (conn) => {
      const insert = (id: number) =>
        sql`insert into prepared_probe_columns (id) values (${id}) returning *`.execute(conn);
      await insert(1);
      await sql`alter table prepared_probe_columns add column note text`.execute(conn);
      await assert.rejects(insert(2), /cached plan must not change result type/);
      const again = await insert(3);
      assert.deepEqual(again.rows, [{ id: 3, note: null }]);
    });
    await sql`drop table prepared_probe_columns`.execute(db);
  });

  it('keeps transitions right past the runs after which PostgreSQL may keep a generic plan', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const first = (await proposer.get(`/api/cases/${code}`)).body;
    for (let i = 1; i <= 8; i++) {
      const v = (await proposer.get(`/api/cases/${code}`)).body.version as number;
      const r = await proposer.act(
        code,
        'report_progress',
        { percentComplete: i * 10, content: `Báo cáo lần ${i}.` },
        v,
      );
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    const last = (await proposer.get(`/api/cases/${code}`)).body;
    assert.equal(last.version, first.version + 8);
    assert.equal(last.state, 'in_implementation');
    const verified = await proposer.get(`/api/cases/${code}/verify`);
    assert.equal(verified.status, 200);
    assert.equal(verified.body.ok, true, JSON.stringify(verified.body));
  });
});
