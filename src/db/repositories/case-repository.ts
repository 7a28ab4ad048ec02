import { sql } from 'kysely';
import type { Db, Tx } from '../kysely.ts';
import type { CaseRow } from '../schema.ts';
import type { WorkItem } from '../../domain/case/next-actors.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import type { CaseFacts } from '../case-facts.ts';

export function participantIds(proposerId: string, facts: CaseFacts): string[] {
  return [
    ...new Set([
      proposerId,
      ...facts.coProposerIds,
      ...facts.appraisers.map((a) => a.personId),
      ...facts.implementerIds,
      ...facts.inspectorIds,
    ]),
  ];
}

export async function findCaseByCode(db: Db | Tx, code: string, forUpdate = false): Promise<CaseRow | undefined> {
  let q = db.selectFrom('cases').selectAll().where('code', '=', code);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The next human-readable code for the year, e.g. TH-2026-000123. */
export async function nextCaseCode(tx: Tx, year: number): Promise<string> {
  const row = await tx
    .insertInto('case_code_counters')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql`case_code_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `TH-${year}-${String(row.last).padStart(6, '0')}`;
}

export async function replaceWorkItems(tx: Tx, caseId: string, items: WorkItem[], dueOn: string | null): Promise<void> {
  if (items.length === 0) {
    await tx.deleteFrom('work_items').where('case_id', '=', caseId).execute();
    return;
  }
  // One statement: the delete in the CTE and the insert see the same snapshot, so the delete
  // removes only the old items.
  await tx
    .with('old', (db) => db.deleteFrom('work_items').where('case_id', '=', caseId))
    .insertInto('work_items')
    .values(
      items.map((w) => ({
        case_id: caseId,
        person_id: w.kind === 'person' ? w.personId : null,
        unit_id: w.kind === 'unit_role' ? w.unitId : null,
        role: w.kind === 'unit_role' ? w.role : null,
        task: w.task,
        due_on: dueOn,
      })),
    )
    .execute();
}

export type SearchQuery = { kind: 'code'; prefix: string } | { kind: 'words'; words: string[] } | { kind: 'nothing' };

/**
 * What a search box's text asks for: a case code or its beginning ("TH-2026-0001"), or words,
 * each matched whole, in any order, without accents ("dat dai" finds "đất đai"). The words are split
 * as the database splits `search_text` into `search_words` (migration 006).
 */
export function searchQueryOf(text: string): SearchQuery {
  const trimmed = text.trim();
  if (/^[a-z]{2}-\d{4}(-\d{0,6})?$/i.test(trimmed)) return { kind: 'code', prefix: trimmed.toUpperCase() };
  const words = foldForSearch(trimmed)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length ? { kind: 'words', words } : { kind: 'nothing' };
}
