/**
 * Reads EXPLAIN (ANALYZE) output for sequential scans of the tables that grow with the caseload.
 * A sequential scan of a small reference table (domains, procedure_profiles, positions) is what
 * the planner should do and is not reported.
 */
export interface PlanFinding {
  workload: string;
  table: string;
  /** Rows the scan read per loop (kept + removed by its filter), from the ANALYZE figures. */
  rows: number;
  loops: number;
  query: string;
}

const GROWING =
  /^(cases|case_events|work_items|plan_versions|people|units|role_grants|sessions|api_tokens|attachments|outbox_jobs|login_attempts|stat_\w+)$/;

export function findSeqScans(workload: string, plans: { text: string; plan: string }[], minRows = 1000): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const p of plans) {
    const lines = p.plan.split('\n');
    lines.forEach((line, i) => {
      const m = /Seq Scan on (\w+).*actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(line);
      if (!m || !GROWING.test(m[1]!)) return;
      const removed =
        /Rows Removed by Filter: (\d+)/.exec(lines[i + 1] ?? '')?.[1] ??
        /Rows Removed by Filter: (\d+)/.exec(lines[i + 2] ?? '')?.[1];
      const rows = Number(m[2]) + Number(removed ?? 0);
      // A scan of a handful of rows is the planner's right choice on a small table, not a finding.
      if (rows >= minRows)
        out.push({
          workload,
          table: m[1]!,
          rows,
          loops: Number(m[3]),
          query: p.text.replace(/\s+/g, ' ').slice(0, 160),
        });
    });
  }
  return out;
}
