import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * TOTP secrets are kept sealed (AES-256-GCM), so that a copy of the database — a backup, a dump, a
 * replica, a stolen disk — does not hand over everyone's second factor. The key is derived from
 * `KHIEN_SECRET_KEY`, or else from `KHIEN_COOKIE_SECRET`, which every process of an installation
 * already shares; it never lives in the database. A sealed secret is bound to its person (the
 * associated data), so a row's value copied to another person does not open.
 */
export interface SecretBox {
  seal(personId: string, secret: string): string;
  /** The secret; a value stored before secrets were sealed (plain base32) is returned as it is. */
  open(personId: string, stored: string): string;
  isSealed(stored: string): boolean;
}

/** What every sealed value begins with. */
export const SEALED_PREFIX = 'aes-256-gcm:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretKeyMismatch extends Error {}

export function secretBoxFrom(keyMaterial: string): SecretBox {
  if (!keyMaterial) throw new Error('the key of second-factor secrets is empty');
  const key = Buffer.from(hkdfSync('sha256', keyMaterial, 'khien', 'second-factor secrets', 32));
  return {
    seal(personId, secret) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(personId));
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${SEALED_PREFIX}${iv.toString('base64url')}:${sealed.toString('base64url')}`;
    },
    open(personId, stored) {
      if (!stored.startsWith(SEALED_PREFIX)) return stored;
      const [ivText, sealedText] = stored.slice(SEALED_PREFIX.length).split(':');
      const iv = Buffer.from(ivText ?? '', 'base64url');
      const sealed = Buffer.from(sealedText ?? '', 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(personId));
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretKeyMismatch(
          'a second-factor secret does not open with this key: KHIEN_SECRET_KEY (or, unset, KHIEN_COOKIE_SECRET) is not the one it was sealed with',
        );
      }
    },
    isSealed: (stored) => stored.startsWith(SEALED_PREFIX),
  };
}

/** A key for this process alone (tests, and a runtime started without one). */
export const processSecretBox = (): SecretBox => secretBoxFrom(randomBytes(32).toString('base64'));
