import { createHash } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { CaseRow } from '../../db/schema.ts';
import { verifyRecord, type RecordProblem, type Sha256Hex } from '../../domain/audit/record-checks.mjs';
import { checkCheckpointedHeads } from '../../domain/audit/merkle.mjs';
import { checkpointedHeads } from './checkpoint-proofs.ts';
import { recordBundle } from './record-bundle.ts';
import { transitionTable } from './transition-table.ts';

export const nodeSha256: Sha256Hex = (data) => createHash('sha256').update(data).digest('hex');

/** The first problem as the codes clients have read since the chain check alone: the detector otherwise. */
function problemCode(p: RecordProblem): string {
  if (p.detector === 'chain_end') return 'truncated';
  if (p.detector !== 'chain') return p.detector;
  return p.field === 'seq' ? 'sequence_gap' : p.field === 'prevHash' ? 'prev_hash_mismatch' : 'hash_mismatch';
}

let transitions: ReturnType<typeof transitionTable> | undefined;

/**
 * `/verify`: every check of the offline verifier (the same module), on the record as the
 * database holds it, plus the stored bytes of every attachment and the heads checkpoints included. The first problem is also given
 * as `brokenAtSeq`/`problem`, the shape earlier clients read.
 */
export async function verifyCaseRecord(app: AppContext, row: CaseRow) {
  transitions ??= transitionTable();
  const [bundle, heads] = await Promise.all([recordBundle(app, row), checkpointedHeads(app, row.id)]);
  const verdict = verifyRecord(bundle, { sha256: nodeSha256, transitions });
  // Every head a checkpoint included must still be in the chain: catches a chain cut short or
  // rewritten after a checkpoint, even when it is consistent in itself.
  verdict.problems.push(...checkCheckpointedHeads(bundle.events, heads));
  verdict.ok = verdict.problems.length === 0;
  const checkedAt = app.now().toISOString();
  if (verdict.ok)
    return {
      ok: true as const,
      events: verdict.events,
      headHash: verdict.headHash,
      problems: [],
      unchecked: verdict.unchecked,
      checkedAt,
    };
  const first = verdict.problems[0]!;
  return {
    ok: false as const,
    events: verdict.events,
    headHash: verdict.headHash,
    brokenAtSeq: first.detector === 'chain_end' ? verdict.events + 1 : (first.seq ?? null),
    problem: problemCode(first),
    problems: verdict.problems,
    unchecked: verdict.unchecked,
    checkedAt,
  };
}
