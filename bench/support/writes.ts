import type { Db } from '../../src/db/kysely.ts';
import { loadChain } from '../../src/db/repositories/event-repository.ts';
import { verifyChain } from '../../src/domain/audit/hash-chain.ts';
import type { Op } from './load.ts';
import type { WriteTarget } from './targets.ts';

export interface ActResult {
  status: number;
  bytes: number;
  /** The case version after a success, or the current one a 412 reports. */
  version?: number;
  seq?: number;
  type?: string;
}

/** How a write reaches the application: through HTTP, or by calling the use case directly. */
export type Act = (t: WriteTarget, version: number) => Promise<ActResult>;

export interface Ack {
  code: string;
  seq: number;
  type: string;
}

const WEIGHTS: [WriteTarget['kind'], number][] = [
  ['progress', 0.4],
  ['submit', 0.2],
  ['vote', 0.2],
  ['report', 0.2],
];

/**
 * The write mix: each request takes a case of the kind drawn (a draft is submitted, a vote is
 * recorded, a completion report is filed once each; progress reports go to a small shared set of
 * cases, so concurrent clients do collide). Clients send the version they last saw in If-Match;
 * a 412 tells them the current one. Every acknowledged write is remembered for the audit after.
 */
export class WriteMix {
  readonly acks: Ack[] = [];
  readonly done: Record<string, number> = {};
  conflicts = 0;
  private pools = new Map<string, WriteTarget[]>();
  readonly versions: Map<string, number>;
  private hot: WriteTarget[];
  private n = 0;

  constructor(targets: WriteTarget[], versions: Map<string, number>, hotSize = 40) {
    for (const t of targets) {
      if (!this.pools.has(t.kind)) this.pools.set(t.kind, []);
      this.pools.get(t.kind)!.push(t);
    }
    this.versions = versions;
    this.hot = (this.pools.get('progress') ?? []).slice(0, hotSize);
  }

  /** What is left to act on, for the next phase. */
  leftover(): WriteTarget[] {
    const progress = this.pools.get('progress') ?? [];
    return [...[...this.pools].filter(([k]) => k !== 'progress').flatMap(([, v]) => v), ...progress];
  }

  remaining(): Record<string, number> {
    return Object.fromEntries([...this.pools].map(([k, v]) => [k, k === 'progress' ? this.hot.length : v.length]));
  }

  private next(): WriteTarget | undefined {
    const r = (((this.n++ * 0.618034) % 1) + 1) % 1;
    let acc = 0;
    const kind = WEIGHTS.find(([, w]) => (acc += w) > r)?.[0] ?? 'progress';
    if (kind !== 'progress') {
      const t = this.pools.get(kind)?.shift();
      if (t) return t;
    }
    // Progress reports land on a small shared set at random: concurrent clients meet on a case
    // now and then, and the loser's stale If-Match gets a 412.
    return this.hot.length ? this.hot[Math.floor(Math.random() * this.hot.length)] : undefined;
  }

  op(act: Act): Op {
    return async () => {
      const t = this.next();
      if (!t) return { status: 599, bytes: 0 };
      const r = await act(t, this.versions.get(t.code) ?? t.version);
      if (r.status === 200 && r.seq !== undefined) {
        this.acks.push({ code: t.code, seq: r.seq, type: r.type! });
        this.done[t.kind] = (this.done[t.kind] ?? 0) + 1;
      }
      if (r.status === 412) this.conflicts++;
      if (r.version !== undefined) this.versions.set(t.code, r.version);
      return r;
    };
  }
}

export interface Audit {
  touchedCases: number;
  acknowledged: number;
  missingAcknowledged: number;
  unexpectedEvents: number;
  brokenChains: number;
}

/**
 * After the run: every acknowledged write is in its case's history with the acknowledged
 * sequence number and type, there is no event nobody was told about (a 412 wrote nothing), the
 * version equals the number of events that move the case, and every touched chain verifies from its first event.
 */
export async function auditWrites(db: Db, initial: Map<string, number>, acks: Ack[]): Promise<Audit> {
  const byCode = new Map<string, Ack[]>();
  for (const a of acks) byCode.set(a.code, [...(byCode.get(a.code) ?? []), a]);
  const audit: Audit = {
    touchedCases: byCode.size,
    acknowledged: acks.length,
    missingAcknowledged: 0,
    unexpectedEvents: 0,
    brokenChains: 0,
  };
  for (const [code, list] of byCode) {
    const row = await db
      .selectFrom('cases')
      .select(['id', 'version'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const chain = await loadChain(db, row.id);
    const bySeq = new Map(chain.map((e) => [e.seq, e.type]));
    audit.missingAcknowledged += list.filter((a) => bySeq.get(a.seq) !== a.type).length;
    // The version counts the events that move the case; a campaign link is recorded but does not.
    const moving = chain.filter((e) => (e.payload as { to?: string } | null)?.to !== undefined).length;
    audit.unexpectedEvents += moving - (initial.get(code)! + list.length);
    if (row.version !== moving || !verifyChain(chain).ok) audit.brokenChains++;
  }
  return audit;
}
