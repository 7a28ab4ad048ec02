import fc from 'fast-check';
import { canonicalJson } from '../../src/domain/audit/record-checks.mjs';
import { nodeSha256 } from '../../src/app/verify/verify-case-record.ts';
import { CASE_STATES } from '../../src/domain/case/states.ts';

/**
 * Random edits of a record as a database operator could make them with the append-only triggers
 * switched off, applied to an in-memory copy of what /verify reads (the same bundle, the same
 * checks). Each edit names its kind; `needsCheckpoint` marks the two that leave a record that is
 * consistent in itself (the newest events deleted with the row fixed, the chain rewritten from an
 * event on) and that only a checkpoint held by someone else can reveal.
 */
export interface Edit {
  kind: string;
  needsCheckpoint?: boolean;
  apply(bundle: any): void;
}

type Path = (string | number)[];

function leaves(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  const out = entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  return out.length ? out : [path];
}

function setAt(root: any, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path.at(-1)!] = value;
  return root;
}

const getAt = (root: any, path: Path) => path.reduce((n, k) => n?.[k], root);

const newValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'),
);

/** Replaces one leaf chosen by `pick` with a value whose canonical JSON differs (else does nothing visible to fc.pre). */
function editLeaf(holder: any, key: string | number, pick: number, value: unknown): boolean {
  const all = leaves(holder[key]);
  const path = all[pick % all.length]!;
  const old = getAt(holder[key], path);
  if (canonicalJson(old) === canonicalJson(value)) return false;
  holder[key] = setAt(holder[key], path, value);
  return true;
}

const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const eventIndex = fc.nat();
const at = (list: any[], i: number): any => list[i % list.length];

/** Re-hashes the chain from event `from` on, as an operator rewriting history would. */
export function rehashFrom(bundle: any, from: number) {
  for (let i = from; i < bundle.events.length; i++) {
    const e = bundle.events[i];
    const prev = i === 0 ? '0'.repeat(64) : bundle.events[i - 1].hash;
    const { prevHash: _p, hash: _h, ...content } = e;
    e.prevHash = prev;
    e.seq = i + 1;
    e.hash = nodeSha256(`${prev}\n${canonicalJson({ ...content, seq: i + 1 })}`);
  }
  const last = bundle.events.at(-1);
  bundle.case.eventCount = bundle.events.length;
  bundle.case.headHash = last?.hash ?? null;
}

/** What the replay gives for state and version, so a rewriter can fix the row to match. */
function fixRowToReplay(bundle: any) {
  const actions = bundle.events.filter((e: any) => e.payload?.to !== undefined);
  bundle.case.state = actions.at(-1)?.payload.to ?? null;
  bundle.case.version = actions.length;
}

const guard = (ok: boolean) => {
  if (!ok) throw new NoOp();
};
export class NoOp extends Error {}

