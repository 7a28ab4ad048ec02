import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The installation's Ed25519 key that signs checkpoints; its public half is published. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
  /** First 16 hex digits of the SHA-256 of the public key (SPKI, DER): names the key in each checkpoint. */
  keyId: string;
}

export function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
  };
}

export const generateSigningKey = () => signingKeyFrom(generateKeyPairSync('ed25519').privateKey);

/**
 * `KHIEN_SIGNING_KEY` (a PKCS#8 PEM, for several processes or PostgreSQL), or a key generated at
 * first start and kept in the data directory (`signing-key.pem`, readable by its owner only).
 */
export function loadSigningKey(env: NodeJS.ProcessEnv, dataDir: string): SigningKey {
  if (env.KHIEN_SIGNING_KEY) return signingKeyFrom(createPrivateKey(env.KHIEN_SIGNING_KEY.replaceAll('\\n', '\n')));
  const file = join(dataDir, 'signing-key.pem');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return signingKeyFrom(createPrivateKey(readFileSync(file, 'utf8')));
}

export const signText = (key: SigningKey, text: string) =>
  sign(null, Buffer.from(text), key.privateKey).toString('base64');
export const verifyText = (publicKeyPem: string, text: string, signature: string) =>
  verify(null, Buffer.from(text), createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
