import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';

/** SHA-256 of canonical JSON: the same digest anyone holding an export can recompute. */
export const contentHash = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