const eventFields = [
  'type',
  'actorId',
  'actorRole',
  'actorUnitId',
  'occurredAt',
  'reasons',
  'seq',
  'prevHash',
  'hash',
] as const;

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ i: eventIndex, pick: fc.nat(), v: newValue }).map(({ i, pick, v }) => ({
    kind: 'event payload edited',
    apply: (b: any) => guard(editLeaf(at(b.events, i), 'payload', pick, v)),
  })),
  fc.record({ i: eventIndex, f: fc.constantFrom(...eventFields), v: newValue }).map(({ i, f, v }) => ({
    kind: 'event field edited',
    apply: (b: any) => guard(editLeaf(at(b.events, i), f, 0, v)),
  })),
  fc.record({ i: eventIndex, pick: fc.nat(), v: newValue }).map(({ i, pick, v }) => ({
    kind: 'event edited and re-hashed',
    apply: (b: any) => {
      const e = at(b.events, i);
      guard(editLeaf(e, 'payload', pick, v));
      const { prevHash, hash: _h, ...content } = e;
      e.hash = nodeSha256(`${prevHash}\n${canonicalJson(content)}`);
    },
  })),
  eventIndex.map((i) => ({ kind: 'event deleted', apply: (b: any) => void b.events.splice(i % b.events.length, 1) })),
  fc.record({ i: eventIndex, j: eventIndex, pick: fc.nat(), v: newValue }).map(({ i, j, pick, v }) => ({
    kind: 'event inserted',
    apply: (b: any) => {
      const forged = structuredClone(at(b.events, j));
      editLeaf(forged, 'payload', pick, v);
      b.events.splice(i % (b.events.length + 1), 0, forged);
    },
  })),
  fc.record({ i: eventIndex, j: eventIndex }).map(({ i, j }) => ({
    kind: 'events reordered',
    apply: (b: any) => {
      const [x, y] = [i % b.events.length, j % b.events.length];
      guard(x !== y);
      [b.events[x], b.events[y]] = [b.events[y], b.events[x]];
    },
  })),
  fc.record({ i: fc.nat(), pick: fc.nat(), v: newValue, rehash: fc.boolean() }).map(({ i, pick, v, rehash }) => ({
    kind: 'plan version edited',
    apply: (b: any) => {
      const p = at(b.planVersions, i);
      guard(editLeaf(p, 'plan', pick, v));
      // The server recomputes the hash it shows from the stored plan; an operator may do the same.
      if (rehash) p.sha256 = nodeSha256(canonicalJson(p.plan));
    },
  })),
  fc.record({ i: fc.nat(), h: fc.option(hex) }).map(({ i, h }) => ({
    kind: "attachment's stored bytes replaced",
    apply: (b: any) => {
      guard(b.attachments.length > 0);
      const a = at(b.attachments, i);
      guard(a.storedSha256 !== h);
      a.storedSha256 = h;
    },
  })),
  fc.record({ i: fc.nat(), h: hex, del: fc.boolean() }).map(({ i, h, del }) => ({
    kind: 'attachment row edited or deleted',
    apply: (b: any) => {
      guard(b.attachments.length > 0);
      if (del) b.attachments.splice(i % b.attachments.length, 1);
      else at(b.attachments, i).sha256 = h;
    },
  })),
  fc
    .record({
      field: fc.constantFrom('state', 'version', 'eventCount', 'headHash', 'planVersion'),
      state: fc.constantFrom(...CASE_STATES),
      k: fc.integer({ min: -3, max: 3 }),
      h: hex,
    })
    .map(({ field, state, k, h }) => ({
      kind: `case row ${field} changed`,
      apply: (b: any) => {
        guard(field === 'state' ? b.case.state !== state : field === 'headHash' ? true : k !== 0);
        b.case[field] = field === 'state' ? state : field === 'headHash' ? h : b.case[field] + k;
      },
    })),
  fc
    .record({ pick: fc.nat(), v: fc.oneof(newValue, fc.array(fc.uuid(), { minLength: 1, maxLength: 2 })) })
    .map(({ pick, v }) => ({
      kind: 'case row facts changed',
      apply: (b: any) => guard(editLeaf(b.case, 'facts', pick, v)),
    })),
  fc
    .record({
      i: fc.nat(),
      field: fc.constantFrom('status', 'factsVersion', 'decidedResult', 'decisionEventSeq', 'revocationEventSeq'),
      v: fc.oneof(newValue, fc.constantFrom('pending', 'decided', 'revoked', 'protected', 1, 2)),
    })
    .map(({ i, field, v }) => ({
      kind: 'protection determination edited',
      apply: (b: any) => {
        guard(b.protection.determinations.length > 0);
        guard(editLeaf(at(b.protection.determinations, i), field, 0, v));
      },
    })),
  fc
    .record({
      i: fc.nat(),
      what: fc.constantFrom(
        'case deleted',
        'case status',
        'determination deleted',
        'determination inserted',
        'facts edited',
      ),
      pick: fc.nat(),
      v: newValue,
    })
    .map(({ i, what, pick, v }) => ({
      kind: `protection ${what}`,
      apply: (b: any) => {
        const p = b.protection;
        guard(p.cases.length > 0);
        if (what === 'case deleted') p.cases.splice(i % p.cases.length, 1);
        if (what === 'case status') at(p.cases, i).status = at(p.cases, i).status === 'open' ? 'decided' : 'open';
        if (what === 'determination deleted') p.determinations.splice(i % p.determinations.length, 1);
        if (what === 'determination inserted')
          p.determinations.push({ ...at(p.determinations, i), id: `forged-${pick}` });
        if (what === 'facts edited') {
          guard(p.factVersions.length > 0);
          const f = at(p.factVersions, i);
          guard(editLeaf(f, 'facts', pick, v));
          if (pick % 2) f.factsSha256 = nodeSha256(canonicalJson(f.facts));
        }
      },
    })),
  fc
    .record({
      i: fc.nat(),
      what: fc.constantFrom('status', 'version', 'form', 'proposalEventSeq', 'deleted', 'inserted'),
      v: fc.oneof(newValue, fc.constantFrom('granted', 'refused', 'implemented', 'not_implemented', 1, 3)),
    })
    .map(({ i, what, v }) => ({
      kind: `reward ${what === 'deleted' || what === 'inserted' ? `proposal ${what}` : `${what} edited`}`,
      apply: (b: any) => {
        guard(b.rewards.length > 0);
        if (what === 'deleted') b.rewards.splice(i % b.rewards.length, 1);
        else if (what === 'inserted') b.rewards.push({ ...at(b.rewards, i), id: `forged-${i}` });
        else guard(editLeaf(at(b.rewards, i), what, 0, v));
      },
    })),
  fc.nat().map((k) => ({
    kind: 'newest events deleted, row fixed to match',
    needsCheckpoint: true,
    apply: (b: any) => {
      const n = 1 + (k % 2);
      b.events.splice(b.events.length - n, n);
      rehashFrom(b, b.events.length);
      fixRowToReplay(b);
    },
  })),
  fc.record({ i: eventIndex, v: fc.string({ minLength: 1, maxLength: 12 }) }).map(({ i, v }) => ({
    kind: 'chain rewritten from an event on',
    needsCheckpoint: true,
    apply: (b: any) => {
      const idx = i % b.events.length;
      const e = b.events[idx];
      guard(e.reasons !== v);
      e.reasons = v;
      rehashFrom(b, idx);
    },
  })),
);
