import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { layoutOf } from '../../src/documents/model/layout.ts';
import { renderPdf } from '../../src/documents/render/pdf.ts';
import { verifySignedPdf, SignedCopyRefused } from '../../src/documents/signature/verify-pades.ts';
import { sampleDecision } from './sample-document.ts';
import { appendUpdate, firstPage, forgedContent } from './pdf-update-helpers.ts';
import { makeCa, makeSigner, signPdf, type TestCa } from './test-ca.ts';

const fingerprint = (pdf: Buffer) => ({
  sha256: createHash('sha256').update(pdf).digest('hex'),
  size: pdf.length,
  content: pdf,
});
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

describe('what a signed copy appends after the issued document is inspected (issue 13, appended updates)', () => {
  let ca: TestCa;
  let issued: Buffer;
  let p12: Buffer;
  const signingTime = new Date('2026-03-03T03:00:00Z');
  before(async () => {
    ca = makeCa('Test Government CA');
    p12 = makeSigner(ca, 'Phạm Minh Đức').p12;
    issued = await renderPdf(layoutOf(sampleDecision()), { title: 'QĐ', createdAt: new Date('2026-03-02T02:00:00Z') });
  });

  it('refuses an update that rewrites the page’s content before signing: the signature is sound, the paper is not the one issued', async () => {
    const { contents } = firstPage(issued);
    const edited = appendUpdate(issued, [{ n: contents, body: forgedContent('Dieu 1. Chi 999.000.000 dong') }]);
    const copy = await signPdf(edited, p12, signingTime);
    await assert.rejects(verifySignedPdf(copy, fingerprint(issued), [ca.pem]), (e: unknown) => {
      assert.ok(e instanceof SignedCopyRefused && e.reason === 'content_changed');
      assert.deepEqual(e.findings, [{ kind: 'changed', object: contents, what: 'stream' }]);
      return true;
    });
  });

  it('refuses a page pointed at new content, and a text annotation laid over the page', async () => {
    const { page, dict } = firstPage(issued);
    const repointed = appendUpdate(issued, [
      { n: 900, body: forgedContent('Forged') },
      { n: page, body: dict.replace(/\/Contents \d+ 0 R/, '/Contents 900 0 R') },
    ]);
    await assert.rejects(
      verifySignedPdf(await signPdf(repointed, p12, signingTime), fingerprint(issued), [ca.pem]),
      refusedWith('content_changed'),
    );
    const overlaid = appendUpdate(issued, [
      {
        n: 901,
        body: `<< /Type /Annot /Subtype /FreeText /Rect [90 690 500 720] /Contents (Forged) /P ${page} 0 R >>`,
      },
      { n: page, body: dict.replace(/>>\s*$/, '/Annots [901 0 R]\n>>') },
    ]);
    await assert.rejects(
      verifySignedPdf(await signPdf(overlaid, p12, signingTime), fingerprint(issued), [ca.pem]),
      refusedWith('content_changed'),
    );
  });

  it('refuses a second signed revision that changes the content after the first signature', async () => {
    const first = await signPdf(issued, p12, signingTime);
    const { contents } = firstPage(issued);
    const later = appendUpdate(first, [{ n: contents, body: forgedContent('Forged after signing') }]);
    const resigned = await signPdf(later, p12, signingTime);
    await assert.rejects(verifySignedPdf(resigned, fingerprint(issued), [ca.pem]), refusedWith('content_changed'));
  });

  it('accepts an update that changes only the document information (producer, modification date) before signing', async () => {
    const info = Number(/\/Info (\d+) 0 R/.exec(issued.toString('latin1').slice(-300))![1]);
    const infoDict = new RegExp(`\\n${info} 0 obj\\s*(<<[\\s\\S]*?>>)`).exec(issued.toString('latin1'))![1]!;
    const touched = appendUpdate(issued, [
      { n: info, body: infoDict.replace(/>>$/, '/ModDate (D:20260303100000Z)\n>>') },
    ]);
    const v = await verifySignedPdf(await signPdf(touched, p12, signingTime), fingerprint(issued), [ca.pem]);
    assert.equal(v.signingTime, signingTime.toISOString());
  });
});
