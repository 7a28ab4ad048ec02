import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  GENESIS_HASH,
  canonicalJson,
  eventHash,
  verifyChain,
  type ChainVerdict,
  type ChainedEventContent,
  type StoredChainEvent,
} from '../../../src/domain/audit/hash-chain.ts';

/**
 * Requirement 7: the tamper-evident chain. Each event's hash is SHA-256 over the previous hash,
 * a newline, and the canonical JSON of its content; `verifyChain` names the first broken seq.
 */
function content(seq: number): ChainedEventContent {
  return {
    caseId: 'case-1',
    seq,
    type:
      ['proposal_submitted', 'accepted', 'party_opinion_requested', 'vote_recorded', 'approved'][seq - 1] ??
      `event_${seq}`,
    actorId: `person-${seq}`,
    actorRole: seq === 1 ? 'proposer' : 'head',
    actorUnitId: 'u-agency',
    occurredAt: `2024-06-0${seq}T02:00:00.000Z`,
    reasons: seq % 2 ? null : `Lý do ${seq}`,
    payload: { from: 'a', to: 'b', nested: { list: [seq, { k: 'v' }], flag: true } },
  };
}

/** Builds a valid chain the way event-repository.ts appends. */
function build(n: number): StoredChainEvent[] {
  const out: StoredChainEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const c = content(seq);
    const hash = eventHash(c, prev);
    out.push({ ...c, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const broken = (
  events: number,
  brokenAtSeq: number,
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap',
): ChainVerdict => ({
  ok: false,
  events,
  brokenAtSeq,
  problem,
});

describe('canonicalJson', () => {
  const rows: [string, unknown, string][] = [
    ['keys sorted', { b: 1, a: 2, c: 3 }, '{"a":2,"b":1,"c":3}'],
    [
      'nested keys sorted at every level',
      { z: { y: 1, x: { w: 2, v: 3 } }, a: [{ d: 1, c: 2 }] },
      '{"a":[{"c":2,"d":1}],"z":{"x":{"v":3,"w":2},"y":1}}',
    ],
    ['array order kept', [3, 1, 2], '[3,1,2]'],
    ['undefined properties dropped', { a: undefined, b: 1 }, '{"b":1}'],
    ['undefined in an array becomes null', [1, undefined, 3], '[1,null,3]'],
    [
      'null, booleans, numbers',
      { n: null, t: true, f: false, i: -12, d: 1.5, e: 1e21 },
      '{"d":1.5,"e":1e+21,"f":false,"i":-12,"n":null,"t":true}',
    ],
    ['strings escaped as JSON', { s: 'a"b\\c\n\u0001' }, '{"s":"a\\"b\\\\c\\n\\u0001"}'],
    ['Vietnamese text kept as is', { lý_do: 'Đề xuất đổi mới' }, '{"lý_do":"Đề xuất đổi mới"}'],
    [
      'keys sorted by UTF-16 code unit (upper case before lower, ASCII before accented)',
      { b: 1, B: 2, á: 3, a: 4 },
      '{"B":2,"a":4,"b":1,"á":3}',
    ],
    ['empty object and array', { o: {}, a: [] }, '{"a":[],"o":{}}'],
    ['a bare string', 'x', '"x"'],
    ['top-level undefined', undefined, 'null'],
  ];
  for (const [name, value, expected] of rows) it(name, () => assert.equal(canonicalJson(value), expected));

  it('does not depend on insertion order, at any depth', () => {
    const a = { type: 't', payload: { x: 1, y: { p: 1, q: 2 } }, seq: 1 };
    const b = { seq: 1, payload: { y: { q: 2, p: 1 }, x: 1 }, type: 't' };
    assert.equal(canonicalJson(a), canonicalJson(b));
  });

  it('is valid JSON that parses back to the same value', () => {
    const v = { b: [1, { d: 'x', c: null }], a: { e: true } };
    assert.deepEqual(JSON.parse(canonicalJson(v)), v);
  });

  it('a Date is written as JSON.stringify writes it: its ISO string', () => {
    assert.equal(canonicalJson({ at: new Date(0) }), '{"at":"1970-01-01T00:00:00.000Z"}');
    assert.equal(canonicalJson({ at: new Date(0) }), JSON.stringify({ at: new Date(0) }));
  });

  it('a Date inside arrays and nested objects too', () => {
    const at = new Date('2024-06-03T02:00:00.123Z');
    assert.equal(
      canonicalJson({ list: [at, { z: at, a: 1 }] }),
      '{"list":["2024-06-03T02:00:00.123Z",{"a":1,"z":"2024-06-03T02:00:00.123Z"}]}',
    );
  });
});

describe('eventHash', () => {
  it('is SHA-256 of prevHash, a newline and the canonical JSON (re-checkable without our code)', () => {
    const c = content(1);
    const expected = createHash('sha256')
      .update(`${GENESIS_HASH}\n${canonicalJson(c)}`)
      .digest('hex');
    assert.equal(eventHash(c, GENESIS_HASH), expected);
    assert.match(expected, /^[0-9a-f]{64}$/);
  });
  it('depends on the previous hash', () => {
    assert.notEqual(eventHash(content(1), GENESIS_HASH), eventHash(content(1), 'f'.repeat(64)));
  });
  it('the genesis hash is 64 zeros', () => assert.equal(GENESIS_HASH, '0'.repeat(64)));
  it('a payload holding a Date hashes the same as after its JSON round trip (as stored and read back)', () => {
    const c = { ...content(1), payload: { decidedOn: new Date('2024-06-05T00:00:00.000Z'), steps: [new Date(0)] } };
    const stored = JSON.parse(JSON.stringify(c)) as ChainedEventContent;
    assert.equal(eventHash(c, GENESIS_HASH), eventHash(stored, GENESIS_HASH));
    assert.notEqual(
      eventHash(c, GENESIS_HASH),
      eventHash(
        { ...c, payload: { decidedOn: new Date('2024-06-06T00:00:00.000Z'), steps: [new Date(0)] } },
        GENESIS_HASH,
      ),
      'a different date is a different hash',
    );
  });
});

describe('verifyChain on intact chains', () => {
  it('an empty chain is intact, headed by the genesis hash', () => {
    assert.deepEqual(verifyChain([]), { ok: true, events: 0, headHash: GENESIS_HASH });
  });
  it('a chain of five is intact, headed by the last hash', () => {
    const chain = build(5);
    assert.deepEqual(verifyChain(chain), { ok: true, events: 5, headHash: chain[4]!.hash });
  });
  it('reordering keys inside a payload (as jsonb does) keeps it intact', () => {
    const chain = build(3);
    chain[1]!.payload = { nested: { flag: true, list: [2, { k: 'v' }] }, to: 'b', from: 'a' };
    assert.equal(verifyChain(chain).ok, true);
  });
});

const FIELDS: [field: string, edit: (e: StoredChainEvent) => void][] = [
  ['caseId', (e) => void (e.caseId = 'case-2')],
  ['type', (e) => void (e.type = 'rejected')],
  ['actorId', (e) => void (e.actorId = 'someone-else')],
  ['actorId → null', (e) => void (e.actorId = null)],
  ['actorRole', (e) => void (e.actorRole = 'deputy')],
  ['actorUnitId', (e) => void (e.actorUnitId = 'u-other')],
  ['occurredAt', (e) => void (e.occurredAt = e.occurredAt.replace('02:00:00.000', '02:00:00.001'))],
  ['reasons', (e) => void (e.reasons = e.reasons === null ? 'thêm lý do' : null)],
  ['reasons → trailing space', (e) => void (e.reasons = `${e.reasons ?? ''} `)],
  ['payload → an added key', (e) => void ((e.payload as Record<string, unknown>).extra = 0)],
  ['payload', (e) => void ((e.payload as { nested: { list: unknown[] } }).nested.list[0] = 99)],
];

describe('verifyChain finds tampering at the exact seq', () => {
  for (let k = 0; k < 5; k++) {
    for (const [field, edit] of FIELDS) {
      it(`editing ${field} of event ${k + 1} → hash_mismatch at ${k + 1}`, () => {
        const chain = build(5);
        edit(chain[k]!);
        assert.deepEqual(verifyChain(chain), broken(5, k + 1, 'hash_mismatch'));
      });
    }
    it(`editing seq of event ${k + 1} → sequence_gap at ${k + 1}`, () => {
      const chain = build(5);
      chain[k]!.seq = 9;
      assert.deepEqual(verifyChain(chain), broken(5, k + 1, 'sequence_gap'));
    });
    it(`editing the stored hash of event ${k + 1} → hash_mismatch at ${k + 1}`, () => {
      const chain = build(5);
      chain[k]!.hash = 'a'.repeat(64);
      assert.deepEqual(verifyChain(chain), broken(5, k + 1, 'hash_mismatch'));
    });
    it(`changing the prevHash of event ${k + 1} → prev_hash_mismatch at ${k + 1}`, () => {
      const chain = build(5);
      chain[k]!.prevHash = 'b'.repeat(64);
      assert.deepEqual(verifyChain(chain), broken(5, k + 1, 'prev_hash_mismatch'));
    });
    if (k < 4) {
      it(`editing event ${k + 1} and re-hashing it → prev_hash_mismatch at ${k + 2}`, () => {
        const chain = build(5);
        const e = chain[k]!;
        e.reasons = 'sửa lại';
        const { prevHash, hash: _h, ...rest } = e;
        e.hash = eventHash(rest, prevHash);
        assert.deepEqual(verifyChain(chain), broken(5, k + 2, 'prev_hash_mismatch'));
      });
      it(`deleting event ${k + 1} → sequence_gap at ${k + 1}`, () => {
        const chain = build(5);
        chain.splice(k, 1);
        assert.deepEqual(verifyChain(chain), broken(4, k + 1, 'sequence_gap'));
      });
    }
  }

  for (const [i, j] of [
    [0, 1],
    [1, 3],
    [2, 4],
    [0, 4],
    [3, 4],
  ] as const) {
    it(`swapping events ${i + 1} and ${j + 1} → sequence_gap at ${i + 1}`, () => {
      const chain = build(5);
      [chain[i], chain[j]] = [chain[j]!, chain[i]!];
      assert.deepEqual(verifyChain(chain), broken(5, i + 1, 'sequence_gap'));
    });
    it(`swapping events ${i + 1} and ${j + 1} and renumbering their seq → caught at ${i + 1}`, () => {
      const chain = build(5);
      [chain[i], chain[j]] = [
        { ...chain[j]!, seq: i + 1 },
        { ...chain[i]!, seq: j + 1 },
      ];
      const verdict = verifyChain(chain);
      assert.equal(verdict.ok, false);
      assert.equal(verdict.ok === false && verdict.brokenAtSeq, i + 1);
      assert.ok(
        verdict.ok === false && ['prev_hash_mismatch', 'hash_mismatch'].includes(verdict.problem),
        JSON.stringify(verdict),
      );
    });
  }

  it('a chain that starts at seq 2 → sequence_gap at 1', () => {
    assert.deepEqual(verifyChain(build(3).slice(1)), broken(2, 1, 'sequence_gap'));
  });
  it('a duplicated event → sequence_gap where it repeats', () => {
    const chain = build(3);
    chain.splice(2, 0, { ...chain[1]! });
    assert.deepEqual(verifyChain(chain), broken(4, 3, 'sequence_gap'));
  });
  it('only the first problem is reported', () => {
    const chain = build(5);
    chain[3]!.type = 'x';
    chain[1]!.prevHash = 'c'.repeat(64);
    assert.deepEqual(verifyChain(chain), broken(5, 2, 'prev_hash_mismatch'));
  });
  it('deleting the LAST event leaves a valid shorter chain: only the head hash (anchored elsewhere) shows it', () => {
    const full = build(5);
    const verdict = verifyChain(full.slice(0, 4));
    assert.deepEqual(verdict, { ok: true, events: 4, headHash: full[3]!.hash });
    assert.notEqual(verdict.ok && verdict.headHash, (verifyChain(full) as { headHash: string }).headHash);
  });
});
