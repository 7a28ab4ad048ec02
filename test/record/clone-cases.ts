import type pg from 'pg';

/**
 * Copies of one case, `count` of them, each with its own id, code and chain head (a made-up hash:
 * no events behind it), for measuring checkpoints over many chains without replaying each case.
 * Trigram search text is left empty so that the copies are quick to index.
 */
export async function cloneCases(pool: pg.Pool, templateId: string, count: number, batch = 50_000) {
  const columns = (
    await pool.query(
      `select column_name from information_schema.columns
       where table_name = 'cases' and table_schema = current_schema() and is_generated = 'NEVER'
         and column_name not in ('id', 'code', 'head_hash', 'search_text')`,
    )
  ).rows.map((r) => `"${r.column_name}"`);
  const list = columns.join(', ');
  const start = Number((await pool.query('select count(*) as n from cases')).rows[0].n);
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    await pool.query(
      `insert into cases (${list}, id, code, head_hash, search_text)
       select ${list}, gen_random_uuid(), 'CLONE-' || (g + $2::int), encode(sha256(convert_to(g::text || $3, 'UTF8')), 'hex'), ''
       from cases, generate_series(1, $4::int) as g where cases.id = $1`,
      [templateId, start + done, templateId, n],
    );
  }
}
