import fc from 'fast-check';
import type pg from 'pg';
import { CASE_STATES } from '../../src/domain/case/states.ts';

/**
 * Edits made through the real database, as an operator with the append-only triggers switched off
 * would make them: each is an SQL statement on one row of the record, undone afterwards from a copy
 * of the row (json_populate_record), so one fixture serves many edits.
 */
export interface DbEdit {
  kind: string;
  table: string;
  /** Chooses the row: a WHERE clause on the case's id ($1). */
  where: string;
  /** `update` sets an SQL expression; `delete` removes the row. */
  set?: string;
  delete?: boolean;
  needsCheckpoint?: boolean;
}

export const TRIGGERED_TABLES = [
  'case_events',
  'protection_cases',
  'protection_determinations',
  'protection_fact_versions',
  'reward_proposals',
];

const ofCase = (alias = '') => `${alias}case_id = $1`;
const determinationOfCase = `protection_case_id in (select id from protection_cases where case_id = $1)`;

const planVersionEdited = (n: number): DbEdit => ({
  kind: 'plan version edited',
  table: 'plan_versions',
  where: ofCase(),
  set: `plan = jsonb_set(plan, '{resources,budgetVnd}', '${n}')`,
});
const caseStateChanged = (s: string): DbEdit => ({
  kind: 'case row state changed',
  table: 'cases',
  where: `id = $1 and state <> '${s}'`,
  set: `state = '${s}'`,
});

/**
 * The issue's own examples (a plan version and a case's state edited in place), tried on every run
 * whatever the random draw: a state is changed to two different ones, so that one applies whatever
 * state the case is in.
 */
export const ISSUE_DB_EDITS: DbEdit[] = [
  planVersionEdited(1),
  caseStateChanged('draft'),
  caseStateChanged('evaluated'),
];

export const dbEditArb: fc.Arbitrary<DbEdit> = fc.oneof(
  fc.integer({ min: 1, max: 10 ** 12 }).map(planVersionEdited),
  fc.uint8Array({ minLength: 1, maxLength: 16 }).map((b) => ({
    kind: "attachment's stored bytes replaced",
    table: 'blobs',
    where: 'sha256 in (select sha256 from attachments where case_id = $1)',
    set: `content = '\\x${Buffer.from(b).toString('hex')}'::bytea`,
  })),
  fc.constantFrom(...CASE_STATES).map(caseStateChanged),
  fc.integer({ min: 1, max: 3 }).map((k) => ({
    kind: 'case row version changed',
    table: 'cases',
    where: 'id = $1',
    set: `version = version + ${k}`,
  })),
  fc.constant({
    kind: 'case row facts changed',
    table: 'cases',
    where: 'id = $1',
    set: `facts = jsonb_set(facts, '{inspectorIds}', '["00000000-0000-0000-0000-000000000001"]')`,
  }),
  fc.record({ seq: fc.integer({ min: 1, max: 16 }), v: fc.string({ maxLength: 8 }) }).map(({ seq, v }) => ({
    kind: 'event payload edited',
    table: 'case_events',
    where: `${ofCase()} and seq = ${seq}`,
    set: `payload = jsonb_set(payload, '{tampered}', '${JSON.stringify(v).replaceAll("'", "''")}')`,
  })),
  fc.integer({ min: 1, max: 16 }).map((seq) => ({
    kind: 'event deleted',
    table: 'case_events',
    where: `${ofCase()} and seq = ${seq}`,
    delete: true,
  })),
  fc.integer({ min: 1, max: 16 }).map((seq) => ({
    kind: 'event time moved',
    table: 'case_events',
    where: `${ofCase()} and seq = ${seq}`,
    set: `occurred_at = occurred_at - interval '1 day'`,
  })),
  fc.constantFrom('pending', 'facts_recorded', 'decided', 'revoked').map((s) => ({
    kind: 'protection determination edited',
    table: 'protection_determinations',
    where: `${determinationOfCase} and status <> '${s}'`,
    set: `status = '${s}'`,
  })),
  fc.constant({
    kind: 'protection determination deleted',
    table: 'protection_determinations',
    where: `${determinationOfCase} and status = 'pending'`,
    delete: true,
  }),
  fc.constant({
    kind: 'protection facts edited',
    table: 'protection_fact_versions',
    where: `determination_id in (select id from protection_determinations where ${determinationOfCase})`,
    set: `facts = jsonb_set(facts, '{followedApprovedPlan}', 'false')`,
  }),
  fc.constantFrom('granted', 'refused', 'not_implemented').map((s) => ({
    kind: 'reward status edited',
    table: 'reward_proposals',
    where: `${ofCase()} and status <> '${s}'`,
    set: `status = '${s}'`,
  })),
  fc.constant({ kind: 'reward proposal deleted', table: 'reward_proposals', where: ofCase(), delete: true }),
);

/** The columns that name a row of each table the edits touch. */
const KEYS: Record<string, string[]> = {
  plan_versions: ['case_id', 'version'],
  blobs: ['sha256'],
  cases: ['id'],
  case_events: ['id'],
  protection_determinations: ['id'],
  protection_fact_versions: ['determination_id', 'version'],
  reward_proposals: ['id'],
};

/** Applies the edit to one row of the case, runs `check`, and puts the row back. Undefined when no row fits. */
export async function withDbEdit<T>(
  pool: pg.Pool,
  caseId: string,
  edit: DbEdit,
  check: () => Promise<T>,
): Promise<T | undefined> {
  const found = await pool.query(`select row_to_json(t) as row from ${edit.table} t where ${edit.where} limit 1`, [
    caseId,
  ]);
  if (found.rowCount === 0) return undefined;
  const row = found.rows[0].row as Record<string, unknown>;
  const keys = KEYS[edit.table]!;
  const match = keys.map((k, i) => `${k} = $${i + 1}`).join(' and ');
  const keyValues = keys.map((k) => row[k]);
  if (edit.delete) await pool.query(`delete from ${edit.table} where ${match}`, keyValues);
  else await pool.query(`update ${edit.table} set ${edit.set} where ${match}`, keyValues);
  try {
    return await check();
  } finally {
    if (edit.delete) {
      await pool.query(
        `insert into ${edit.table} overriding system value select * from json_populate_record(null::${edit.table}, $1)`,
        [row],
      );
    } else {
      const cols = (await writableColumns(pool, edit.table)).filter((c) => !keys.includes(c));
      const sets = cols.map((c) => `${c} = r.${c}`).join(', ');
      await pool.query(
        `update ${edit.table} t set ${sets} from json_populate_record(null::${edit.table}, $1) r where ${keys.map((k) => `t.${k} = r.${k}`).join(' and ')}`,
        [row],
      );
    }
  }
}

async function writableColumns(pool: pg.Pool, table: string): Promise<string[]> {
  const r = await pool.query(
    `select column_name from information_schema.columns where table_name = $1 and table_schema = current_schema() and is_generated = 'NEVER' and is_identity = 'NO' order by ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.column_name as string);
}
