import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { checkCheckpointedHeads } from '../../src/domain/audit/merkle.mjs';
import { verifyRecord } from '../../src/domain/audit/record-checks.mjs';
import { recordBundle } from '../../src/app/verify/record-bundle.ts';
import { nodeSha256, verifyCaseRecord } from '../../src/app/verify/verify-case-record.ts';
import { transitionTable } from '../../src/app/verify/transition-table.ts';
import { onPostgres, startTestApp, type TestApp } from '../support/test-app.ts';
import { richRecords } from './record-fixture.ts';
import { editArb, NoOp } from './tamper-edits.ts';
import { dbEditArb, type DbEdit, ISSUE_DB_EDITS, TRIGGERED_TABLES, withDbEdit } from './tamper-db-edits.ts';

/**
 * Issue 12, "done when": random edits, deletions, insertions, reorders, truncations and rewrites of
 * events, plan versions, attachments' bytes, case rows, protection and reward rows must all be
 * detected — by /verify alone, except the truncation and rewriting that leave a record consistent in
 * itself, which the check against a checkpoint taken before the edit must catch.
 *
 * Budget: KHIEN_TAMPER_RUNS edits (default 12,500, of which some draw an edit that does not apply to the record and are not counted) on in-memory copies of the bundle /verify reads
 * (the same module, the same checks, no database round trip), and KHIEN_TAMPER_DB_RUNS (default 60)
 * through the real database with the append-only triggers disabled, on PGlite or PostgreSQL.
 */
const MEMORY_RUNS = Number(process.env.KHIEN_TAMPER_RUNS ?? 12_500);
const DB_RUNS = Number(process.env.KHIEN_TAMPER_DB_RUNS ?? 60);

type Tally = Map<string, { edits: number; detectors: Map<string, number> }>;

function count(tally: Tally, kind: string, detectors: string[]) {
  const entry = tally.get(kind) ?? { edits: 0, detectors: new Map() };
  entry.edits += 1;
  for (const d of new Set(detectors)) entry.detectors.set(d, (entry.detectors.get(d) ?? 0) + 1);
  tally.set(kind, entry);
}

function report(title: string, tally: Tally): string {
  const lines = [...tally]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([kind, { edits, detectors }]) =>
        `  ${kind.padEnd(46)} ${String(edits).padStart(6)}  ${[...detectors].map(([d, n]) => `${d} ${n}`).join(', ')}`,
    );
  return [`${title} (${onPostgres ? 'PostgreSQL' : 'PGlite'}): kind, edits, detectors that caught them`, ...lines].join(
    '\n',
  );
}

describe('tamper suite: every edit of a record is detected, and by which check (issue 12)', () => {
  let t: TestApp;
  let codes: string[];
  before(async () => {
    t = await startTestApp();
    const { protectionCode, rewardCode } = await richRecords(t);
    codes = [protectionCode, rewardCode];
  });
  after(() => t.close());

  const rowOf = async (code: string) =>
    t.runtime.app.db.selectFrom('cases').selectAll().where('code', '=', code).executeTakeFirstOrThrow();

  it(`detects ${MEMORY_RUNS} random edits of in-memory copies of the record`, async () => {
    const tools = { sha256: nodeSha256, transitions: transitionTable() };
    const bundles = await Promise.all(codes.map(async (c) => recordBundle(t.runtime.app, await rowOf(c))));
    for (const b of bundles) assert.deepEqual(verifyRecord(b, tools).problems, [], 'the untouched records verify');
    const tally: Tally = new Map();
    fc.assert(
      fc.property(fc.nat(bundles.length - 1), editArb, (which, edit) => {
        const original = bundles[which]!;
        const copy = structuredClone(original);
        try {
          edit.apply(copy);
        } catch (e) {
          if (e instanceof NoOp) return;
          throw e;
        }
        const verdict = verifyRecord(copy, tools);
        // A checkpoint taken before the edit included the chain's head as it was then.
        const checkpoint = checkCheckpointedHeads(copy.events, [
          { size: original.case.eventCount, head: String(original.case.headHash) },
        ]);
        const caughtBy = [...verdict.problems.map((p) => p.detector), ...checkpoint.map((p) => p.detector)];
        count(tally, edit.kind, caughtBy);
        if (edit.needsCheckpoint) assert.ok(checkpoint.length > 0, `${edit.kind}: the checkpoint check misses it`);
        else assert.ok(!verdict.ok, `${edit.kind}: /verify misses it`);
      }),
      { numRuns: MEMORY_RUNS },
    );
    const total = [...tally.values()].reduce((n, e) => n + e.edits, 0);
    console.log(report('in memory', tally));
    if (MEMORY_RUNS < 12_500) return;
    assert.ok(total >= 10_000, `${total} edits applied`);
    for (const kind of [
      'event deleted',
      'plan version edited',
      "attachment's stored bytes replaced",
      'case row state changed',
      'protection determination edited',
      'reward status edited',
      'newest events deleted, row fixed to match',
      'chain rewritten from an event on',
    ]) {
      assert.ok(tally.has(kind), `the suite tried: ${kind}`);
    }
  });

  it('names an event whose type was edited to a name every object has (constructor, __proto__, toString), rather than failing', async () => {
    const tools = { sha256: nodeSha256, transitions: transitionTable() };
    const bundle = await recordBundle(t.runtime.app, await rowOf(codes[0]!));
    const last = bundle.events.length - 1;
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const copy = structuredClone(bundle);
      (copy.events[last] as { type: string }).type = type;
      const verdict = verifyRecord(copy, tools);
      assert.equal(verdict.ok, false, type);
      assert.ok(
        verdict.problems.some((p) => p.detector === 'chain' && p.seq === last + 1),
        `${type}: the chain names event ${last + 1}`,
      );
    }
  });

  it(`detects ${DB_RUNS} random edits made in the database with the append-only triggers off`, async () => {
    const pool = t.runtime.database.pool;
    for (const table of TRIGGERED_TABLES) await pool.query(`alter table ${table} disable trigger user`);
    const ids = await Promise.all(codes.map(async (c) => (await rowOf(c)).id));
    const tally: Tally = new Map();
    try {
      await fc.assert(
        fc.asyncProperty(fc.nat(codes.length - 1), dbEditArb, async (which, edit) => {
          const code = codes[which]!;
          const verdict = await withDbEdit(pool, ids[which]!, edit, async () =>
            verifyCaseRecord(t.runtime.app, await rowOf(code)),
          );
          if (!verdict) return; // no row of that kind in this record
          count(
            tally,
            edit.kind,
            verdict.problems.map((p) => p.detector),
          );
          assert.equal(verdict.ok, false, `${edit.kind} on ${code}: /verify misses it`);
        }),
        // The issue's examples on every case, then the random draw.
        {
          numRuns: DB_RUNS,
          examples: codes.flatMap((_, which) => ISSUE_DB_EDITS.map((e) => [which, e] as [number, DbEdit])),
        },
      );
      for (const code of codes)
        assert.equal((await verifyCaseRecord(t.runtime.app, await rowOf(code))).ok, true, 'every edit was undone');
    } finally {
      for (const table of TRIGGERED_TABLES) await pool.query(`alter table ${table} enable trigger user`);
    }
    console.log(report('through the database', tally));
    assert.ok(
      tally.has('plan version edited') && tally.has('case row state changed'),
      'the issue’s own examples were tried',
    );
  });
});
