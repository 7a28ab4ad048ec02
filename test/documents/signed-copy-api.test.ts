import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { tableCounts } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { verifyChain } from '../protection/drive.ts';
import { download, failedVote, issue, listDocuments } from './drive-documents.ts';
import { makeCa, makeSigner, signPdf, type TestCa } from './test-ca.ts';

/** Uploads a file as the web form does: multipart with one field "file". */
async function upload(t: TestApp, username: string, url: string, file: Buffer) {
  const login = await t.server.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const boundary = '----khien-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="signed.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await t.server.inject({
    method: 'POST',
    url,
    payload,
    headers: {
      cookie,
      'x-csrf-token': login.json().csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  });
  return { status: r.statusCode, body: r.json() };
}

describe('signed copies back into the record (issue 13)', () => {
  let t: TestApp;
  let ca: TestCa;
  let code: string;
  let decision: any;
  let issuedPdf: Buffer;
  const signingTime = new Date('2026-03-02T03:00:00Z');

  before(async () => {
    t = await startTestApp({ maxAttachmentBytes: 5 * 1024 * 1024 });
    ca = makeCa('Test Government CA');
    t.runtime.app.documents = { trustAnchorsPem: [ca.pem] };
    code = await failedVote(t, 'override_rejection', 'Thí điểm thanh toán không dùng tiền mặt');
    const head = await t.login('giamdoc.stc');
    const step = (await listDocuments(head, code)).items.find((i: any) => i.kind === 'override_decision');
    decision = await issue(head, code, 'override_decision', step.stepSeq);
    issuedPdf = (await download(t, 'giamdoc.stc', `/api/documents/${decision.id}/pdf`)).body;
  });
  after(() => t.close());

  it('refuses with 422 and the reason, writing nothing: a changed byte, another document, an expired certificate, an unknown CA', async () => {
    const good = await signPdf(issuedPdf, makeSigner(ca, 'Phạm Minh Đức').p12, signingTime);
    const tampered = Buffer.from(good);
    tampered[1500] = tampered[1500]! ^ 0x01;
    const otherCase = await failedVote(t, 'override_rejection', 'Số hóa sổ hộ tịch');
    const head = await t.login('giamdoc.stc');
    const otherStep = (await listDocuments(head, otherCase)).items.find((i: any) => i.kind === 'override_decision');
    const other = await issue(head, otherCase, 'override_decision', otherStep.stepSeq);
    const otherPdf = (await download(t, 'giamdoc.stc', `/api/documents/${other.id}/pdf`)).body;
    const counts = await tableCounts(t);
    const cases: [string, Buffer][] = [
      ['signature_invalid', tampered],
      ['different_document', await signPdf(otherPdf, makeSigner(ca, 'Phạm Minh Đức').p12, signingTime)],
      [
        'certificate_expired',
        await signPdf(
          issuedPdf,
          makeSigner(ca, 'Phạm Minh Đức', { from: new Date('2020-01-01'), to: new Date('2025-01-01') }).p12,
          signingTime,
        ),
      ],
      [
        'certificate_untrusted',
        await signPdf(issuedPdf, makeSigner(makeCa('Unknown CA'), 'Phạm Minh Đức').p12, signingTime),
      ],
      ['no_signature', issuedPdf],
      ['not_a_pdf', Buffer.from('GIF89a')],
    ];
    for (const [reason, file] of cases) {
      const r = await upload(t, 'giamdoc.stc', `/api/documents/${decision.id}/signed-copy`, file);
      assert.equal(r.status, 422, `${reason}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'signed_copy_refused');
      assert.deepEqual(
        r.body.error.fields.map((f: any) => [f.path, f.code]),
        [['file', reason]],
      );
      assert.ok(r.body.error.fields[0].message.length > 0, 'the reason is said in words');
    }
    assert.deepEqual(await tableCounts(t), counts, 'nothing written');
    const proposer = await upload(t, 'truongphong.stc', `/api/documents/${decision.id}/signed-copy`, good);
    assert.equal(proposer.status, 403, 'only who may issue it files the signed copy');
  });

  it('accepts the issued PDF signed by a trusted certificate: the signer and signing time become an event; the document shows as signed', async () => {
    const signer = makeSigner(ca, 'Phạm Minh Đức');
    const signed = await signPdf(issuedPdf, signer.p12, signingTime);
    const r = await upload(t, 'giamdoc.stc', `/api/documents/${decision.id}/signed-copy`, signed);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.status, 'signed');
    assert.equal(r.body.signer.subject, 'CN=Phạm Minh Đức\nC=VN');
    assert.equal(r.body.signer.issuer, 'CN=Test Government CA\nC=VN');
    assert.equal(r.body.signer.serialNumber, signer.serial.toUpperCase());
    assert.equal(r.body.signer.validFrom, '2024-01-01T00:00:00.000Z');
    assert.equal(r.body.signer.validTo, '2030-01-01T00:00:00.000Z');
    assert.equal(r.body.signingTime, signingTime.toISOString());
    const head = await t.login('giamdoc.stc');
    const events = (await head.get(`/api/cases/${code}/events`)).body;
    const list = Array.isArray(events) ? events : (events.items ?? events.events);
    const e = list.find((x: any) => x.seq === r.body.eventSeq);
    assert.equal(e.type, 'signed_copy_received');
    assert.deepEqual(e.payload.signer, r.body.signer);
    assert.equal(e.payload.signedSha256, createHash('sha256').update(signed).digest('hex'));
    await verifyChain(head, code);
    const item = (await listDocuments(head, code)).items.find((i: any) => i.kind === 'override_decision');
    assert.equal(item.status, 'signed');
    const copy = await download(t, 'giamdoc.stc', `/api/documents/${decision.id}/signed`);
    assert.ok(copy.body.equals(signed));
    const pub = await t.anonymous().get(`/api/public/documents/${decision.pdfSha256}`);
    assert.equal(pub.body.signedCopyReceived, true);
    const pubSigned = await t.anonymous().get(`/api/public/documents/${e.payload.signedSha256}`);
    assert.equal(pubSigned.body.file, 'signed_copy');
    const again = await upload(t, 'giamdoc.stc', `/api/documents/${decision.id}/signed-copy`, signed);
    assert.equal(again.status, 409);
  });
});
