// Merkle tree hashing and proofs of RFC 6962 / RFC 9162 (Certificate Transparency), dependency-
// free like record-checks.mjs and inlined with it into the offline verifier. Hashes are lowercase
// hex; SHA-256 over bytes is passed in. The tree's leaves are the checkpointed chain heads, in the
// order they were appended: the log only grows, so any two checkpoints have a consistency proof.

/** @typedef {(data: Uint8Array) => string} Sha256Bytes */

/** @param {string} hex */
const bytes = (hex) => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));

/** @param {...Uint8Array} parts */
function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The leaf of a chain head: canonical JSON of `{chain, size, head}` in UTF-8.
 * @param {{ chain: string, size: number, head: string }} leaf
 */
export const headLeafBytes = (leaf) =>
  new TextEncoder().encode(
    `{"chain":${JSON.stringify(leaf.chain)},"head":${JSON.stringify(leaf.head)},"size":${leaf.size}}`,
  );

/** RFC 6962 §2.1: SHA-256(0x00 || leaf). @param {Sha256Bytes} sha256 @param {Uint8Array} leaf */
export const leafHash = (sha256, leaf) => sha256(concat(Uint8Array.of(0), leaf));
/** SHA-256(0x01 || left || right). @param {Sha256Bytes} sha256 @param {string} left @param {string} right */
export const nodeHash = (sha256, left, right) => sha256(concat(Uint8Array.of(1), bytes(left), bytes(right)));

/** Largest power of two smaller than n (n ≥ 2). @param {number} n */
const split = (n) => 2 ** Math.floor(Math.log2(n - 1));

/** MTH(D[n]) over leaf hashes. @param {Sha256Bytes} sha256 @param {string[]} leaves */
export function merkleRoot(sha256, leaves) {
  if (leaves.length === 0) return sha256(new Uint8Array());
  if (leaves.length === 1) return /** @type {string} */ (leaves[0]);
  const k = split(leaves.length);
  return nodeHash(sha256, merkleRoot(sha256, leaves.slice(0, k)), merkleRoot(sha256, leaves.slice(k)));
}

/** PATH(m, D[n]), RFC 6962 §2.1.1. @param {Sha256Bytes} sha256 @param {number} m @param {string[]} leaves @returns {string[]} */
export function inclusionProof(sha256, m, leaves) {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...inclusionProof(sha256, m, leaves.slice(0, k)), merkleRoot(sha256, leaves.slice(k))]
    : [...inclusionProof(sha256, m - k, leaves.slice(k)), merkleRoot(sha256, leaves.slice(0, k))];
}

/** PROOF(m, D[n]), RFC 6962 §2.1.2. @param {Sha256Bytes} sha256 @param {number} m @param {string[]} leaves @returns {string[]} */
export function consistencyProof(sha256, m, leaves) {
  /** @param {number} m @param {string[]} d @param {boolean} b @returns {string[]} */
  const subproof = (m, d, b) => {
    if (m === d.length) return b ? [] : [merkleRoot(sha256, d)];
    const k = split(d.length);
    return m <= k
      ? [...subproof(m, d.slice(0, k), b), merkleRoot(sha256, d.slice(k))]
      : [...subproof(m - k, d.slice(k), false), merkleRoot(sha256, d.slice(0, k))];
  };
  return m === 0 || m === leaves.length ? [] : subproof(m, leaves, true);
}

/**
 * RFC 9162 §2.1.3.2: does `proof` show leaf `index` of a tree of `size` leaves under `root`?
 * @param {Sha256Bytes} sha256 @param {number} index @param {number} size @param {string} leaf @param {string[]} proof @param {string} root
 */
