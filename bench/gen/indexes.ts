import type pg from 'pg';

const BULK_TABLES = ['cases', 'case_events', 'plan_versions', 'work_items'];

/**
 * Secondary indexes are dropped for the bulk load and built once at the end: maintaining five
 * GIN indexes and random-UUID btrees row by row made each national chunk slower than the last
 * (49 s for the first province, 94 s for the fourth). The definitions are kept in bench_meta
 * first, so an interrupted run still rebuilds exactly what the migrations created.
 * Indexes behind a constraint (primary keys, unique codes and sequence numbers) stay.
 */
export async function dropSecondaryIndexes(pool: pg.Pool): Promise<void> {
  const saved = await pool.query(`select value from bench_meta where key = 'dropped_indexes'`);
  if (saved.rowCount) return;
  const defs = (
    await pool.query(
      `select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = any($1)
       and indexname not in (select conname from pg_constraint where connamespace = current_schema()::regnamespace)`,
      [BULK_TABLES],
    )
  ).rows as { indexname: string; indexdef: string }[];
  await pool.query(`insert into bench_meta (key, value) values ('dropped_indexes', $1)`, [JSON.stringify(defs)]);
  for (const d of defs) await pool.query(`drop index if exists "${d.indexname}"`);
}

export async function restoreIndexes(
  pool: pg.Pool,
  kind: 'pglite' | 'postgres',
  log: (s: string) => void,
): Promise<void> {
  const saved = await pool.query(`select value from bench_meta where key = 'dropped_indexes'`);
  if (!saved.rowCount) return;
  const client = await pool.connect();
  try {
    await client.query(`set maintenance_work_mem = '${kind === 'postgres' ? '1GB' : '256MB'}'`);
    for (const d of JSON.parse(saved.rows[0].value) as { indexname: string; indexdef: string }[]) {
      const t0 = Date.now();
      await client.query(d.indexdef.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      log(`index ${d.indexname} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    await client.query(`delete from bench_meta where key = 'dropped_indexes'`);
  } finally {
    client.release();
  }
}
