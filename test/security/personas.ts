import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * The demo personas the security tests call the API as: one of each role and relation of the
 * Finance department's cases, officials of another unit and province-wide roles, and nobody.
 */
export const PERSONAS = {
  proposer: 'truongphong.stc',
  head: 'giamdoc.stc',
  deputy: 'phogiamdoc1.stc',
  colleague: 'chuyenvien.stc',
  partyLiaison: 'dangu.ducq',
  appraiser: 'thamdinh.skhcn',
  inspector: 'thanhtra',
  orgOfficer: 'tochuc.snv',
  administrator: 'quantri',
  foreignHead: 'giamdoc.snv',
  foreignCommuneHead: 'chutich.tanphu',
  foreignLiaison: 'dangu.tanphu',
} as const;

export type Persona = keyof typeof PERSONAS | 'anonymous';

export async function signInAll(t: TestApp): Promise<Record<Persona, TestClient>> {
  const clients = { anonymous: t.anonymous() } as Record<Persona, TestClient>;
  for (const [persona, username] of Object.entries(PERSONAS)) clients[persona as Persona] = await t.login(username);
  return clients;
}

/**
 * The tables a request could write (sessions, sign-in and second-factor throttling and stored
 * idempotent answers excepted: a refused sign-in or code is counted on purpose). Read once per app: the schema does not change
 * while a test runs, and the catalogue query costs as much as the counts themselves.
 */
const writableTables = new WeakMap<TestApp, Promise<string[]>>();
function tablesOf(t: TestApp): Promise<string[]> {
  let tables = writableTables.get(t);
  if (!tables) {
    tables = t.runtime.database.pool
      .query(
        `select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
            and table_name not in ('sessions', 'login_attempts', 'second_factor_attempts', 'idempotency_keys') and table_name not like 'kysely%'
          order by table_name`,
      )
      .then((r) => r.rows.map((row: { table_name: string }) => row.table_name));
    writableTables.set(t, tables);
  }
  return tables;
}

/**
 * One JSON object with a value per table: `json_build_object` takes at most 100 arguments (50
 * tables), so the tables go in groups whose objects are merged.
 */
function jsonOf(tables: string[], value: (table: string) => string): string {
  const groups: string[] = [];
  for (let i = 0; i < tables.length; i += 40) {
    const pairs = tables.slice(i, i + 40).map((n) => `'${n}', ${value(n)}`);
    groups.push(`jsonb_build_object(${pairs.join(', ')})`);
  }
  return groups.length ? groups.join(' || ') : `'{}'::jsonb`;
}

/** Row counts of every table a request could write, in one statement. */
export async function countRows(t: TestApp): Promise<Record<string, number>> {
  const tables = await tablesOf(t);
  const r = await t.runtime.database.pool.query({
    name: 'security-row-counts',
    text: `select ${jsonOf(tables, (n) => `(select count(*) from "${n}")`)} as counts`,
  });
  return r.rows[0].counts;
}

/**
 * What every table a request could write holds, per table: its row count and the newest
 * transaction id among its visible rows (`xmin`). An insert or delete changes the count; an
 * insert or update that committed leaves its own, newer transaction id on the row it wrote; so
 * the fingerprint is unchanged only if nothing was written (a rolled-back write leaves no
 * visible row). One statement, whatever the number of tables, prepared once per connection:
 * planning its fifty subqueries costs several times more than running them.
 */
export async function writeFingerprint(t: TestApp): Promise<Record<string, string>> {
  const tables = await tablesOf(t);
  const r = await t.runtime.database.pool.query({
    name: 'security-write-fingerprint',
    text: `select ${jsonOf(
      tables,
      (n) => `(select count(*) || ' rows, newest xmin ' || coalesce(max(xmin::text::bigint), 0) from "${n}")`,
    )} as fingerprint`,
  });
  return r.rows[0].fingerprint;
}

/**
 * The next transaction id: it moves when any transaction that wrote (or locked a row) ends, and
 * never for reads. Unchanged means nothing was written, without counting every table.
 */
export async function nextTransactionId(t: TestApp): Promise<string> {
  const r = await t.runtime.database.pool.query({
    name: 'security-next-transaction-id',
    text: 'select pg_snapshot_xmax(pg_current_snapshot())::text as x',
  });
  return r.rows[0].x;
}
