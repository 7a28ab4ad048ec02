import { sql } from 'kysely';
import type { Tx } from '../kysely.ts';

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
 * Keeps the precomputed dashboard counters exact: called in the same transaction as every state
 * change, so counters can never disagree with the cases they count.
 *
 * One statement, one round trip: the caller holds the case row lock, and every counter row
 * locked here stays locked until commit, so the shorter the tail of the transaction the less
 * concurrent transitions wait on the shared national and provincial rows. Rows are upserted in
 * key order so that two transitions can never lock the same rows in opposite orders.
 *
 * The decrement comes from `stat_case_state` (what the case is counted as), not from `t.from`,
 * so a domain edited in between, or a caller's mistake, cannot make the counters drift.
 */
export async function recordTransition(tx: Tx, t: Transition): Promise<void> {
  await sql`
with anc as (
  select unnest(ancestor_ids) as unit_id from units where id = ${t.proposerUnitId}::uuid
),
prev as (
  select state, domain, entered_at from stat_case_state where case_id = ${t.caseId}::uuid
),
track as (
  insert into stat_case_state (case_id, state, domain, entered_at)
  values (${t.caseId}::uuid, ${t.to}, ${t.domain}, ${t.at}::timestamptz)
  on conflict (case_id) do update
    set state = excluded.state, domain = excluded.domain, entered_at = excluded.entered_at
),
deltas as (
  select anc.unit_id, prev.state, prev.domain, -1 as d from anc, prev
  union all
  select anc.unit_id, ${t.to}::text, ${t.domain}::text, 1 from anc
),
-- The case's state, and the time it spent in the last one, by the year the proposal was made.
tallies as (
  insert into stat_tallies as t (unit_id, figure, year, k1, k2, shard, n, seconds)
  select x.unit_id, x.figure, stat_year(c.created_at), x.k1, x.k2, stat_shard(c.id), sum(x.n)::int, sum(x.seconds)
  from (
    select unit_id, 'state' as figure, state as k1, domain as k2, d as n, 0::float8 as seconds from deltas
    union all
    select anc.unit_id, 'duration', prev.state, '', 1,
           extract(epoch from ${t.at}::timestamptz - prev.entered_at)::float8
    from anc, prev
  ) x, cases c
  where c.id = ${t.caseId}::uuid
  group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5
  on conflict (unit_id, figure, year, k1, k2, shard) do update
    set n = t.n + excluded.n, seconds = t.seconds + excluded.seconds
)
select 1`.execute(tx);
}
