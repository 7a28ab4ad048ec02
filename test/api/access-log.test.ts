import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { caseIn, createDraft } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Issue 17, item 5 (ASVS V16, "who looked"): reads of an official's record and exports of a case's
 * record go to an append-only log with who, when, which and through which session; the official
 * sees who read theirs; inspectors and administrators query it by person; nobody else can.
 */
describe('the access log: who looked (issue 17)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t?.close());

  it('records reads and exports of an official’s record by others, and the official sees who read it', async () => {
    const official = await t.login('truongphong.stc');
    const id = t.org.people['truongphong.stc']!;
    assert.equal((await official.get(`/api/people/${id}/record`)).status, 200);
    assert.deepEqual((await official.get('/api/me/readers')).body.items, [], 'one’s own reads are not logged');

    const officer = await t.login('tochuc.snv');
    assert.equal((await officer.get(`/api/people/${id}/record`)).status, 200);
    assert.equal((await officer.get(`/api/people/${id}/record.pdf`)).status, 200);
    const mine = (await official.get('/api/me/readers')).body.items;
    assert.deepEqual(
      mine.map((e: { kind: string; actor: { name: string }; via: string }) => [e.kind, e.actor.name, e.via]),
      [
        ['record_export', 'Trịnh Thị Mai', 'session'],
        ['record_read', 'Trịnh Thị Mai', 'session'],
      ],
    );
    assert.ok(mine.every((e: { entityId: string }) => e.entityId === id));
  });

  it('records the export of a case’s whole record for its proposer', async () => {
    const code = await caseIn(t, 'submitted', 'Thí điểm nhật ký truy cập');
    const head = await t.login('giamdoc.stc');
    assert.equal((await head.get(`/api/cases/${code}/export`)).status, 200);
    const official = await t.login('truongphong.stc');
    const [latest] = (await official.get('/api/me/readers')).body.items;
    assert.equal(latest.kind, 'case_export');
    assert.equal(latest.entityId, code);
    assert.equal(latest.actor.name, 'Phạm Minh Đức');
  });

  it('an inspector queries it by person; a proposer may not query it', async () => {
    const id = t.org.people['truongphong.stc']!;
    const inspector = await t.login('thanhtra');
    const page = await inspector.get(`/api/access-log?personId=${id}`);
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length >= 3);
    assert.ok(page.body.items.every((e: { subject: { id: string } }) => e.subject.id === id));
    const proposer = await t.login('truongphong.stc');
    assert.equal((await proposer.get('/api/access-log')).status, 403);
    assert.equal((await inspector.get('/api/access-log?cursor=abc')).status, 400);
  });

  it('cannot be rewritten: the database refuses updates and deletes', async () => {
    await createDraft(await t.login('truongphong.stc'));
    const pool = t.runtime.database.pool;
    await assert.rejects(pool.query(`update access_log set kind = 'nothing'`), /append-only/);
    await assert.rejects(pool.query('delete from access_log'), /append-only/);
  });
});
