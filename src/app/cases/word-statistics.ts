import type { Db } from '../../db/kysely.ts';
import { readWordStatistics, type WordStatistics } from '../../db/repositories/search-statistics-repository.ts';

/**
 * A search whose words, by the statistics, occur in at most this many cases is made whole at once:
 * the words' index hands over at most this many rows, which costs less than walking the latest
 * changes, and the walk could not fill a page anyway (5,000 changes hold about 5 of 1,000
 * matches among a million cases).
 */
export const RARE_WORDS_MATCH_AT_MOST = 1_000;

/**
 * At most how many cases hold every one of these words: the least common word's share of all
 * cases. A word the statistics do not list is in at most their `unlisted` share.
 * Null when there are no statistics: then nothing is known, and the search looks first.
 */
export function matchesAtMost(words: readonly string[], s: WordStatistics | null): number | null {
  if (!s || words.length === 0) return null;
  const share = Math.min(...words.map((w) => s.frequencies.get(w) ?? s.unlisted));
  return Math.ceil(share * s.rows);
}

/**
 * The statistics change only when PostgreSQL analyses the table again (autovacuum, after a tenth of
 * the rows changed), so each process reads them once in a while, not once per search. Stale
 * statistics cost time, never a different page: both ways of searching give the same pages.
 */
const REREAD_AFTER_MS = 5 * 60_000;
const cached = new WeakMap<object, { at: number; value: Promise<WordStatistics | null> }>();

export function wordStatistics(db: Db, nowMs = Date.now()): Promise<WordStatistics | null> {
  const hit = cached.get(db);
  if (hit && nowMs - hit.at < REREAD_AFTER_MS) return hit.value;
  // A failed read (a connection lost, say) is a hint missing, not an error of the search: the search
  // then looks first, as without statistics, until the next read.
  const value = readWordStatistics(db).catch(() => null);
  cached.set(db, { at: nowMs, value });
  return value;
}

/** Forgets what was read, so that the next search reads the statistics again (after an ANALYZE). */
export function forgetWordStatistics(db: Db): void {
  cached.delete(db);
}
