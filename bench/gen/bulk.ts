import type pg from 'pg';

/**
 * Bulk insert through one JSON parameter per batch (`json_populate_recordset`): a few thousand
 * rows per round trip, the same statement on PostgreSQL and on PGlite (which has no COPY stream
 * behind its node-postgres adapter), with the table's own column types doing the conversion.
 */
/** Columns the generator leaves to their defaults on purpose (anything else missing is an error). */
const DEFAULTED: Record<string, string[]> = {
  units: ['active', 'created_at'],
  // Generated people set their own passwords: no change is due, and none has been made yet.
  people: ['active', 'created_at', 'must_change_password', 'password_changed_at'],
  role_grants: ['granted_at', 'granted_by'],
  case_events: ['id'],
  plan_task_reports: ['id'],
  plan_task_urges: ['id'],
};
const checked = new Set<string>();

/**
 * Fails when the table has a column the generator does not fill: the schema moves while the
 * project is young, and a silently defaulted column (a counter left at 0) would make the data
 * unlike what the app writes.
 */
async function checkColumns(client: pg.PoolClient, table: string, provided: string[]): Promise<void> {
  if (checked.has(table)) return;
  const r = await client.query(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER'`,
    [table],
  );
  const missing = r.rows
    .map((x) => x.column_name as string)
    .filter((c) => !provided.includes(c) && !(DEFAULTED[table] ?? []).includes(c));
  if (missing.length)
    throw new Error(`the generator does not fill ${table}.${missing.join(', ')}: update bench/gen for the new schema`);
  checked.add(table);
}

export async function insertJson(
  client: pg.PoolClient,
  table: string,
  rows: readonly object[],
  opts: { conflict?: string; batch?: number } = {},
): Promise<void> {
  if (rows.length === 0) return;
  await checkColumns(client, table, Object.keys(rows[0]!));
  const columns = Object.keys(rows[0]!).join(', ');
  const batch = opts.batch ?? 2000;
  for (let i = 0; i < rows.length; i += batch) {
    await client.query(
      `insert into ${table} as t (${columns}) select ${columns} from json_populate_recordset(null::${table}, $1::json) ${opts.conflict ?? ''}`,
      [JSON.stringify(rows.slice(i, i + batch))],
    );
  }
}
