import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { layoutOf } from '../../src/documents/model/layout.ts';
import { renderPdf } from '../../src/documents/render/pdf.ts';
import { verifySignedPdf, SignedCopyRefused } from '../../src/documents/signature/verify-pades.ts';
import { sampleDecision } from './sample-document.ts';
import { makeCa, makeSigner, signPdf, type TestCa } from './test-ca.ts';

const fingerprint = (pdf: Buffer) => ({ sha256: createHash('sha256').update(pdf).digest('hex'), size: pdf.length });
const refusedWith = (reason: string) => (e: unknown) => e instanceof SignedCopyRefused && e.reason === reason;

describe('a signed copy checked against the issued document (issue 13, PAdES)', () => {
  let ca: TestCa;
  let issued: Buffer;
  let signed: Buffer;
  const signingTime = new Date('2026-03-03T03:00:00Z');

  before(async () => {
    ca = makeCa('Test Government CA');
    issued = await renderPdf(layoutOf(sampleDecision()), { title: 'QĐ', createdAt: new Date('2026-03-02T02:00:00Z') });
    signed = await signPdf(issued, makeSigner(ca, 'Phạm Minh Đức').p12, signingTime);
  });

  it('accepts the issued PDF signed by a certificate of a trusted CA, and names the signer and the signing time', async () => {
    const v = await verifySignedPdf(signed, fingerprint(issued), [ca.pem]);
    assert.equal(v.signer.subject, 'CN=Phạm Minh Đức\nC=VN');
    assert.equal(v.signer.issuer, 'CN=Test Government CA\nC=VN');
    assert.match(v.signer.serialNumber, /^[0-9A-F]+$/);
    assert.equal(v.signingTime, signingTime.toISOString());
    assert.equal(v.byteRange[0], 0);
  });

  it('refuses one byte changed in the signed part: the signature is broken', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('Điều 1'.normalize('NFC')) > 0 ? tampered.indexOf('Điều 1') : 2000;
    tampered[at] = tampered[at]! ^ 0x01;
    await assert.rejects(verifySignedPdf(tampered, fingerprint(issued), [ca.pem]), refusedWith('signature_invalid'));
  });

  it('refuses another document, soundly signed: it is not the one Khiên issued', async () => {
    const other = await renderPdf(layoutOf(sampleDecision({ number: 6 })), {
      title: 'QĐ',
      createdAt: new Date('2026-03-02T02:00:00Z'),
    });
    const otherSigned = await signPdf(other, makeSigner(ca, 'Phạm Minh Đức').p12, signingTime);
    await assert.rejects(
      verifySignedPdf(otherSigned, fingerprint(issued), [ca.pem]),
      refusedWith('different_document'),
    );
  });

  it('refuses a certificate outside its validity at the signing time', async () => {
    const expired = makeSigner(ca, 'Phạm Minh Đức', {
      from: new Date(Date.UTC(2020, 0, 1)),
      to: new Date(Date.UTC(2025, 0, 1)),
    });
    await assert.rejects(
      verifySignedPdf(await signPdf(issued, expired.p12, signingTime), fingerprint(issued), [ca.pem]),
      refusedWith('certificate_expired'),
    );
  });

  it('refuses a certificate of a CA that is not a trust anchor', async () => {
    const unknown = makeCa('Unknown CA');
    const copy = await signPdf(issued, makeSigner(unknown, 'Phạm Minh Đức').p12, signingTime);
    await assert.rejects(verifySignedPdf(copy, fingerprint(issued), [ca.pem]), refusedWith('certificate_untrusted'));
    await assert.rejects(
      verifySignedPdf(signed, fingerprint(issued), []),
      refusedWith('certificate_untrusted'),
      'no anchors configured: nothing is trusted',
    );
  });

  it('refuses a file that is not a PDF, and an unsigned PDF', async () => {
    await assert.rejects(
      verifySignedPdf(Buffer.from('hello'), fingerprint(issued), [ca.pem]),
      refusedWith('not_a_pdf'),
    );
    await assert.rejects(verifySignedPdf(issued, fingerprint(issued), [ca.pem]), refusedWith('no_signature'));
  });

  it('refuses bytes appended after the signature (outside the signed range)', async () => {
    await assert.rejects(
      verifySignedPdf(Buffer.concat([signed, Buffer.from('\n%% appended\n')]), fingerprint(issued), [ca.pem]),
      refusedWith('signature_invalid'),
    );
  });
});
