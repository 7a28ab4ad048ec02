import { sql } from 'kysely';
import type { Db } from '../kysely.ts';

/**
 * What PostgreSQL's own statistics (ANALYZE) know of the words cases contain: the number of cases,
 * and the share of cases holding each of the most common words. A word the list does not hold is
 * in at most `unlisted` of the cases.
 */
export interface WordStatistics {
  rows: number;
  frequencies: ReadonlyMap<string, number>;
  unlisted: number;
}

interface Raw {
  rows: number;
  words: string[] | null;
  freqs: number[] | null;
  counts: number[] | null;
  target: number;
}

/**
 * `pg_stats` for `cases.search_words`. `most_common_elem_freqs` holds one share per listed word,
 * then the least and greatest of those shares and the share of null elements; the last entry of
 * `elem_count_histogram` is the average number of distinct words per case.
 *
 * How rare an unlisted word is follows from how ANALYZE builds the list (`compute_array_stats`,
 * lossy counting over the sample): it keeps up to `target × 10` words, and drops every word seen
 * less than `s × N` times, where N counts the words of the sampled cases and
 * `s = 10 / (target × 10,000 / 7)`. So, when the list is not full, an unlisted word was in fewer
 * than `s × average words per case` of the sampled cases; when it is full, in no more than the
 * least listed one. Null when the table has not been analysed, or nothing was listed.
 */
export async function readWordStatistics(db: Db): Promise<WordStatistics | null> {
  const { rows } = await sql<Raw>`
    select c.reltuples::float8 as rows, s.most_common_elems::text::text[] as words,
           s.most_common_elem_freqs::float8[] as freqs, s.elem_count_histogram::float8[] as counts,
           coalesce(nullif(a.attstattarget, -1), current_setting('default_statistics_target')::int)::int as target
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'search_words'
    left join pg_stats s
      on s.schemaname = c.relnamespace::regnamespace::name and s.tablename = c.relname and s.attname = a.attname
    where c.oid = 'cases'::regclass`.execute(db);
  return wordStatisticsOf(rows[0]);
}

export function wordStatisticsOf(r: Raw | undefined): WordStatistics | null {
  const words = r?.words ?? [];
  const freqs = r?.freqs ?? [];
  const cases = r?.rows ?? 0;
  if (!r || !words.length || freqs.length < words.length + 1 || cases <= 0) return null;
  const frequencies = new Map(words.map((w, i) => [w, freqs[i]!]));
  const least = freqs[words.length]!;
  const average = r.counts?.at(-1);
  const full = words.length >= r.target * 10;
  const cutoff = average && r.target > 0 ? (10 * average) / ((r.target * 10 * 1000) / 7) : least;
  return { rows: cases, frequencies, unlisted: full ? least : Math.min(least, cutoff) };
}
