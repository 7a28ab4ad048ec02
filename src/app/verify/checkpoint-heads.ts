import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';

export interface ChainHead {
  id: string;
  event_count: number;
  head_hash: string | null;
}

/**
 * How many rows the next step of a checkpoint takes, so that no step holds what requests share
 * longer than `stepMs`: each kind of piece (reading, hashing, writing) keeps its cost per row,
 * and the slowest sets the size. What a step holds depends on the database:
 * - `'connection'` (PGlite): the embedded database has one connection, so a statement holds every
 *   request for its whole duration, although it runs on the database's own thread; the cost is
 *   the piece's wall time.
 * - `'event-loop'` (PostgreSQL): requests have connections of their own, and waiting for the
 *   server costs this process nothing; the cost is the time the event loop was busy, so batches
 *   grow.
 */
export class Pacer {
  private readonly perRow = new Map<string, number>();
  constructor(
    readonly stepMs: number,
    readonly holds: 'connection' | 'event-loop' = 'event-loop',
    readonly min = 10,
    readonly max = 20_000,
  ) {}
  get size(): number {
    const slowest = Math.max(0, ...this.perRow.values());
    if (slowest === 0) return Math.min(this.max, Math.max(this.min, 200));
    return Math.min(this.max, Math.max(this.min, Math.floor(this.stepMs / slowest)));
  }
  /** Runs one piece of a step over `rows` rows and learns how long a row held what requests share. */
  async timed<T>(kind: string, rows: number, work: () => Promise<T> | T): Promise<T> {
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const result = await work();
    const held =
      this.holds === 'connection' ? performance.now() - started : performance.eventLoopUtilization(before).active;
    const rate = held / Math.max(1, rows);
    const known = this.perRow.get(kind);
    this.perRow.set(kind, known === undefined ? rate : (known + rate) / 2);
    return result;
  }
}

/**
 * Every chain's head, keyset-paginated on the primary key: one short statement per batch, so a
 * first checkpoint over a million cases never holds the database for long.
 */
export async function* everyHead(app: AppContext, pacer: Pacer): AsyncGenerator<ChainHead[]> {
  let after: string | undefined;
  for (;;) {
    const limit = pacer.size;
    const from = after;
    const heads = await pacer.timed('read', limit, () => {
      let q = app.db
        .selectFrom('cases')
        .select(['id', 'event_count', 'head_hash'])
        .where('head_hash', 'is not', null)
        .orderBy('id')
        .limit(limit);
      if (from !== undefined) q = q.where('id', '>', from);
      return q.execute();
    });
    if (heads.length === 0) return;
    yield heads;
    if (heads.length < limit) return;
    after = heads.at(-1)!.id;
  }
}

/** The heads of the chains with an event numbered in (from, upTo], a range of events at a time. */
export async function* movedHeads(
  app: AppContext,
  from: number,
  upTo: number,
  pacer: Pacer,
): AsyncGenerator<ChainHead[]> {
  const EVENTS_PER_RANGE = 10_000;
  for (let start = from; start < upTo; start += EVENTS_PER_RANGE) {
    const end = Math.min(upTo, start + EVENTS_PER_RANGE);
    const moved = await pacer.timed('moved', EVENTS_PER_RANGE, () =>
      app.db
        .selectFrom('case_events')
        .select('case_id')
        .distinct()
        .where(sql<string>`id`, '>', String(start))
        .where(sql<string>`id`, '<=', String(end))
        .execute(),
    );
    for (let i = 0; i < moved.length; ) {
      const chains = moved.slice(i, i + pacer.size).map((m) => m.case_id);
      i += chains.length;
      yield await pacer.timed('read', chains.length, () =>
        app.db
          .selectFrom('cases')
          .select(['id', 'event_count', 'head_hash'])
          .where('id', 'in', chains)
          .orderBy('id')
          .execute(),
      );
    }
  }
}

/** The latest head the log holds for each of these chains. */
export async function latestLogged(app: AppContext, chains: string[]) {
  const known = await app.db
    .selectFrom('checkpoint_leaves')
    .select(['chain', 'size', 'head'])
    .distinctOn('chain')
    .where('chain', 'in', chains)
    .orderBy('chain')
    .orderBy('leaf_index', 'desc')
    .execute();
  return new Map(known.map((k) => [k.chain, k]));
}
