import { createHash } from 'node:crypto';

/** What a query runner must do for the manifest: PGlite's own client and a `pg` client both fit. */
export interface Queryable {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * Written beside every backup and checked after every restore: the row count of every table and
 * a fingerprint of every chain's length and head, read in the same snapshot as the copy itself.
 */
export interface BackupManifest {
  khien: 1;
  format: 'pg_dump-custom' | 'pglite-datadir-tgz';
  file: string;
  createdAt: string;
  /** The tool that wrote the copy, with its version (pg_dump's, or PGlite's). */
  tool: string;
  schema: string;
  tables: Record<string, number>;
  chains: { cases: number; events: number; headsSha256: string };
}

export async function tableCounts(db: Queryable): Promise<{ schema: string; tables: Record<string, number> }> {
  const { rows: schemaRows } = await db.query<{ schema: string }>('select current_schema() as schema');
  const schema = schemaRows[0]!.schema;
  const { rows } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const tables: Record<string, number> = {};
  for (const { name } of rows) {
    const { rows: n } = await db.query<{ n: number }>(`select count(*)::int as n from "${name.replace(/"/g, '""')}"`);
    tables[name] = n[0]!.n;
  }
  return { schema, tables };
}

/** Every case's code, chain length and head hash, hashed in code order: equal means the same chains. */
export async function chainFingerprint(db: Queryable): Promise<BackupManifest['chains']> {
  const { rows } = await db.query<{ code: string; event_count: number; head_hash: string | null }>(
    'select code, event_count, head_hash from cases order by code',
  );
  const hash = createHash('sha256');
  let events = 0;
  for (const r of rows) {
    hash.update(`${r.code}|${r.event_count}|${r.head_hash ?? ''}\n`);
    events += Number(r.event_count);
  }
  return { cases: rows.length, events, headsSha256: hash.digest('hex') };
}

/** The differences between a manifest and what a restored database holds; empty when they match. */
export function manifestDifferences(
  expected: Pick<BackupManifest, 'tables' | 'chains'>,
  actual: Pick<BackupManifest, 'tables' | 'chains'>,
): string[] {
  const out: string[] = [];
  for (const [table, n] of Object.entries(expected.tables)) {
    if (actual.tables[table] !== n)
      out.push(`${table}: ${n} rows at backup, ${actual.tables[table] ?? 'no table'} now`);
  }
  for (const key of ['cases', 'events', 'headsSha256'] as const) {
    if (expected.chains[key] !== actual.chains[key])
      out.push(`chains.${key}: ${expected.chains[key]} at backup, ${actual.chains[key]} now`);
  }
  return out;
}
