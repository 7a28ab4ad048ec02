import { sql, type QueryCreator } from 'kysely';
import type { DB } from '../schema.ts';

/** A case's move between states, as the precomputed statistics need it. */
export interface Transition {
  caseId: string;
  proposerUnitId: string;
  /** The deciding unit, once the case has been submitted. */
  receivingUnitId: string | null;
  domain: string;
  from: string | null;
  to: string;
  at: Date;
}

/**
 * Keeps the precomputed dashboard counters exact: written by the same statement as every state
 * change (`withTransitionTallies`), so counters can never disagree with the cases they count.
 *
 * Every counter row locked here stays locked until commit, so the shorter the tail of the
 * transaction the less concurrent transitions wait on the shared national and provincial rows:
 * these are the last writes before the commit. Rows are upserted in key order so that two
 * transitions can never lock the same rows in opposite orders; the due-date tallies that the
 * statement's own triggers keep come after them in every transition alike.
 *
 * The decrement comes from `stat_case_state` (what the case is counted as), not from `t.from`,
 * so a domain edited in between, or a caller's mistake, cannot make the counters drift. The case's
 * creation time comes from the caller: a case inserted by the same statement is not yet visible
 * to the statement's own reads.
 */
export function withTransitionTallies(q: QueryCreator<DB>, t: Transition & { createdAt: Date }): QueryCreator<DB> {
  return q
    .with(
      'stat_anc',
      () => sql`(select unnest(ancestor_ids) as unit_id from units where id = ${t.proposerUnitId}::uuid)`,
    )
    .with(
      'stat_prev',
      () => sql`(select state, domain, entered_at from stat_case_state where case_id = ${t.caseId}::uuid)`,
    )
    .with(
      'stat_track',
      () => sql`(insert into stat_case_state (case_id, state, domain, entered_at)
  values (${t.caseId}::uuid, ${t.to}, ${t.domain}, ${t.at}::timestamptz)
  on conflict (case_id) do update
    set state = excluded.state, domain = excluded.domain, entered_at = excluded.entered_at)`,
    )
    .with(
      'stat_deltas',
      () => sql`(select stat_anc.unit_id, stat_prev.state, stat_prev.domain, -1 as d from stat_anc, stat_prev
  union all
  select stat_anc.unit_id, ${t.to}::text, ${t.domain}::text, 1 from stat_anc)`,
    )
    .with(
      // The case's state, and the time it spent in the last one, by the year the proposal was made.
      'stat_tallied',
      () => sql`(insert into stat_tallies as t (unit_id, figure, year, k1, k2, shard, n, seconds)
  select x.unit_id, x.figure, stat_year(${t.createdAt}::timestamptz), x.k1, x.k2, stat_shard(${t.caseId}::uuid),
         sum(x.n)::int, sum(x.seconds)
  from (
    select unit_id, 'state' as figure, state as k1, domain as k2, d as n, 0::float8 as seconds from stat_deltas
    union all
    select stat_anc.unit_id, 'duration', stat_prev.state, '', 1,
           extract(epoch from ${t.at}::timestamptz - stat_prev.entered_at)::float8
    from stat_anc, stat_prev
  ) x
  group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5
  on conflict (unit_id, figure, year, k1, k2, shard) do update
    set n = t.n + excluded.n, seconds = t.seconds + excluded.seconds)`,
    ) as unknown as QueryCreator<DB>;
}
