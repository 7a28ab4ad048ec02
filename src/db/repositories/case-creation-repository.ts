import { sql } from 'kysely';
import type { Db } from '../kysely.ts';
import type { CaseRow, NewCase, NewPlanVersion } from '../schema.ts';
import type { WorkItem } from '../../domain/case/next-actors.ts';
import type { JobPayload } from '../../contract/jobs.ts';
import { caseCodeOf, sequenceName } from './case-repository.ts';
import { WORKLIST_COLUMNS, worklistRows } from './case-transition-repository.ts';
import { sealedEventValues, type SealedEvent } from './event-repository.ts';
import { withTransitionTallies, type Transition } from './statistics-repository.ts';

export interface CreationContext {
  /** The new case's code, drawn from the year's sequence (a create that fails leaves a gap; see case-repository.ts). */
  code: string;
  /** Whether the plan's domain is an active one. */
  domainActive: boolean;
  /** The codes of the proposer's unit and of every unit above it, which profiles' territories are matched against. */
  unitCodes: string[];
  /** Every procedure profile's latest version, by code, in code order. */
  latestProfiles: { code: string; version: number }[];
}

/**
 * Everything a new draft needs to know from the database, in one round trip: its code, whether its
 * domain is open, the proposer's unit and ancestors' codes, and the latest version of each
 * procedure profile (whose definitions the profile repository keeps once read). A create is then
 * this statement and its inserts, about what a transition costs.
 */
export async function creationContext(
  tx: Db,
  q: { unitId: string; domain: string; year: number },
): Promise<CreationContext> {
  const { rows } = await sql<{
    n: string;
    domain_active: boolean;
    unit_codes: string[] | null;
    latest_profiles: { code: string; version: number }[] | null;
  }>`
    select nextval(${sequenceName(q.year)}::regclass) as n,
      exists (select 1 from domains where code = ${q.domain} and active) as domain_active,
      (select array_agg(a.code) from units u join units a on a.id = any(u.ancestor_ids) where u.id = ${q.unitId}::uuid) as unit_codes,
      (select json_agg(json_build_object('code', p.code, 'version', p.version) order by p.code)
         from (select code, max(version) as version from procedure_profiles group by code) p) as latest_profiles`.execute(
    tx,
  );
  const r = rows[0]!;
  return {
    code: caseCodeOf(q.year, r.n),
    domainActive: r.domain_active,
    unitCodes: r.unit_codes ?? [],
    latestProfiles: r.latest_profiles ?? [],
  };
}

/** What a new draft writes: its row, its first plan version, its first event and the rest. */
export interface NewCaseWrite {
  row: NewCase & { id: string; created_at: Date };
  planVersion: NewPlanVersion;
  event: SealedEvent;
  workItems: WorkItem[];
  tallies: Transition;
  job: JobPayload<'case_event'>;
}

/**
 * Inserts a new draft in one statement: the case row, its first plan version, its first event, its
 * worklist, its place in the statistics' counters and its `case_event` job, as data-modifying CTEs
 * (see writeTransition). The rows that refer to the case are checked against it at the end of the
 * statement, once the case is in. The statement is atomic on its own, so a create that registers
 * nothing else sends it outside any transaction (`create-proposal.ts`).
 */
export async function insertNewCase(tx: Db, w: NewCaseWrite): Promise<CaseRow> {
  const caseId = w.row.id;
  return withTransitionTallies(tx, { ...w.tallies, createdAt: w.row.created_at })
    .with('plan', (db) => db.insertInto('plan_versions').values(w.planVersion))
    .with('event', (db) => db.insertInto('case_events').values(sealedEventValues(w.event)))
    .with('items', (db) =>
      db
        .insertInto('work_items')
        .columns(WORKLIST_COLUMNS)
        .expression(worklistRows(caseId, w.workItems, null)),
    )
    .with('job', (db) => db.insertInto('outbox_jobs').values({ kind: 'case_event', payload: JSON.stringify(w.job) }))
    .insertInto('cases')
    .values(w.row)
    .returningAll()
    .executeTakeFirstOrThrow();
}
