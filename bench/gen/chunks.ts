import type pg from 'pg';
import { DECREE_73_PROFILE } from '../../src/domain/profile/procedure-profile.ts';
import { vietnamDate, type WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { insertJson } from './bulk.ts';
import { CaseSim } from './case-sim.ts';
import { Lifecycle, type Stop } from './lifecycle.ts';
import type { Programme } from './programme.ts';
import { buildProvince, buildRoot, emptyOrg, type GenPerson, type Org } from './org.ts';
import { Rng } from './rng.ts';
import type { Scale } from './scales.ts';
import { StatDeltas } from './stats.ts';
import { caseTitle, DOMAIN_WEIGHTS } from './vietnamese.ts';

const DAY = 86_400_000;
const SPANS_PROVINCES = '00000000-0000-0000-0000-000000000000';

/** `cases.province_id` as migration 029's trigger computes it (triggers are off during the bulk load). */
function provinceOf(org: Org, c: CaseSim): string | null {
  const units = [c.proposer.unit_id, ...c.routeUnitIds, ...c.routeAncestorIds, ...c.routePartyIds];
  const found = new Set<string>();
  for (const id of units) {
    const path = org.unit.get(id)?.ancestor_ids ?? [];
    const province = path.findLast((a) => org.unit.get(a)?.type_code === 'province');
    if (province) found.add(province);
  }
  return found.size === 0 ? null : found.size === 1 ? [...found][0]! : SPANS_PROVINCES;
}

export interface ChunkResult {
  cases: number;
  events: number;
}

/** One province's organisation, rebuilt identically on every run from its seed. */
export function provinceOrg(p: number, scale: Scale, passwordHash: string): Org {
  const org = emptyOrg();
  buildProvince(org, buildRoot(emptyOrg(), passwordHash), p, scale, passwordHash);
  return org;
}

export async function insertOrg(client: pg.PoolClient, org: Org): Promise<void> {
  await insertJson(
    client,
    'units',
    org.units.map(({ kind: _k, place: _p, ...u }) => u),
  );
  await insertJson(client, 'people', org.people);
  await insertJson(client, 'role_grants', org.grants);
}

/** Case codes are numbered per year across the whole run; the counters live in the app's own table. */
export class CodeCounters {
  private last = new Map<number, number>();
  static async load(client: pg.PoolClient): Promise<CodeCounters> {
    const c = new CodeCounters();
    for (const r of (await client.query('select year, last from case_code_counters')).rows) c.last.set(r.year, r.last);
    // The server's creates number from the year's sequence, which may be past the counter by now.
    const sequences = await client.query(
      `select substr(sequencename, 11)::int as year, last_value from pg_sequences
        where schemaname = current_schema() and sequencename ~ '^case_code_[0-9]{4}$' and last_value is not null`,
    );
    for (const r of sequences.rows) c.last.set(r.year, Math.max(c.last.get(r.year) ?? 0, Number(r.last_value)));
    return c;
  }
  next(year: number): string {
    const n = (this.last.get(year) ?? 0) + 1;
    this.last.set(year, n);
    return `TH-${year}-${String(n).padStart(6, '0')}`;
  }
  async save(client: pg.PoolClient): Promise<void> {
    await insertJson(
      client,
      'case_code_counters',
      [...this.last].map(([year, last]) => ({ year, last })),
      {
        conflict: 'on conflict (year) do update set last = excluded.last',
      },
    );
    // The server numbers from a sequence per year once it has made one: move it past the generated codes.
    for (const [year, last] of this.last)
      await client.query(`select setval(to_regclass($1), $2) where to_regclass($1) is not null`, [
        `case_code_${year}`,
        last,
      ]);
  }
}

/** Picks proposers by activity in O(log n). */
function proposerPicker(org: Org, rng: Rng): () => GenPerson {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of org.proposers) cumulative.push((total += w));
  return () => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return org.proposers[lo]![0];
  };
}

interface Planned {
  proposer: GenPerson;
  createdAt: number;
  stop?: Stop;
}

