import type pg from 'pg';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import type { CaseSim } from './case-sim.ts';
import { insertJson } from './bulk.ts';

/** The shard of a case's tallies: the same rule as `stat_shard` in migration 004. */
export const shardOf = (caseId: string) => parseInt(caseId.slice(-2), 16) & 3;

/**
 * The statistics rows of generated cases, summed in memory and added to the tables at the end
 * of each chunk: the same figures `withTransitionTallies` and the tallies' triggers would have kept
 * (the smoke test checks them against `stat_rebuild()`), without a rebuild over 20 M events.
 */
export class StatDeltas {
  /** migration 018's tallies by the year of the proposal: unit|figure|year|k1|k2|shard → [n, seconds]. */
  private tallies = new Map<string, [number, number]>();
  private cases: { case_id: string; state: string; domain: string; entered_at: string }[] = [];

  add(sim: CaseSim, ancestors: string[]): void {
    const shard = shardOf(sim.id);
    const row = sim.caseRow();
    const bump = <V>(m: Map<string, V>, key: string, f: (v: V | undefined) => V) => m.set(key, f(m.get(key)));
    const year = vietnamDate(new Date(sim.createdAt)).slice(0, 4);
    const tally = (u: string, figure: string, k1: string, k2: string, seconds: number) =>
      bump(this.tallies, `${u}|${figure}|${year}|${k1}|${k2}|${shard}`, (v): [number, number] => [
        (v?.[0] ?? 0) + 1,
        (v?.[1] ?? 0) + seconds,
      ]);
    const outcome = sim.events.find((e) => e.type === 'evaluated')?.payload.outcome as string | undefined;
    for (const u of ancestors) {
      tally(u, 'state', row.state, row.domain, 0);
      if (row.due_on) tally(u, 'due', row.due_on, '', 0);
      if (outcome) tally(u, 'outcome', outcome, '', 0);
      for (let i = 0; i + 1 < sim.entries.length; i++)
        tally(u, 'duration', sim.entries[i]!.state, '', (sim.entries[i + 1]!.at - sim.entries[i]!.at) / 1000);
    }
    this.cases.push({
      case_id: sim.id,
      state: row.state,
      domain: row.domain,
      entered_at: new Date(sim.entries.at(-1)!.at).toISOString(),
    });
  }

  async flush(client: pg.PoolClient): Promise<void> {
    const split = (k: string) => k.split('|');
    await insertJson(
      client,
      'stat_tallies',
      [...this.tallies].map(([k, [n, seconds]]) => {
        const [unit_id, figure, year, k1, k2, shard] = split(k);
        return { unit_id, figure, year: Number(year), k1, k2, shard: Number(shard), n, seconds };
      }),
      {
        conflict:
          'on conflict (unit_id, figure, year, k1, k2, shard) do update set n = t.n + excluded.n, seconds = t.seconds + excluded.seconds',
      },
    );
    // Migration 030's roll-up of the state tallies, which its trigger would have kept.
    const unitYears = new Map<string, number>();
    for (const [k, [n]] of this.tallies) {
      const [unit_id, figure, year, , , shard] = split(k);
      if (figure !== 'state') continue;
      const key = `${unit_id}|${year}|${shard}`;
      unitYears.set(key, (unitYears.get(key) ?? 0) + n);
    }
    await insertJson(
      client,
      'stat_unit_years',
      [...unitYears].map(([k, n]) => {
        const [unit_id, year, shard] = split(k);
        return { unit_id, year: Number(year), shard: Number(shard), n };
      }),
      { conflict: 'on conflict (unit_id, year, shard) do update set n = t.n + excluded.n' },
    );
    await insertJson(client, 'stat_case_state', this.cases);
    this.tallies.clear();
    this.cases = [];
  }
}
