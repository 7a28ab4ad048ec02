import { createHash } from 'node:crypto';

/** Secrets are given to the client once; only their SHA-256 is stored, so a database leak reveals none. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
