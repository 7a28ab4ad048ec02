// Types of record-checks.mjs, the dependency-free checks shared by /verify and the offline verifier.
export declare const GENESIS_HASH: string;
export declare function canonicalJson(value: unknown): string;
export type Sha256Hex = (data: string | Uint8Array) => string;
export interface RecordProblem {
  /** Which check caught it: chain, chain_end, plan_version, attachment, attachment_bytes, replay, protection, reward. */
  detector: string;
  subject: string;
  message: string;
  seq?: number;
  field?: string;
}
export type TransitionTable = Record<string, { from: string[]; to: string[] }>;
export interface RecordVerdict {
  ok: boolean;
  events: number;
  headHash: string;
  problems: RecordProblem[];
  /** Parts of the record the bundle did not hold, so they were not checked. */
  unchecked: string[];
}
export declare function verifyRecord(
  bundle: unknown,
  tools: { sha256: Sha256Hex; transitions: TransitionTable },
): RecordVerdict;
