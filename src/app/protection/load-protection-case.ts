import type { AppContext } from '../context.ts';
import type { Db, Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { ProtectionCasesTable, ProtectionDeterminationsTable } from '../../db/schema-protection.ts';
import { toSnapshot } from '../../db/case-facts.ts';
import type { Selectable } from 'kysely';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { lockCaseById } from './case-chain.ts';
import { readScope, type ReadScope } from './protection-access.ts';

export type ProtectionCaseRow = Selectable<ProtectionCasesTable>;
export type DeterminationRow = Selectable<ProtectionDeterminationsTable>;

export interface LoadedProtectionCase {
  pc: ProtectionCaseRow;
  row: CaseRow;
  snapshot: CaseSnapshot;
  determinations: DeterminationRow[];
  scope: Exclude<ReadScope, null>;
  actor: Actor;
}

export const protectionCaseNotFound = () => new DomainError('not_found', 'protection_case_not_found');

async function load(
  app: AppContext,
  db: Db | Tx,
  actor: Actor,
  pc: ProtectionCaseRow,
  row: CaseRow,
): Promise<LoadedProtectionCase> {
  const profile = await app.profiles.get(row.profile_code, row.profile_version, db);
  const snapshot = toSnapshot(row, profile);
  const determinations = await db
    .selectFrom('protection_determinations')
    .selectAll()
    .where('protection_case_id', '=', pc.id)
    .orderBy('role')
    .orderBy('person_id')
    .execute();
  // Anyone without a relation is told the protection case does not exist, as for cases.
  const scope = readScope(actor, snapshot, determinations);
  if (!scope) throw protectionCaseNotFound();
  return { pc, row, snapshot, determinations, scope, actor };
}

export async function loadProtectionCase(app: AppContext, actor: Actor, id: string): Promise<LoadedProtectionCase> {
  const pc = await app.db.selectFrom('protection_cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!pc) throw protectionCaseNotFound();
  const row = await app.db.selectFrom('cases').selectAll().where('id', '=', pc.case_id).executeTakeFirstOrThrow();
  return load(app, app.db, actor, pc, row);
}

/**
 * For a write: locks the proposal's row (as every writer to its chain does), then checks that the
 * version the client saw is still current, so a decision is never taken on facts it did not see.
 */
export async function loadProtectionCaseForWrite(
  tx: Tx,
  app: AppContext,
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
): Promise<LoadedProtectionCase> {
  const ref = await tx.selectFrom('protection_cases').select('case_id').where('id', '=', id).executeTakeFirst();
  if (!ref) throw protectionCaseNotFound();
  const row = await lockCaseById(tx, ref.case_id);
  const pc = await tx.selectFrom('protection_cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const loaded = await load(app, tx, actor, pc, row);
  if (expectedVersion === undefined) throw new DomainError('precondition', 'if_match_required');
  if (expectedVersion !== pc.version)
    throw new DomainError('precondition', 'stale_version', [], { currentVersion: pc.version });
  return loaded;
}

export function determinationIn(loaded: LoadedProtectionCase, determinationId: string): DeterminationRow {
  const d = loaded.determinations.find((x) => x.id === determinationId);
  // Someone who sees only their own determination is not told that others exist.
  if (!d || (loaded.scope === 'own' && d.person_id !== loaded.actor.personId))
    throw new DomainError('not_found', 'determination_not_found');
  return d;
}
