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

/** Row counts of every table a request could write, in one statement (sessions, sign-in throttling and stored idempotent answers excepted: a refused sign-in is counted on purpose). */
export async function countRows(t: TestApp): Promise<Record<string, number>> {
  const pool = t.runtime.database.pool;
  const tables = (
    await pool.query(
      `select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'
          and table_name not in ('sessions', 'login_attempts', 'idempotency_keys') and table_name not like 'kysely%'
        order by table_name`,
    )
  ).rows.map((r: { table_name: string }) => r.table_name);
  const r = await pool.query(
    `select json_build_object(${tables.map((n: string) => `'${n}', (select count(*) from "${n}")`).join(', ')}) as counts`,
  );
  return r.rows[0].counts;
}

/**
 * The next transaction id: it moves when any transaction that wrote (or locked a row) ends, and
 * never for reads. Unchanged means nothing was written, without counting every table.
 */
export async function nextTransactionId(t: TestApp): Promise<string> {
  return (await t.runtime.database.pool.query('select pg_snapshot_xmax(pg_current_snapshot())::text as x')).rows[0].x;
}
