import { sql } from 'kysely';
import { byKey } from '../by-key.ts';
import type { Db, Tx } from '../kysely.ts';
import type { CaseRow } from '../schema.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import type { CaseFacts } from '../case-facts.ts';

/** Everyone named on the case: proposer, co-proposers and assigned people. */
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
  q = forUpdate ? q.forUpdate() : q.modifyEnd(byKey);
  return q.executeTakeFirst();
}

/** A task notification of a case not yet resolved. */
export interface OpenTaskNotification {
  id: string;
  person_id: string;
  kind: string;
  params: unknown;
}

/**
 * Reads a case for an action, and in the same statement its unresolved notifications of the given
 * kinds, which the action may settle: a round trip fewer on every action. With `lock`, nobody else
 * can change the case until the transaction ends; without it, the action's one statement is
 * guarded by the version read here (`writeTransition`). A notification the job runner adds
 * meanwhile is about an earlier step, as it would be if read a moment later.
 */
export async function readCaseForAction(
  db: Db,
  code: string,
  notificationKinds: readonly string[],
  lock: boolean,
): Promise<{ row: CaseRow; openNotifications: OpenTaskNotification[] } | undefined> {
  const found = await db
    .selectFrom('cases')
    .selectAll('cases')
    .select(
      sql<OpenTaskNotification[]>`(
        select coalesce(json_agg(json_build_object('id', n.id, 'person_id', n.person_id, 'kind', n.kind, 'params', n.params)), '[]')
        from notifications n
        where n.case_id = cases.id and n.resolved_at is null and n.kind = any(${notificationKinds}::text[]))`.as(
        'open_task_notifications',
      ),
    )
    .where('code', '=', code)
    .$if(lock, (q) => q.forUpdate('cases'))
    .$if(!lock, (q) => q.modifyEnd(byKey))
    .executeTakeFirst();
  if (!found) return undefined;
  const { open_task_notifications: openNotifications, ...row } = found;
  return { row, openNotifications };
}

/** The version a case has now: what a client whose write came too late is told to read. */
export async function currentVersionOf(db: Db, caseId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('cases')
    .select('version')
    .where('id', '=', caseId)
    .modifyEnd(byKey)
    .executeTakeFirst();
  return row?.version;
}

/**
 * Case codes (e.g. TH-2026-000123) come from one database sequence per year. A sequence hands out
 * numbers without a lock that writers wait on (a counter row would hold every create in the country
 * behind one row lock until commit); a create that rolls back leaves a gap, which is lawful: the code
 * is the proposal's reference, not a document number — official documents are numbered gapless per
 * issuer in the register (`document_registers`).
 */
const knownSequences = new WeakMap<object, Set<number>>();

export const sequenceName = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`case code year out of range: ${year}`);
  return `case_code_${year}`;
};

/**
 * Makes sure the year's sequence exists (once per process and database), before the create's
 * transaction: a year's first create makes it, starting after any number already given out under
 * the earlier counter table (`case_code_counters`, still written by the benchmark's generator).
 */
export async function ensureCaseCodeSequence(db: Db, year: number): Promise<void> {
  const name = sequenceName(year);
  const known = knownSequences.get(db) ?? new Set<number>();
  knownSequences.set(db, known);
  if (known.has(year)) return;
  const { rows } = await sql<{ exists: boolean }>`select to_regclass(${name}) is not null as exists`.execute(db);
  if (!rows[0]?.exists) {
    const counter = await db
      .selectFrom('case_code_counters')
      .select('last')
      .where('year', '=', year)
      .executeTakeFirst();
    try {
      await sql`create sequence if not exists ${sql.id(name)} start with ${sql.lit((counter?.last ?? 0) + 1)}`.execute(
        db,
      );
    } catch (e) {
      // Another process made it at the same moment: theirs serves.
      const code = (e as { code?: string }).code;
      if (code !== '42P07' && code !== '23505') throw e;
    }
  }
  known.add(year);
}

/** The next code for the year; `ensureCaseCodeSequence` has run for it. */
export async function nextCaseCode(tx: Tx, year: number): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval(${sequenceName(year)}::regclass) as n`.execute(tx);
  return caseCodeOf(year, rows[0]!.n);
}

export const caseCodeOf = (year: number, n: string | number) => `TH-${year}-${String(n).padStart(6, '0')}`;

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
