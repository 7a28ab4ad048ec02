import { createHash } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { CaseRow } from '../../db/schema.ts';
import { verifyRecord, type Sha256Hex } from '../../domain/audit/record-checks.mjs';
import { recordBundle } from './record-bundle.ts';
import { transitionTable } from './transition-table.ts';

export const nodeSha256: Sha256Hex = (data) => createHash('sha256').update(data).digest('hex');

let transitions: ReturnType<typeof transitionTable> | undefined;

/**
 * `/verify`: every check of the offline verifier (the same module), on the record as the
 * database holds it, plus the stored bytes of every attachment. The first problem is also given
 * as `brokenAtSeq`/`problem`, the shape earlier clients read.
 */
export async function verifyCaseRecord(app: AppContext, row: CaseRow) {
  transitions ??= transitionTable();
  const verdict = verifyRecord(await recordBundle(app, row), { sha256: nodeSha256, transitions });
  const checkedAt = app.now().toISOString();
  if (verdict.ok) return { ok: true as const, events: verdict.events, headHash: verdict.headHash, problems: [], unchecked: verdict.unchecked, checkedAt };
  const first = verdict.problems[0]!;
  return {
    ok: false as const,
    events: verdict.events,
    headHash: verdict.headHash,
    brokenAtSeq: first.seq ?? null,
    problem: `${first.subject}: ${first.message}`,
    problems: verdict.problems,
    unchecked: verdict.unchecked,
    checkedAt,
  };
}
