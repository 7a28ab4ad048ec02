import { sql } from 'kysely';
import type { Db } from '../kysely.ts';

/**
 * What PostgreSQL's own statistics (ANALYZE) know of the words cases contain: the number of cases,
 * and the share of cases holding each of the most common words. A word the list does not hold is at
 * most as common as the least common word it holds (`floor`).
 */
export interface WordStatistics {
  rows: number;
  frequencies: ReadonlyMap<string, number>;
  floor: number;
}

/**
 * `pg_stats` for `cases.search_words`: `most_common_elem_freqs` holds one share per listed word,
 * then the least and greatest of those shares and the share of null elements. Null when the table
 * has not been analysed yet, or when no word was common enough to be listed (nothing to go by).
 */
export async function readWordStatistics(db: Db): Promise<WordStatistics | null> {
  const { rows } = await sql<{ rows: number; words: string[] | null; freqs: number[] | null }>`
    select c.reltuples::float8 as rows, s.most_common_elems::text::text[] as words,
           s.most_common_elem_freqs::float8[] as freqs
    from pg_class c
    left join pg_stats s
      on s.schemaname = c.relnamespace::regnamespace::name and s.tablename = c.relname and s.attname = 'search_words'
    where c.oid = 'cases'::regclass`.execute(db);
  const words = rows[0]?.words ?? [];
  const freqs = rows[0]?.freqs ?? [];
  const cases = rows[0]?.rows ?? 0;
  if (!words.length || freqs.length < words.length + 1 || cases <= 0) return null;
  const frequencies = new Map(words.map((w, i) => [w, freqs[i]!]));
  return { rows: cases, frequencies, floor: freqs[words.length]! };
}
