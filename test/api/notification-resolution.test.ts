import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { ALL_CONDITIONS, caseIn } from '../support/fixtures.ts';

interface Line {
  caseCode: string;
  caseTitle: string | null;
  kind: string;
  readAt: string | null;
  resolvedAt: string | null;
}

/** Issue 15 item 1: a task notification is resolved once its step is done, and names its case's title. */
describe('task notifications are resolved when their step is done (issue 15)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
  });
  after(() => t.close());

  const linesOf = async (c: TestClient, code: string): Promise<Line[]> =>
    ((await c.get('/api/notifications')).body.items as Line[]).filter((n) => n.caseCode === code);

  it('the head’s “accept for consideration” notice carries the case title, and is resolved once the head accepts', async () => {
    const code = await caseIn(t, 'submitted', 'Thí điểm cấp phép xây dựng trực tuyến');
    await t.runtime.jobs.drain();
    const head = await t.login('giamdoc.stc');
    const unreadBefore = (await head.get('/api/notifications/unread-count')).body.unreadCount as number;
    const [sent] = await linesOf(head, code);
    assert.ok(sent, 'the head was told');
    assert.equal(sent.caseTitle, 'Thí điểm cấp phép xây dựng trực tuyến');
    assert.equal(sent.kind, 'action_required');
    assert.equal(sent.resolvedAt, null);
    assert.equal(sent.readAt, null);

    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    const [done] = (await linesOf(head, code)).filter((n) => n.kind === 'action_required').slice(-1);
    assert.ok(done?.resolvedAt, 'resolved by the action it asked for');
    assert.equal(done.readAt, done.resolvedAt, 'a resolved notification counts as read');
    assert.equal((await head.get('/api/notifications/unread-count')).body.unreadCount, unreadBefore - 1);
  });

  it('is resolved when someone else ends the step: the proposer withdraws before the head acts', async () => {
    const code = await caseIn(t, 'submitted', 'Thí điểm hóa đơn điện tử cho phí trông giữ xe');
    await t.runtime.jobs.drain();
    const head = await t.login('giamdoc.stc');
    assert.equal((await linesOf(head, code))[0]?.resolvedAt, null);
    await (await t.login('truongphong.stc')).must(code, 'withdraw', { reason: 'no_longer_needed' });
    const [line] = await linesOf(head, code);
    assert.ok(line?.resolvedAt, 'the case left the state the head was asked to act in');
    assert.ok(line.readAt);
  });

  it('stays open while the reader still has the task: a Party opinion requested is not the opinion given', async () => {
    const code = await caseIn(t, 'under_consideration', 'Thí điểm số hóa hồ sơ đất đai');
    const head = await t.login('giamdoc.stc');
    await head.must(code, 'request_party_opinion', {});
    await t.runtime.jobs.drain();
    const liaison = await t.login('dangu.ducq');
    const [asked] = await linesOf(liaison, code);
    assert.ok(asked, 'the Party liaison was told');
    await head.must(code, 'assign_appraisers', { appraiserIds: [t.org.people['thamdinh.skhcn']] });
    assert.equal((await linesOf(liaison, code))[0]?.resolvedAt, null, 'another step does not resolve it');
    await liaison.must(code, 'record_party_opinion', { opinion: 'agree', content: 'Đồng ý.', givenOn: '2026-03-02' });
    assert.ok((await linesOf(liaison, code))[0]?.resolvedAt, 'resolved once the opinion is recorded');
  });
});
