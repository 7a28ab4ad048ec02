import { demoPlan } from '../../src/demo/demo-plan.ts';
import { authHeaders, type HttpClient, type Session } from './http-client.ts';
import { closedLoop, summarise, type Op, type Summary } from './load.ts';
import type { Shape } from './phases.ts';
import { observe } from './process-stats.ts';
import type { Ack } from './writes.ts';

export interface Draft {
  code: string;
  user: string;
}

/** A new proposal by one of the proposers, in turn, answered minimally; its code is kept for the audit. */
export function createOp(
  client: HttpClient,
  sessions: Map<string, Session>,
  proposers: string[],
  created: Draft[],
): Op {
  let n = 0;
  return async () => {
    const user = proposers[n++ % proposers.length]!;
    const r = await client.request(
      'POST',
      '/api/cases',
      { ...authHeaders(sessions.get(user)!, true), prefer: 'return=minimal' },
      { plan: demoPlan(`Đề xuất mới trong đo tải ${n}`, 'economy') },
    );
    if (r.status === 201) created.push({ code: (JSON.parse(r.body) as { code: string }).code, user });
    else if (r.status >= 500) console.error(`create: ${r.status} ${r.body.slice(0, 300)}`);
    return { status: r.status, bytes: r.bytes };
  };
}

/** The proposer withdraws one of the drafts just made (version 1), answered minimally. */
function withdrawOp(client: HttpClient, sessions: Map<string, Session>, drafts: Draft[], acks: Ack[]): Op {
  return async () => {
    const d = drafts.shift();
    if (!d) return { status: 0, bytes: 0 };
    const r = await client.request(
      'POST',
      `/api/cases/${d.code}/actions/withdraw`,
      { ...authHeaders(sessions.get(d.user)!, true), 'if-match': '"1"', prefer: 'return=minimal' },
      { reason: 'no_longer_needed' },
    );
    if (r.status === 200) {
      const b = JSON.parse(r.body) as { event: { seq: number; type: string } };
      acks.push({ code: d.code, seq: b.event.seq, type: b.event.type });
    } else if (r.status >= 500) console.error(`withdraw ${d.code}: ${r.status} ${r.body.slice(0, 300)}`);
    return { status: r.status, bytes: r.bytes };
  };
}

export interface CreatesResult {
  creates: Summary & { cpuCores: number; machineBusy: number };
  withdrawals: Summary & { cpuCores: number; machineBusy: number };
  /** creates/s over withdrawals/s, both through HTTP with `Prefer: return=minimal`, in one run. */
  ratio: number;
  /** Every new proposal's 'created' event and every withdrawal, for the audit. */
  acks: Ack[];
  codes: string[];
}

/**
 * Issue 16, target 2: a new draft should cost about what a transition costs. First proposers create
 * drafts at saturation, then withdraw them at saturation (a transition as simple as a create: one
 * event, no decision), each answered minimally; the two rates are compared in the same run. The
 * withdrawals run for half the time, so there are drafts enough unless creating is far slower; if
 * they run out, the rate is over the time it took.
 */
export async function measureCreates(
  pid: number,
  client: HttpClient,
  sessions: Map<string, Session>,
  proposers: string[],
  shape: Shape,
): Promise<CreatesResult> {
  const created: Draft[] = [];
  const c = await observe(pid, async () =>
    summarise(await closedLoop(createOp(client, sessions, proposers, created), shape.concurrency, shape.durationMs)),
  );
  const codes = created.map((d) => d.code);
  const acks: Ack[] = codes.map((code) => ({ code, seq: 1, type: 'created' }));
  const drafts = [...created];
  const w = await observe(pid, async () =>
    summarise(
      await closedLoop(
        withdrawOp(client, sessions, drafts, acks),
        shape.concurrency,
        shape.durationMs / 2,
        () => drafts.length === 0,
      ),
    ),
  );
  const creates = { ...c.result, cpuCores: c.cpuCores, machineBusy: c.machineBusy };
  const withdrawals = { ...w.result, cpuCores: w.cpuCores, machineBusy: w.machineBusy };
  return {
    creates,
    withdrawals,
    ratio: Math.round((creates.okRps / Math.max(1, withdrawals.okRps)) * 100) / 100,
    acks,
    codes,
  };
}