/** Generates and stores cases in batches, so a province never has to fit in memory at once. */
export async function writeCases(
  client: pg.PoolClient,
  org: Org,
  seed: string,
  planned: Planned[],
  now: number,
  codes: CodeCounters,
  calendar: WorkingCalendar,
  /** Campaigns to register in and models to adopt: the province's history, not the write reserve. */
  programme?: Programme,
): Promise<ChunkResult> {
  const rng = Rng.for(seed);
  const stats = new StatDeltas();
  planned.sort((a, b) => a.createdAt - b.createdAt);
  let batch: CaseSim[] = [];
  let events = 0;
  const flush = async () => {
    await insertJson(
      client,
      'cases',
      batch.map((c) => ({ ...c.caseRow(), province_id: provinceOf(org, c) })),
      { batch: 1000 },
    );
    await insertJson(
      client,
      'plan_versions',
      batch.flatMap((c) => c.plans),
      { batch: 500 },
    );
    await insertJson(
      client,
      'case_events',
      batch.flatMap((c) => c.events),
      { batch: 4000 },
    );
    await insertJson(
      client,
      'work_items',
      batch.flatMap((c) => c.workItems()),
    );
    await programme?.flush(client);
    for (const c of batch) stats.add(c, org.unit.get(c.proposer.unit_id)!.ancestor_ids);
    events += batch.reduce((a, c) => a + c.events.length, 0);
    batch = [];
  };
  for (const p of planned) {
    const unit = org.unit.get(p.proposer.unit_id)!;
    const origin = programme?.originFor(rng, unit.id, p.createdAt);
    const domain = origin?.domain ?? rng.weighted(DOMAIN_WEIGHTS);
    const year = Number(vietnamDate(new Date(p.createdAt)).slice(0, 4));
    const own = caseTitle(rng, domain, unit.place);
    const { title, plan } = origin ? programme!.adoptedPlan(origin, unit.place) : { title: own, plan: undefined };
    const sim = new CaseSim(
      rng.uuid(),
      codes.next(year),
      title,
      domain,
      rng.chance(0.05),
      p.proposer,
      DECREE_73_PROFILE,
      calendar,
      p.createdAt,
      plan ?? demoPlan(title, domain, year),
      origin ? { caseId: origin.caseId, code: origin.code } : null,
    );
    programme?.link(rng, sim);
    new Lifecycle(sim, org, rng, now, p.stop, programme?.shares.model).run();
    programme?.record(sim);
    batch.push(sim);
    if (batch.length >= 500) await flush();
  }
  await flush();
  await stats.flush(client);
  await codes.save(client);
  return { cases: planned.length, events };
}

/** The realistic history of one province: cases spread over the years, more in recent ones. */
export function plannedHistory(org: Org, p: number, scale: Scale, now: number): Planned[] {
  const rng = Rng.for('history', p);
  const pick = proposerPicker(org, rng);
  const span = scale.years * 365 * DAY;
  return Array.from({ length: scale.casesPerProvince }, () => {
    // Density grows linearly to three times the first year's: x solves (x + x²)/2 = u.
    const x = (-1 + Math.sqrt(1 + 8 * rng.next())) / 2;
    return { proposer: pick(), createdAt: Math.floor(now - span * (1 - x) - rng.between(0, 3) * DAY) };
  });
}

/**
 * Recent cases stopped where the write benchmark acts on them, all proposed by a few dozen
 * people of the first province's departments, so that the benchmark signs in few accounts.
 */
export function plannedReserve(org: Org, scale: Scale, now: number, round: number): Planned[] {
  const rng = Rng.for('reserve', round);
  const personas = org.proposers
    .map(([person]) => person)
    .filter((person) => org.unit.get(person.unit_id)!.kind === 'dept' && org.head.get(person.unit_id) !== person.id)
    .slice(0, 40);
  const kinds: [Stop, number][] = [
    ['draft', scale.reservePerKind],
    ['ready_to_vote', scale.reservePerKind],
    ['awaiting_completion_report', scale.reservePerKind],
    ['in_implementation', Math.ceil(scale.reservePerKind / 5)],
  ];
  return kinds.flatMap(([stop, n]) =>
    Array.from({ length: n }, () => ({
      proposer: rng.pick(personas),
      createdAt: Math.floor(now - rng.between(5, 8) * DAY),
      stop,
    })),
  );
}
