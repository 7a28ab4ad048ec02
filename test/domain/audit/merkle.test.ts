import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  appendToFrontier,
  consistencyProof,
  frontierRoot,
  inclusionProof,
  leafHash,
  merkleRoot,
  verifyConsistency,
  verifyInclusion,
} from '../../../src/domain/audit/merkle.mjs';

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(sha, new TextEncoder().encode(`leaf ${i}`)));

describe('Merkle tree of checkpointed heads (RFC 6962 §2.1, RFC 9162 §2.1.3–2.1.4)', () => {
  it('hashes the empty tree, one leaf and the RFC 6962 test vector of the leaf prefix', () => {
    assert.equal(merkleRoot(sha, []), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // RFC 6962 test data: the leaf hash of the empty string is SHA-256(0x00).
    assert.equal(leafHash(sha, new Uint8Array()), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('proves inclusion of every leaf and consistency between every pair of sizes; a wrong proof fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(), fc.nat(), (n, a, b) => {
        const all = leaves(n);
        const root = merkleRoot(sha, all);
        const i = a % n;
        const proof = inclusionProof(sha, i, all);
        assert.ok(verifyInclusion(sha, i, n, all[i]!, proof, root));
        assert.ok(!verifyInclusion(sha, i, n, leafHash(sha, Uint8Array.of(7)), proof, root));
        const m = 1 + (b % n);
        const c = consistencyProof(sha, m, all);
        const root1 = merkleRoot(sha, all.slice(0, m));
        assert.ok(verifyConsistency(sha, m, n, root1, root, c), `consistency ${m} → ${n}`);
        const forked = [...all.slice(0, m - 1), leafHash(sha, Uint8Array.of(9)), ...all.slice(m)];
        if (m < n)
          assert.ok(
            !verifyConsistency(sha, m, n, root1, merkleRoot(sha, forked), consistencyProof(sha, m, forked)),
            'a rewritten leaf breaks consistency',
          );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the root incrementally from the right edge of the tree', () => {
    const all = leaves(70);
    let frontier: string[] = [];
    all.forEach((l, i) => {
      frontier = appendToFrontier(sha, frontier, i, l);
      assert.equal(frontierRoot(sha, frontier), merkleRoot(sha, all.slice(0, i + 1)));
    });
  });
});
