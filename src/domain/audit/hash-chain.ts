import { createHash } from 'node:crypto';
import { canonicalJson } from './record-checks.mjs';

/**
 * The tamper-evident chain of a case's events. Each event's hash covers its content and the
 * previous event's hash, so editing, deleting or reordering any event breaks every hash after it.
 * The algorithm is deliberately plain (SHA-256 over canonical JSON) so that anyone holding an
 * export can re-check it without our server: see docs/ARCHITECTURE.md, "Verifying a record".
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEventContent {
  caseId: string;
  seq: number;
  type: string;
  actorId: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  occurredAt: string; // ISO 8601 with milliseconds, UTC
  reasons: string | null;
  payload: unknown;
}

// One definition of canonical JSON, shared with the offline verifier (record-checks.mjs).
export { canonicalJson } from './record-checks.mjs';

export function eventHash(content: ChainedEventContent, prevHash: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export interface StoredChainEvent extends ChainedEventContent {
  prevHash: string;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; events: number; headHash: string }
  | {
      ok: false;
      events: number;
      brokenAtSeq: number;
      problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';
    };

/** Recomputes the chain from the first event; reports the first event that does not hold. */
export function verifyChain(events: StoredChainEvent[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.seq !== i + 1) return { ok: false, events: events.length, brokenAtSeq: i + 1, problem: 'sequence_gap' };
    if (e.prevHash !== prev)
      return { ok: false, events: events.length, brokenAtSeq: e.seq, problem: 'prev_hash_mismatch' };
    const { prevHash: _p, hash, ...content } = e;
    if (eventHash(content, prev) !== hash)
      return { ok: false, events: events.length, brokenAtSeq: e.seq, problem: 'hash_mismatch' };
    prev = hash;
  }
  return { ok: true, events: events.length, headHash: prev };
}

/** SHA-256 of the facts a case row keeps: recorded in each action's event so a replay can check them. */
export const factsHash = (facts: unknown) => createHash('sha256').update(canonicalJson(facts)).digest('hex');
