import { createHash, webcrypto, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { inspectAppended, type UpdateFinding } from './pdf-update.ts';

pkijs.setEngine(
  'node',
  new pkijs.CryptoEngine({
    name: 'node',
    crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'],
  }),
);

/** Why a signed copy is refused: each is a field message of the API. */
export type SignedCopyRefusal =
  | 'not_a_pdf'
  | 'no_signature'
  | 'signature_invalid'
  | 'certificate_expired'
  | 'certificate_untrusted'
  | 'different_document'
  | 'content_changed';

export class SignedCopyRefused extends Error {
  constructor(
    readonly reason: SignedCopyRefusal,
    /** For `content_changed`: what the appended revisions change. */
    readonly findings: UpdateFinding[] = [],
  ) {
    super(reason);
  }
}

export interface SignerCertificate {
  subject: string;
  serialNumber: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  sha256: string;
}

export interface VerifiedSignedCopy {
  signer: SignerCertificate;
  signingTime: string;
  /** Where the signed revision's excluded signature value lies (the PDF's /ByteRange). */
  byteRange: [number, number, number, number];
}

const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

/** The last signature dictionary's /ByteRange and its /Contents (the CMS value, hex). */
function signatureOf(file: Buffer): { range: [number, number, number, number]; cms: Buffer } {
  const text = file.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) throw new SignedCopyRefused('no_signature');
  const range = last.slice(1, 5).map(Number) as [number, number, number, number];
  const [a, b, c, d] = range;
  // The signature must cover the whole file but its own value: nothing may be appended unsigned.
  if (a !== 0 || b <= 0 || c <= b || c + d !== file.length) throw new SignedCopyRefused('signature_invalid');
  const hex = text.slice(b, c).replace(/^</, '').replace(/>$/, '');
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length === 0) throw new SignedCopyRefused('signature_invalid');
  // The placeholder is padded with zeros after the DER value, which the BER reader stops before.
  return { range, cms: Buffer.from(hex, 'hex') };
}

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

function signingTimeOf(signedData: pkijs.SignedData): Date | null {
  const attr = signedData.signerInfos[0]?.signedAttrs?.attributes.find((x) => x.type === OID_SIGNING_TIME);
  const value = attr?.values[0] as { toDate?: () => Date } | undefined;
  return value?.toDate ? value.toDate() : null;
}

const validAt = (c: X509Certificate, t: Date) => new Date(c.validFrom) <= t && t <= new Date(c.validTo);

/** The chain from the signer to a trust anchor, through the certificates the signature carries. */
function chainsToAnchor(
  leaf: X509Certificate,
  carried: X509Certificate[],
  anchors: X509Certificate[],
  at: Date,
): 'trusted' | 'expired' | 'untrusted' {
  let current = leaf;
  for (let depth = 0; depth < 6; depth++) {
    const anchor = anchors.find((a) => current.checkIssued(a) && current.verify(a.publicKey));
    if (anchor) return validAt(anchor, at) ? 'trusted' : 'expired';
    const next = carried.find(
      (c) => c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c) && current.verify(c.publicKey),
    );
    if (!next) return 'untrusted';
    if (!validAt(next, at)) return 'expired';
    current = next;
  }
  return 'untrusted';
}

/**
 * Verifies a PAdES-signed PDF against the document Khiên issued: the CMS signature over the
 * /ByteRange is sound, the signer's certificate was valid when it signed and chains to one of the
 * configured trust anchors, and the signed revision begins with exactly the issued file (the
 * hash of its first `issued.length` bytes is the issued PDF's), and what the signing tool
 * appended after it only adds the signature (`inspectAppended`): a signed update that also
 * redefines a page's content, its resources or an annotation is refused as `content_changed`.
 * The checks run in that order, so a changed byte is reported as a broken signature, a sound
 * signature on another file as such.
 */
export async function verifySignedPdf(
  file: Buffer,
  issued: { sha256: string; size: number; content: Buffer },
  trustAnchorsPem: string[],
): Promise<VerifiedSignedCopy> {
  if (!file.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new SignedCopyRefused('not_a_pdf');
  const { range, cms } = signatureOf(file);
  const [, b, c, d] = range;
  const signed = Buffer.concat([file.subarray(0, b), file.subarray(c, c + d)]);
  let signedData: pkijs.SignedData;
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(cms));
    if (asn1.offset === -1) throw new Error('not DER');
    signedData = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn1.result }).content });
  } catch {
    throw new SignedCopyRefused('signature_invalid');
  }
  let leafCert: pkijs.Certificate | undefined;
  try {
    const result = await signedData.verify({
      signer: 0,
      data: toArrayBuffer(signed),
      checkChain: false,
      extendedMode: true,
    });
    if (!result.signatureVerified) throw new Error('not verified');
    leafCert = result.signerCertificate ?? undefined;
  } catch {
    throw new SignedCopyRefused('signature_invalid');
  }
  if (!leafCert) throw new SignedCopyRefused('signature_invalid');
  const leaf = new X509Certificate(Buffer.from(leafCert.toSchema().toBER(false)));
  const signingTime = signingTimeOf(signedData) ?? new Date();
  if (!validAt(leaf, signingTime)) throw new SignedCopyRefused('certificate_expired');
  const carried = (signedData.certificates ?? [])
    .filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate)
    .map((x) => new X509Certificate(Buffer.from(x.toSchema().toBER(false))));
  const anchors = trustAnchorsPem.map((pem) => new X509Certificate(pem));
  const chain = chainsToAnchor(leaf, carried, anchors, signingTime);
  if (chain === 'expired') throw new SignedCopyRefused('certificate_expired');
  if (chain === 'untrusted') throw new SignedCopyRefused('certificate_untrusted');
  // The issued file must be the signed revision's beginning, untouched, and inside the signed range.
  if (issued.size > b || createHash('sha256').update(file.subarray(0, issued.size)).digest('hex') !== issued.sha256) {
    throw new SignedCopyRefused('different_document');
  }
  const findings = inspectAppended(issued.content, file);
  if (findings.length > 0) throw new SignedCopyRefused('content_changed', findings);
  return {
    signer: {
      subject: leaf.subject,
      serialNumber: leaf.serialNumber,
      issuer: leaf.issuer,
      validFrom: new Date(leaf.validFrom).toISOString(),
      validTo: new Date(leaf.validTo).toISOString(),
      sha256: leaf.fingerprint256,
    },
    signingTime: signingTime.toISOString(),
    byteRange: range,
  };
}

/** Splits a PEM bundle (the trust anchors' file) into its certificates. */
export const pemCertificates = (bundle: string): string[] =>
  bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
