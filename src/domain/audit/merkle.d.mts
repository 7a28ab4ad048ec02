// Types of merkle.mjs (RFC 6962 / 9162 hashing and proofs, shared with the offline verifier and the witness).
export type Sha256Bytes = (data: Uint8Array) => string;
export declare function headLeafBytes(leaf: { chain: string; size: number; head: string }): Uint8Array;
export declare function leafHash(sha256: Sha256Bytes, leaf: Uint8Array): string;
export declare function nodeHash(sha256: Sha256Bytes, left: string, right: string): string;
export declare function merkleRoot(sha256: Sha256Bytes, leaves: string[]): string;
export declare function inclusionProof(sha256: Sha256Bytes, index: number, leaves: string[]): string[];
export declare function consistencyProof(sha256: Sha256Bytes, size1: number, leaves: string[]): string[];
export declare function verifyInclusion(
  sha256: Sha256Bytes,
  index: number,
  size: number,
  leaf: string,
  proof: string[],
  root: string,
): boolean;
export declare function verifyConsistency(
  sha256: Sha256Bytes,
  size1: number,
  size2: number,
  root1: string,
  root2: string,
  proof: string[],
): boolean;
export declare function checkCheckpointedHeads(
  events: { hash: string }[],
  heads: { size: number; head: string; checkpoint?: number }[],
): { detector: string; subject: string; message: string; seq?: number }[];
export declare function appendToFrontier(sha256: Sha256Bytes, frontier: string[], size: number, leaf: string): string[];
export declare function frontierRoot(sha256: Sha256Bytes, frontier: string[]): string;
export type Digest = (...parts: Uint8Array[]) => Uint8Array;
export declare function leafDigest(digest: Digest, leaf: Uint8Array): Uint8Array;
export declare function nodeDigest(digest: Digest, left: Uint8Array, right: Uint8Array): Uint8Array;
export declare function toHex(bytes: Uint8Array): string;
export declare function fromHex(hex: string): Uint8Array;
export interface TreeEdge {
  readonly size: number;
  readonly frontier: Uint8Array[];
  append(leaf: Uint8Array, completed?: (level: number, index: number, hash: Uint8Array) => void): void;
  root(): Uint8Array;
}
export declare function treeEdge(digest: Digest, frontier: Uint8Array[], size: number): TreeEdge;
export declare function foldPerfect(digest: Digest, nodes: Uint8Array[]): Uint8Array;
export declare function perfectSubtrees(start: number, end: number): { level: number; index: number }[];
export declare function foldRange(digest: Digest, roots: Uint8Array[]): Uint8Array;
export declare function inclusionRanges(m: number, n: number): [number, number][];
export declare function consistencyRanges(m: number, n: number): [number, number][];
