import type { Milestone, OptionConsidered, Plan, Risk } from '../api/plan';

/** The plan as the form holds it: every text present (possibly empty), so inputs stay controlled. */
export interface PlanValues extends Record<string, unknown> {
  title: string;
  domain: string;
  summary: string;
  urgent: boolean;
  necessity: { purpose: string; bottleneck: string; bottleneckKind: string };
  legalBasis: { basis: string; authorityRationale: string };
  content: { tasks: string; solutions: string; optionsConsidered: OptionConsidered[] };
  scope: { scope: string; targets: string };
  timeline: { startOn: string; endOn: string; milestones: (Milestone & { deliverable: string })[] };
  resources: { budgetVnd: number | undefined; people: string; equipment: string };
  feasibility: string;
  impacts: { positive: string; negative: string };
  expectedResults: string;
  risks: Risk[];
}

export function toPlanValues(plan: Plan | null | undefined, urgent = false): PlanValues {
  const p = plan ?? {};
  return {
    title: p.title ?? '',
    domain: p.domain ?? '',
    summary: p.summary ?? '',
    urgent,
    necessity: {
      purpose: p.necessity?.purpose ?? '',
      bottleneck: p.necessity?.bottleneck ?? '',
      bottleneckKind: p.necessity?.bottleneckKind ?? '',
    },
    legalBasis: { basis: p.legalBasis?.basis ?? '', authorityRationale: p.legalBasis?.authorityRationale ?? '' },
    content: {
      tasks: p.content?.tasks ?? '',
      solutions: p.content?.solutions ?? '',
      optionsConsidered: p.content?.optionsConsidered ?? [],
    },
    scope: { scope: p.scope?.scope ?? '', targets: p.scope?.targets ?? '' },
    timeline: {
      startOn: p.timeline?.startOn ?? '',
      endOn: p.timeline?.endOn ?? '',
      milestones: (p.timeline?.milestones ?? []).map((m) => ({ ...m, deliverable: m.deliverable ?? '' })),
    },
    resources: {
      budgetVnd: p.resources?.budgetVnd,
      people: p.resources?.people ?? '',
      equipment: p.resources?.equipment ?? '',
    },
    feasibility: p.feasibility ?? '',
    impacts: { positive: p.impacts?.positive ?? '', negative: p.impacts?.negative ?? '' },
    expectedResults: p.expectedResults ?? '',
    risks: p.risks ?? [],
  };
}

/** Drops empty text and empty groups, so the API sees only what was filled in. */
function compact(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, compact(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

export function toPlan(values: PlanValues): Plan {
  const { urgent: _urgent, ...plan } = values;
  const risks = plan.risks.map((r) => ({ ...r, description: r.description, mitigation: r.mitigation, owner: r.owner }));
  const optionsConsidered = plan.content.optionsConsidered.map((o) => ({
    option: o.option,
    assessment: o.assessment,
    chosen: o.chosen,
  }));
  const milestones = plan.timeline.milestones.map((m) => ({
    title: m.title,
    dueOn: m.dueOn,
    ...(m.deliverable.trim() ? { deliverable: m.deliverable } : {}),
  }));
  const shaped = {
    ...plan,
    content: { ...plan.content, optionsConsidered: undefined },
    timeline: { ...plan.timeline, milestones: undefined },
    risks: undefined,
  };
  const out = (compact(shaped) ?? {}) as Plan;
  if (optionsConsidered.length) out.content = { ...out.content, optionsConsidered };
  if (milestones.length) out.timeline = { ...out.timeline, milestones: milestones as Milestone[] };
  if (risks.length) out.risks = risks;
  return out;
}

export function nextRiskId(risks: Risk[]): string {
  const used = new Set(risks.map((r) => r.id));
  let n = risks.length + 1;
  while (used.has(`R${n}`)) n += 1;
  return `R${n}`;
}
