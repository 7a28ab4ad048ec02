import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';

/**
 * A certification authority made inside the test, as the Government Cipher Committee's or a
 * licensed CA's would be, and certificates it issues to heads who sign documents.
 */
export interface TestCa {
  pem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

function keyPair() {
  // node:crypto makes RSA keys in milliseconds; forge only needs them in its own form.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(
      privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    ) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(
      publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    ) as forge.pki.rsa.PublicKey,
  };
}

let serial = 1;
function certificate(
  subject: string,
  issuer: { cn: string; key: forge.pki.rsa.PrivateKey } | null,
  validity: { from: Date; to: Date },
  ca: boolean,
) {
  const keys = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = (0x1000 + serial++).toString(16).padStart(4, '0');
  cert.validity.notBefore = validity.from;
  cert.validity.notAfter = validity.to;
  const attrs = (cn: string) => [
    // Tagged UTF8String, which forge encodes from the JS string (a Vietnamese name has letters past Latin-1).
    { name: 'commonName', value: cn, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
    { name: 'countryName', value: 'VN' },
  ];
  cert.setSubject(attrs(subject));
  cert.setIssuer(attrs(issuer?.cn ?? subject));
  cert.setExtensions(
    ca
      ? [
          { name: 'basicConstraints', cA: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
        ],
  );
  cert.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return { cert, key: keys.privateKey };
}

const years = (from: number, to: number) => ({
  from: new Date(Date.UTC(from, 0, 1)),
  to: new Date(Date.UTC(to, 0, 1)),
});

export function makeCa(name = 'Test Root CA', validity = years(2020, 2040)): TestCa {
  const { cert, key } = certificate(name, null, validity, true);
  return { cert, key, pem: forge.pki.certificateToPem(cert) };
}

/** A signer's certificate and key as a PKCS#12 file, the way a USB token's export would hold them. */
export function makeSigner(ca: TestCa, name: string, validity = years(2024, 2030)): { p12: Buffer; serial: string } {
  const { cert, key } = certificate(
    name,
    { cn: ca.cert.subject.getField('CN').value as string, key: ca.key },
    validity,
    false,
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert, ca.cert], 'khien-test', { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), serial: cert.serialNumber };
}

/** Signs a PDF as office signing tools do: an incremental update with a PAdES-style CMS signature. */
export async function signPdf(pdf: Buffer, p12: Buffer, signingTime = new Date()): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Ký ban hành',
    contactInfo: 'vanthu@example.vn',
    name: 'Signer',
    location: 'An Khang',
  });
  return new SignPdf().sign(withPlaceholder, new P12Signer(p12, { passphrase: 'khien-test' }), signingTime);
}
