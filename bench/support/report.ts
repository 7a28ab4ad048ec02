import type { BackendResult } from './backend.ts';
import type { Measured, Shape } from './phases.ts';
import type { Startup } from './startup.ts';
import { WORKLOAD_TARGETS } from './programme-targets.ts';
import { renderCpuSplit } from './cpu-report.ts';

interface Report {
  scale: string;
  shape: Shape;
  poolSize: number;
  machine: Record<string, unknown>;
  minutes: number;
  results: BackendResult[];
  bare: Record<string, Measured>;
  startup?: { first: Startup; again: Startup; outboxBacklog: number } | { error: string };
}

const pct = (m: Measured['fixed']) => `${m.p50} / ${m.p95} / ${m.p99}`;
const ratio = (a: number, b: number) => (b > 0 ? `${Math.round((a / b) * 100)} %` : '–');

/** The results as the Markdown tables docs/performance.md quotes. */
export function renderReport(r: Report): string {
  const lines = [
    `## ${r.scale}: ${r.results.map((b) => b.backend).join(', ')} (${r.minutes} min)`,
    '',
    `Fixed load ${r.shape.rate} req/s (open loop, latency from the scheduled start); saturation: ${r.shape.concurrency} concurrent clients (closed loop); ${r.shape.durationMs / 1000} s each; pool ${r.poolSize}.`,
    '',
    '| workload | backend | HTTP req/s (sat.) | DB limit req/s | HTTP / DB | bare HTTP req/s | HTTP p50/p95/p99 ms @fixed | HTTP p50/p95/p99 ms @sat. | DB p50/p95/p99 ms @fixed | server RSS MB | server CPU cores | machine busy | SQL / request |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const b of r.results) {
    for (const [name, w] of Object.entries(b.workloads)) {
      const bare = r.bare[name];
      lines.push(
        `| ${name} | ${b.backend} | ${w.http.saturation.okRps} | ${w.db?.saturation.rps ?? '–'} | ${ratio(w.http.saturation.okRps, w.db?.saturation.rps ?? 0)} | ${bare?.saturation.rps ?? '–'} | ${pct(w.http.fixed)} | ${pct(w.http.saturation)} | ${w.db ? pct(w.db.fixed) : '–'} | ${w.http.peakRssMb} | ${w.http.cpuCores} | ${w.http.machineBusy ?? '–'} % | ${w.statementsPerRequest} |`,
      );
    }
    for (const [label, m] of Object.entries(b.naive)) {
      lines.push(
        `| dashboard naive GROUP BY (${label}), 2 clients | ${b.backend} | – | ${m.saturation.rps} | – | – | – | – | ${pct(m.saturation)} (2 clients) | – | – | – | 3 |`,
      );
    }
    if (b.writes?.http) {
      const w = b.writes;
      if (w.dbTransitionOnly)
        lines.push(
          `| writes, transition only (no case page in the answer) | ${b.backend} | – | ${w.dbTransitionOnly.saturation.okRps} | – | – | – | – | ${pct(w.dbTransitionOnly.saturation)} (sat.) | – | – | – | – |`,
        );
      if (w.httpMinimal)
        lines.push(
          `| writes, \`Prefer: return=minimal\` | ${b.backend} | ${w.httpMinimal.saturation.okRps} | ${w.dbTransitionOnly?.saturation.okRps ?? '–'} | ${ratio(w.httpMinimal.saturation.okRps, w.dbTransitionOnly?.saturation.okRps ?? 0)} | – | – | ${pct(w.httpMinimal.saturation)} | – | ${w.httpMinimal.peakRssMb} | ${w.httpMinimal.cpuCores} | ${w.httpMinimal.machineBusy ?? '–'} % | – |`,
        );
      lines.push(
        `| writes (transitions) | ${b.backend} | ${w.http.saturation.okRps} | ${w.db?.saturation.okRps ?? '–'} | ${ratio(w.http.saturation.okRps, w.db?.saturation.okRps ?? 0)} | – | ${pct(w.http.fixed)} | ${pct(w.http.saturation)} | ${w.db ? pct(w.db.fixed) : '–'} | ${w.http.peakRssMb} | ${w.http.cpuCores} | ${w.http.machineBusy ?? '–'} % (direct: ${w.db?.machineBusy ?? '–'} %) | – |`,
      );
    }
    if (b.creates) {
      const { creates: c, withdrawals: w } = b.creates;
      lines.push(
        `| new drafts, \`Prefer: return=minimal\` (${b.creates.ratio} × the withdrawals' rate) | ${b.backend} | ${c.okRps} | – | – | – | – | ${pct(c)} | – | – | ${c.cpuCores} | ${c.machineBusy} % | – |`,
        `| withdrawals of those drafts, \`Prefer: return=minimal\` | ${b.backend} | ${w.okRps} | – | – | – | – | ${pct(w)} | – | – | ${w.cpuCores} | ${w.machineBusy} % | – |`,
      );
    }
  }
  lines.push(...renderCpuSplit(r.results));
  const targets = r.results.flatMap((b) =>
    Object.entries(b.workloads).flatMap(([name, w]) => {
      const t = WORKLOAD_TARGETS[name];
      if (!t) return [];
      const met = r.shape.rate >= t.rate && w.http.fixed.p95 <= t.p95Ms;
      return [
        `- ${b.backend} ${name}: p95 ${w.http.fixed.p95} ms at ${r.shape.rate} req/s (target ≤ ${t.p95Ms} ms at ${t.rate} req/s): **${met ? 'met' : 'missed'}**`,
      ];
    }),
  );
  if (targets.length) lines.push('', 'Targets of the issue:', ...targets);
  lines.push(
    '',
    '| backend | data | generation | writes: done (HTTP / direct) | 412 conflicts | statements per write (submit, vote, report, progress) | audit |',
    '|---|---|---|---|---|---|---|',
  );
  for (const b of r.results) {
    const g = b.generation;
    const w = b.writes;
    lines.push(
      `| ${b.backend} | ${g.counts.cases} cases, ${g.counts.case_events} events, ${g.counts.people} people, ${g.counts.units} units, ${g.counts.registration_campaigns ?? 0} campaigns (${g.counts.campaign_cases ?? 0} registrations), ${g.counts.case_models ?? 0} models (${g.counts.showcase_items ?? 0} published), ${g.sizeMb} MB | ${g.chunksRun ? `${g.seconds} s` : 'reused'} | ${w?.http ? `${JSON.stringify(w.http.done)} / ${JSON.stringify(w.db?.done)}` : '–'} | ${w?.http ? `${w.http.conflicts} / ${w.db?.conflicts}` : '–'} | ${w?.statements?.join(', ') ?? '–'} | ${w?.audit ? JSON.stringify(w.audit) : b.creates?.audit ? JSON.stringify(b.creates.audit) : '–'} |`,
    );
  }
  const scans = r.results.flatMap((b) =>
    b.plans.map(
      (p) => `- ${b.backend} ${p.workload}: Seq Scan on ${p.table} (${p.rows} rows × ${p.loops}) in \`${p.query}\``,
    ),
  );
  lines.push('', `Sequential scans of growing tables in hot paths: ${scans.length ? '' : 'none.'}`, ...scans);
  if (r.startup && 'error' in r.startup) lines.push('', `npm start: ${r.startup.error}`);
  else if (r.startup) {
    const line = (label: string, s: Startup) =>
      `- ${label}: API answers after ${s.healthMs} ms; ${s.webPageMs === null ? 'no built web app' : `web page after ${s.webPageMs} ms`}; a head's first worklist page (sign-in included) after ${s.firstPageMs} ms`;
    const st = r.startup;
    lines.push(
      '',
      `npm start (PGlite, ${r.scale}; ${st.outboxBacklog} outbox jobs pending from the benchmark's writes):`,
      line('first start (prestart rebuilds the web app if its sources changed)', st.first),
      line('second start', st.again),
    );
  }
  lines.push('', '```json', JSON.stringify(r.machine), '```');
  return lines.join('\n');
}
