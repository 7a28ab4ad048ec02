import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCheckpoint, signedText } from '../../src/app/verify/create-checkpoint.ts';
import { generateSigningKey, verifyText } from '../../src/app/verify/signing-key.ts';
import { createWitnessMails } from '../../src/jobs/witness-mail.ts';
import { smtpMailer } from '../../src/mail/mailer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
import { startSmtpServer } from '../legal-clock/support.ts';

/**
 * Issue 12, item 2: "each checkpoint is also sent out of the system … e-mailed daily to configured
 * witness addresses (e.g. the inspection committee)" — through the outbox, over real SMTP.
 */
describe('checkpoints mailed daily to the witnesses (issue 12, item 2)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const key = generateSigningKey();
  const witnesses = ['thanhtra@ankhang.example', 'ubkt@ankhang.example'];

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    smtp = await startSmtpServer();
    t.runtime.app.legalClock.mailer = smtpMailer({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      from: 'Khiên <khien@test.example>',
    });
    t.runtime.app.checkpoints = { key, witnessEmails: witnesses };
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  const witnessMails = () => smtp.delivered.filter((m) => m.to.some((a) => witnesses.includes(a)));

  /** The checkpoints a mail carries, each checked against the public key it carries too. */
  const checkpointsIn = (text: string) => {
    assert.ok(text.includes(key.publicKeyPem.trim()), 'the public key is in the mail');
    const lines = text.split('\n').filter((l) => l.startsWith('{"format":"khien-checkpoint/1"'));
    const checkpoints = lines.map((l) => JSON.parse(l));
    for (const c of checkpoints)
      assert.ok(verifyText(key.publicKeyPem, signedText(c), c.signature), `checkpoint #${c.id} verifies`);
    return checkpoints.map((c) => c.id as number);
  };

  it('sends each witness the checkpoints made since the last mail, once, with the public key', async () => {
    assert.equal(await createWitnessMails(t.runtime.app), 0, 'no checkpoint yet: no mail');

    await caseIn(t, 'submitted', 'Chứng kiến điểm kiểm chứng');
    const first = await createCheckpoint(t.runtime.app);
    const second = await createCheckpoint(t.runtime.app);
    assert.equal(await createWitnessMails(t.runtime.app), 2, 'one job per witness');
    await t.runtime.jobs.drain();
    assert.deepEqual(
      witnessMails()
        .flatMap((m) => m.to)
        .sort(),
      [...witnesses].sort(),
    );
    for (const mail of witnessMails()) {
      assert.match(mail.subject, /Điểm kiểm chứng ngày 02\/03\/2026/);
      assert.deepEqual(checkpointsIn(mail.text), [first.id, second.id]);
      assert.match(mail.text, /Dear witness/);
    }

    assert.equal(await createWitnessMails(t.runtime.app), 0, 'nothing new: no mail');
    const third = await createCheckpoint(t.runtime.app);
    assert.equal(await createWitnessMails(t.runtime.app), 2);
    await t.runtime.jobs.drain();
    assert.equal(witnessMails().length, 4);
    for (const mail of witnessMails().slice(2))
      assert.deepEqual(checkpointsIn(mail.text), [third.id], 'no checkpoint is mailed twice');
  });

  it('mails nobody when no witness address is configured', async () => {
    t.runtime.app.checkpoints = { key, witnessEmails: [] };
    await createCheckpoint(t.runtime.app);
    assert.equal(await createWitnessMails(t.runtime.app), 0);
  });
});
