import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
import { smtpMailer } from '../../src/mail/mailer.ts';
import { createDigests } from '../../src/jobs/digests.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { at, notificationsOf, startSmtpServer } from './support.ts';

/**
 * E-mail through a real SMTP conversation with a server in this process. The Finance head reads
 * English and takes case news and reminders in a daily digest; the proposer keeps the default
 * (Vietnamese, each notification at once).
 */
describe('e-mail notifications and daily digests', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const headMail = 'giamdoc.stc@ankhang.example';
  const proposerMail = 'truongphong.stc@ankhang.example';
  const to = (address: string) => smtp.delivered.filter((m) => m.to.includes(address));

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    smtp = await startSmtpServer();
    t.runtime.app.legalClock.mailer = smtpMailer({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      from: 'Khiên <khien@test.example>',
    });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends at once or gathers into one digest per day, grouped by case, never repeating an item', async () => {
    const head = await t.login('giamdoc.stc');
    const prefs = await head.request('PUT', '/api/me/notification-preferences', {
      language: 'en',
      delivery: { action_required: 'daily_digest', deadline_reminder: 'daily_digest' },
    });
    assert.equal(prefs.status, 200, JSON.stringify(prefs.body));
    assert.deepEqual(prefs.body.delivery, {
      action_required: 'daily_digest',
      deadline_reminder: 'daily_digest',
      deadline_overdue: 'immediate',
      escalation: 'immediate',
      campaign_reminder: 'immediate',
      campaign_escalation: 'immediate',
      plan_task_urge: 'immediate',
    });

    const first = await caseIn(t, 'submitted', 'Hóa đơn điện tử cho hộ kinh doanh');
    const second = await caseIn(t, 'submitted', 'Cấp phép xây dựng trực tuyến');
    await t.runtime.jobs.drain();
    assert.equal(to(headMail).length, 0, 'digest items wait for the digest');
    assert.deepEqual(
      (await notificationsOf(t, 'giamdoc.stc', 'action_required')).map((n) => n.email),
      ['digest', 'digest'],
    );

    assert.equal(await createDigests(t.runtime.app), 1);
    await t.runtime.jobs.drain();
    assert.equal(to(headMail).length, 1);
    const digest = to(headMail)[0]!;
    assert.match(digest.subject, /Digest for 2 Mar 2026: 2 notification\(s\) on 2 case\(s\)/);
    const sections = digest.text.split('\n').filter((l) => l.startsWith('== '));
    assert.deepEqual(sections, [`== ${first} ==`, `== ${second} ==`]);
    assert.match(
      digest.text,
      /Case .* awaits your action\. To do: accept the proposal for consideration\. Due: 11 Mar 2026\./,
    );
    assert.match(digest.text, new RegExp(`http://localhost:3000/cases/${first}`));
    assert.ok((await notificationsOf(t, 'giamdoc.stc', 'action_required')).every((n) => n.emailed_at !== null));

    // Two working days before the due date: one reminder per case, into the next digest only.
    at(t, '2026-03-09');
    await sweepDeadlines(t.runtime.app);
    await t.runtime.jobs.drain();
    assert.equal(await createDigests(t.runtime.app), 1);
    await t.runtime.jobs.drain();
    assert.equal(to(headMail).length, 2);
    const next = to(headMail)[1]!;
    assert.match(next.subject, /2 notification\(s\) on 2 case\(s\)/);
    assert.equal((next.text.match(/awaits your action/g) ?? []).length, 0, 'nothing already sent comes again');
    assert.equal((next.text.match(/2 working day\(s\) left/g) ?? []).length, 2);

    assert.equal(await createDigests(t.runtime.app), 0, 'no digest when nothing waits');
    await t.runtime.jobs.drain();
    assert.equal(to(headMail).length, 2);
  });

  it('leaves out of the digest a step already done before the digest is made', async () => {
    at(t, '2026-03-09');
    const head = await t.login('giamdoc.stc');
    const code = await caseIn(t, 'submitted', 'Một bước đã làm trước bản tin');
    await t.runtime.jobs.drain();
    const waiting = (await notificationsOf(t, 'giamdoc.stc', 'action_required')).filter((n) => n.case_code === code);
    assert.equal(waiting.length, 1);
    await head.must(code, 'return_for_completion', { requests: ['Bổ sung dự toán'], reasons: 'Chưa có dự toán.' });
    await t.runtime.jobs.drain();
    const before = to(headMail).length;
    await createDigests(t.runtime.app);
    await t.runtime.jobs.drain();
    const sent = to(headMail).slice(before);
    assert.ok(
      sent.every((m) => !m.text.includes(code)),
      'the head is not asked by mail to accept a proposal they have already returned',
    );
  });

  it('mails the default recipient at once, in Vietnamese, once', async () => {
    at(t, '2026-03-10');
    const code = await caseIn(t, 'returned_for_completion', 'Đề xuất cần bổ sung');
    await t.runtime.jobs.drain();
    await t.runtime.jobs.drain();
    const mails = to(proposerMail).filter((m) => m.subject.includes(code));
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, `[Khiên] Hồ sơ ${code} chờ bạn xử lý`);
    assert.match(mails[0]!.text, /^Kính gửi Đặng Thu Hà,/);
    assert.match(mails[0]!.text, /Việc cần làm: bổ sung, gửi lại đề xuất\./);
    assert.match(mails[0]!.raw, /Message-ID: <notification-\d+@khien>/i);
  });

  it('retries a mail the server could not take, without losing it', async () => {
    at(t, '2026-03-11');
    await smtp.close();
    const code = await caseIn(t, 'returned_for_completion', 'Đề xuất khi máy chủ thư ngừng');
    await t.runtime.jobs.drain();
    const job = await t.runtime.db
      .selectFrom('outbox_jobs')
      .selectAll()
      .where('kind', '=', 'email_notification')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    assert.equal(job.status, 'pending');
    assert.equal(job.attempts, 1);
    assert.ok(job.last_error, 'the connection error is kept');
    assert.ok(job.run_at.getTime() > Date.now(), 'retried later');
    const [n] = (await notificationsOf(t, 'truongphong.stc')).filter((x) => x.case_code === code);
    assert.equal(n!.emailed_at, null);
  });
});
