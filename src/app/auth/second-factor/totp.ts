import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { sha256 } from '../../../domain/text/secret-hash.ts';

/** RFC 6238 with the authenticator apps' defaults: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
/** One step either side, for clocks that drift and codes typed as the step turns. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;
export const RECOVERY_CODE_COUNT = 10;
export const ISSUER = 'Khiên';

export const newTotpSecret = (): string => generateSecret({ length: 20 });

export const otpauthUri = (username: string, secret: string): string =>
  generateURI({ issuer: ISSUER, label: username, secret, period: PERIOD_SECONDS });

/** The enrolment QR code, drawn on the server (the web bundle stays small) as an SVG data URL. */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The RFC 6238 time step of a code valid at `now`, or null. A code of a step at or before
 * `lastStep` is refused: each code is accepted at most once, even within its own 30 seconds.
 */
export async function acceptedStep(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    period: PERIOD_SECONDS,
    epochTolerance: TOLERANCE_SECONDS,
  }).catch(() => ({ valid: false as const }));
  if (!result.valid || !('timeStep' in result)) return null;
  if (lastStep !== null && result.timeStep <= lastStep) return null;
  return result.timeStep;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A recovery code: 128 random bits in Crockford base32, grouped for reading (e.g. `7K3QD-…`). */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 26; i++) {
    out = CROCKFORD[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out.match(/.{1,5}/g)!.join('-');
}

/** Case, dashes and spaces do not matter; O and I, L are read as 0 and 1 as Crockford base32 says. */
export const normaliseRecoveryCode = (code: string): string =>
  code
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** Stored as SHA-256 of the normalised code: 128 random bits need no slow hash. */
export const recoveryCodeHash = (code: string): string => sha256(`recovery:${normaliseRecoveryCode(code)}`);
