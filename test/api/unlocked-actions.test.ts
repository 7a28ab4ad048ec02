import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import { readOnly, ReadOnlyViolation } from '../../src/db/read-only.ts';
import { sealedEventValues, sealEvent } from '../../src/db/repositories/event-repository.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * An action whose steps only read is sent without a transaction: its case is read without a lock
 * and its one statement is guarded by the version read (perform-case-action.ts). These tests hold
 * the two promises that design rests on: a statement whose version moved after the read writes
 * nothing at all, and the steps of such an action cannot write.
 */
describe('actions without a lock (issue 16)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  /** Every row the case has in the tables an action writes, as one comparable value. */
  const footprint = async (code: string) => {
    const { rows } = await sql<{ f: unknown }>`
      select json_build_object(
        'case', (select row_to_json(c) from cases c where c.code = ${code}),
        'events', (select count(*) from case_events e join cases c on c.id = e.case_id where c.code = ${code}),
        'items', (select json_agg(w order by w.task, w.person_id, w.unit_id, w.role)
                    from work_items w join cases c on c.id = w.case_id where c.code = ${code}),
        'jobs', (select count(*) from outbox_jobs),
        'tracked', (select row_to_json(s) from stat_case_state s join cases c on c.id = s.case_id where c.code = ${code}),
        'tallies', (select sum(n) filter (where k1 = 'in_implementation') from stat_tallies where figure = 'state'),
        'notifications', (select json_agg(json_build_object('id', n.id, 'resolved', n.resolved_at) order by n.id)
                            from notifications n join cases c on c.id = n.case_id where c.code = ${code})
      ) as f`.execute(t.runtime.db);
    return JSON.stringify(rows[0]!.f);
  };

  /**
   * Runs `send`, and sends `change` on the same connection just before the first guarded
   * statement of an action: a change committed by another writer between the action's read and
   * its write, on either database (the embedded one has a single connection).
   */
  const interposing = async <T>(change: { text: string; values: unknown[] }, send: () => Promise<T>) => {
    const query = pg.Client.prototype.query;
    let interposed = false;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const q = args[0] as string | { text: string };
      const text = typeof q === 'string' ? q : q.text;
      const forward = () => (query as (...a: unknown[]) => unknown).apply(this, args);
      if (interposed || !/"updated" as \(update "cases"/.test(text)) return forward();
      interposed = true;
      return (query as (...a: unknown[]) => Promise<unknown>).call(this, change.text, change.values).then(forward);
    } as typeof query;
    try {
      return { result: await send(), interposed };
    } finally {
      pg.Client.prototype.query = query;
    }
  };

  it('a write whose case changed after it was read writes nothing, and is answered as stale', async () => {
    const code = await caseIn(t, 'in_implementation');
    await t.runtime.jobs.drain();
    const proposer = await t.login('truongphong.stc');
    const { version } = (await proposer.get(`/api/cases/${code}`)).body;
    // Another writer commits between this action's read and its statement.
    const bump = { text: 'update cases set version = version + 1, updated_at = now() where code = $1', values: [code] };
    const before = await footprint(code);
    const { result: r, interposed } = await interposing(bump, () =>
      proposer.act(code, 'report_progress', { percentComplete: 40, content: 'Đã xong phần một.' }, version),
    );
    assert.ok(interposed, 'the action sent its guarded statement');
    assert.equal(r.status, 412, JSON.stringify(r.body));
    assert.equal(r.body.error.code, 'stale_version');
    assert.equal(r.body.error.currentVersion, version + 1, 'the version the other writer left');
    const after = JSON.parse(await footprint(code));
    const expected = JSON.parse(before);
    // The other writer's change, and nothing of this action's: no event, job, worklist or counter.
    expected.case.version = version + 1;
    expected.case.updated_at = after.case.updated_at;
    assert.deepEqual(after, expected);
    const history = (await proposer.get(`/api/cases/${code}/events`)).body;
    assert.ok(!JSON.stringify(history).includes('Đã xong phần một.'), 'the refused report is not in the history');
  });

  it('an event appended after the read, without a new version, puts the action after it', async () => {
    const code = await caseIn(t, 'in_implementation');
    await t.runtime.jobs.drain();
    const proposer = await t.login('truongphong.stc');
    const { version } = (await proposer.get(`/api/cases/${code}`)).body;
    const head = await t.runtime.db
      .selectFrom('cases')
      .select(['id', 'event_count', 'head_hash', 'proposer_id', 'proposer_unit_id'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    // What `appendEvent` does for an attachment or an overdue step: the chain grows, the version stays.
    const appended = sealEvent(
      {
        caseId: head.id,
        type: 'attachment_added',
        actorId: head.proposer_id,
        actorRole: null,
        actorUnitId: head.proposer_unit_id,
        occurredAt: t.clock.now(),
        reasons: null,
        payload: { filename: 'bien-ban.pdf' },
      },
      { seq: head.event_count, hash: head.head_hash },
    );
    const v = sealedEventValues(appended);
    const append = {
      text: `with e as (insert into case_events (case_id, seq, type, actor_id, actor_role, actor_unit_id, occurred_at, reasons, payload, prev_hash, hash)
               values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11))
             update cases set event_count = $2, head_hash = $11 where id = $1`,
      values: [
        v.case_id,
        v.seq,
        v.type,
        v.actor_id,
        v.actor_role,
        v.actor_unit_id,
        v.occurred_at,
        v.reasons,
        v.payload,
        v.prev_hash,
        v.hash,
      ],
    };
    const { result: r, interposed } = await interposing(append, () =>
      proposer.act(code, 'report_progress', { percentComplete: 40, content: 'Đã xong phần một.' }, version),
    );
    assert.ok(interposed);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.version, version + 1);
    const chain = await t.runtime.db
      .selectFrom('case_events')
      .select(['seq', 'type', 'prev_hash', 'hash'])
      .where('case_id', '=', head.id)
      .where('seq', '>', head.event_count)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      chain.map((e) => [e.seq, e.type]),
      [
        [head.event_count + 1, 'attachment_added'],
        [head.event_count + 2, 'progress_reported'],
      ],
    );
    assert.equal(chain[1]!.prev_hash, chain[0]!.hash, 'the action continues the chain after the appended event');
  });

  it('the handle given to the steps of such an action reads, and refuses every write before it is sent', async () => {
    const db = readOnly(t.runtime.db);
    const code = await caseIn(t, 'draft');
    const found = await db.selectFrom('cases').select('version').where('code', '=', code).executeTakeFirst();
    assert.equal(found?.version, 1);
    assert.equal((await sql<{ n: number }>`select 1 as n`.execute(db)).rows[0]?.n, 1);
    const writes: [string, () => Promise<unknown>][] = [
      ['update', () => db.updateTable('cases').set({ title: 'x' }).where('code', '=', code).execute()],
      ['insert', () => db.insertInto('outbox_jobs').values({ kind: 'case_event', payload: '{}' }).execute()],
      ['delete', () => db.deleteFrom('work_items').where('case_id', 'is', null).execute()],
      ['row lock', () => db.selectFrom('cases').select('id').where('code', '=', code).forUpdate().execute()],
      [
        'data-modifying CTE',
        () =>
          db
            .with('gone', (q) => q.deleteFrom('work_items').where('case_id', 'is', null).returning('case_id'))
            .selectFrom('gone')
            .selectAll()
            .execute(),
      ],
      ['raw update', () => sql`update cases set title = 'x' where code = ${code}`.execute(db)],
      ['raw select with a write', () => sql`select nextval('case_code_2026')`.execute(db)],
    ];
    for (const [name, write] of writes) await assert.rejects(write, ReadOnlyViolation, name);
    const title = await t.runtime.db.selectFrom('cases').select('title').where('code', '=', code).executeTakeFirst();
    assert.notEqual(title?.title, 'x');
  });
});