export function verifyInclusion(sha256, index, size, leaf, proof, root) {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(sha256, p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else r = nodeHash(sha256, r, p);
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  return sn === 0 && r === root;
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `size2` leaves under `root2` an append-only extension of the
 * tree of `size1` leaves under `root1`?
 * @param {Sha256Bytes} sha256 @param {number} size1 @param {number} size2 @param {string} root1 @param {string} root2 @param {string[]} proof
 */
export function verifyConsistency(sha256, size1, size2, root1, root2, proof) {
  if (size1 > size2) return false;
  if (size1 === size2) return proof.length === 0 && root1 === root2;
  if (size1 === 0) return proof.length === 0;
  const path = [...proof];
  if ((size1 & (size1 - 1)) === 0) path.unshift(root1);
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) [fn, sn] = [fn >> 1, sn >> 1];
  let fr = path[0];
  let sr = path[0];
  if (fr === undefined) return false;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(sha256, c, /** @type {string} */ (fr));
      sr = nodeHash(sha256, c, /** @type {string} */ (sr));
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else sr = nodeHash(sha256, /** @type {string} */ (sr), c);
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  return sn === 0 && fr === root1 && sr === root2;
}

/**
 * The record against what checkpoints included of its chain: each checkpointed head must still be
 * the hash of the event at that position. A chain cut short or rewritten after a checkpoint
 * fails here even when it is consistent in itself.
 * @param {any[]} events @param {{ size: number, head: string, checkpoint?: number }[]} heads
 */
export function checkCheckpointedHeads(events, heads) {
  /** @type {{ detector: string, subject: string, message: string, seq?: number }[]} */
  const problems = [];
  for (const h of heads) {
    const e = events[h.size - 1];
    const subject = `checkpointed head ${h.size}${h.checkpoint !== undefined ? ` (checkpoint #${h.checkpoint})` : ''}`;
    if (!e)
      problems.push({
        detector: 'checkpoint',
        subject,
        seq: h.size,
        message: `the chain has only ${events.length} events; a checkpoint included ${h.size}`,
      });
    else if (e.hash !== h.head)
      problems.push({
        detector: 'checkpoint',
        subject,
        seq: h.size,
        message: `event ${h.size} is not the one the checkpoint included: the chain was rewritten`,
      });
  }
  return problems;
}

/**
 * The right edge of the tree (the roots of its perfect subtrees, largest first) after appending
 * one leaf: a checkpoint costs the number of heads that moved, not the size of the log.
 * @param {Sha256Bytes} sha256 @param {string[]} frontier @param {number} size @param {string} leaf
 */
export function appendToFrontier(sha256, frontier, size, leaf) {
  const next = [...frontier];
  let carry = leaf;
  for (let s = size; s % 2 === 1; s = Math.floor(s / 2))
    carry = nodeHash(sha256, /** @type {string} */ (next.pop()), carry);
  next.push(carry);
  return next;
}

/** The root of the tree whose right edge is `frontier`. @param {Sha256Bytes} sha256 @param {string[]} frontier */
export function frontierRoot(sha256, frontier) {
  if (frontier.length === 0) return sha256(new Uint8Array());
  let r = /** @type {string} */ (frontier.at(-1));
  for (let i = frontier.length - 2; i >= 0; i--) r = nodeHash(sha256, /** @type {string} */ (frontier[i]), r);
  return r;
}

// ---- Bytes end to end, for trees of a million leaves ----
// The functions above keep hashes as hex, which is what proofs and the verifiers exchange. Building
// a large tree that way parses and prints hex at every node; the functions below keep hashes as
// bytes and take the digest as `(...parts) => bytes` (node:crypto on the server, @noble/hashes in
// a browser), so that the server can hash without copying the parts together.

/** @typedef {(...parts: Uint8Array[]) => Uint8Array} Digest SHA-256 of the parts, concatenated */

const LEAF_PREFIX = Uint8Array.of(0);
const NODE_PREFIX = Uint8Array.of(1);

/** RFC 6962 §2.1 leaf hash, in bytes. @param {Digest} digest @param {Uint8Array} leaf */
export const leafDigest = (digest, leaf) => digest(LEAF_PREFIX, leaf);
/** RFC 6962 §2.1 node hash, in bytes. @param {Digest} digest @param {Uint8Array} left @param {Uint8Array} right */
export const nodeDigest = (digest, left, right) => digest(NODE_PREFIX, left, right);

/** @param {Uint8Array} b */
export const toHex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
export const fromHex = bytes;

/**
 * The right edge of a growing tree (the roots of its perfect subtrees, largest first), appended to
 * in place, one leaf hash at a time. Each append reports the perfect subtrees it completes, as
 * `(level, index, hash)` — the subtree of level L and index i covers leaves [i·2^L, (i+1)·2^L) —
 * so that a store can keep some of them and prove from them without the whole tree.
 * @param {Digest} digest @param {Uint8Array[]} frontier @param {number} size
 */
export function treeEdge(digest, frontier, size) {
  const edge = [...frontier];
  let n = size;
  return {
    get size() {
      return n;
    },
    get frontier() {
      return [...edge];
    },
    /** @param {Uint8Array} leaf @param {(level: number, index: number, hash: Uint8Array) => void} [completed] */
    append(leaf, completed) {
      let carry = leaf;
      let level = 0;
      for (let s = n; s % 2 === 1; s = (s - 1) / 2) {
        carry = digest(NODE_PREFIX, /** @type {Uint8Array} */ (edge.pop()), carry);
        level++;
        completed?.(level, (n + 1) / 2 ** level - 1, carry);
      }
      edge.push(carry);
      n++;
    },
    root() {
      if (edge.length === 0) return digest();
      let r = /** @type {Uint8Array} */ (edge.at(-1));
      for (let i = edge.length - 2; i >= 0; i--) r = digest(NODE_PREFIX, /** @type {Uint8Array} */ (edge[i]), r);
      return r;
    },
  };
}

/**
 * The hash of a perfect subtree from its 2^k nodes `k` levels below, level by level.
 * @param {Digest} digest @param {Uint8Array[]} nodes
 */
export function foldPerfect(digest, nodes) {
  let level = nodes;
  while (level.length > 1) {
    /** @type {Uint8Array[]} */
    const up = [];
    for (let i = 0; i < level.length; i += 2)
      up.push(digest(NODE_PREFIX, /** @type {Uint8Array} */ (level[i]), /** @type {Uint8Array} */ (level[i + 1])));
    level = up;
  }
  return /** @type {Uint8Array} */ (level[0]);
}

/**
 * The perfect subtrees a range [start, end) of leaves splits into, largest first, as
 * `{ level, index }`; for the ranges of RFC 6962's recursion, MTH of the range is their roots
 * folded from the right (`foldRange`).
 * @param {number} start @param {number} end
 */
export function perfectSubtrees(start, end) {
  /** @type {{ level: number, index: number }[]} */
  const parts = [];
  let at = start;
  while (at < end) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= end) level++;
    parts.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return parts;
}

/** MTH of a range from the roots of its perfect subtrees, largest first. @param {Digest} digest @param {Uint8Array[]} roots */
export function foldRange(digest, roots) {
  let r = /** @type {Uint8Array} */ (roots.at(-1));
  for (let i = roots.length - 2; i >= 0; i--) r = digest(NODE_PREFIX, /** @type {Uint8Array} */ (roots[i]), r);
  return r;
}

/**
 * The ranges [start, end) of leaves whose MTH, in order, make PATH(m, D[n]) (RFC 6962 §2.1.1):
 * what a store must hash to prove one leaf, without the rest of the tree.
 * @param {number} m @param {number} n @returns {[number, number][]}
 */
export function inclusionRanges(m, n) {
  /** @param {number} m @param {number} start @param {number} end @returns {[number, number][]} */
  const path = (m, start, end) => {
    if (end - start <= 1) return [];
    const k = split(end - start);
    return m < k
      ? [...path(m, start, start + k), [start + k, end]]
      : [...path(m - k, start + k, end), [start, start + k]];
  };
  return path(m, 0, n);
}

/**
 * The ranges whose MTH, in order, make PROOF(m, D[n]) (RFC 6962 §2.1.2).
 * @param {number} m @param {number} n @returns {[number, number][]}
 */
export function consistencyRanges(m, n) {
  /** @param {number} m @param {number} start @param {number} end @param {boolean} b @returns {[number, number][]} */
  const subproof = (m, start, end, b) => {
    if (m === end - start) return b ? [] : [[start, end]];
    const k = split(end - start);
    return m <= k
      ? [...subproof(m, start, start + k, b), [start + k, end]]
      : [...subproof(m - k, start + k, end, false), [start, start + k]];
  };
  return m === 0 || m === n ? [] : subproof(m, 0, n, true);
}
