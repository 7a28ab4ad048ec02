import type { IsoDate } from '../calendar/working-calendar.ts';
import type { FieldIssue } from '../errors.ts';

/** Likelihood and impact of a foreseen risk. */
export type RiskLevel = 'low' | 'medium' | 'high';

export interface RiskEntry {
  /** Stable id inside the plan, so that a later protection finding can point at the exact foreseen risk. */
  id: string;
  description: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation: string;
  owner: string;
}

export interface OptionConsidered {
  option: string;
  assessment: string;
  chosen: boolean;
}

export interface Milestone {
  title: string;
  dueOn: IsoDate;
  deliverable?: string;
}

/**
 * The proposal plan of Decree 73 Art. 7(2). A draft may be partial; submission requires the
 * sections checked by `planCompletenessIssues`.
 */
export interface ProposalPlan {
  title?: string;
  domain?: string;
  summary?: string;
  necessity?: {
    purpose?: string;
    bottleneck?: string;
    bottleneckKind?: 'not_yet_regulated' | 'regulated_but_unsuitable';
  };
  legalBasis?: { basis?: string; authorityRationale?: string };
  content?: { tasks?: string; solutions?: string; optionsConsidered?: OptionConsidered[] };
  scope?: { scope?: string; targets?: string };
  timeline?: { startOn?: IsoDate; endOn?: IsoDate; milestones?: Milestone[] };
  resources?: { budgetVnd?: number; people?: string; equipment?: string };
  feasibility?: string;
  impacts?: { positive?: string; negative?: string };
  expectedResults?: string;
  risks?: RiskEntry[];
}

/** The sections of Art. 7(2) that must be filled before a plan is submitted, as field paths. */
export const REQUIRED_FOR_SUBMISSION = [
  'title',
  'domain',
  'necessity.purpose',
  'necessity.bottleneck',
  'necessity.bottleneckKind',
  'legalBasis.basis',
  'legalBasis.authorityRationale',
  'content.tasks',
  'content.solutions',
  'scope.scope',
  'scope.targets',
  'timeline.startOn',
  'timeline.endOn',
  'feasibility',
  'impacts.positive',
  'expectedResults',
] as const;

function valueAt(plan: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      plan,
    );
}

export function planCompletenessIssues(plan: ProposalPlan): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const path of REQUIRED_FOR_SUBMISSION) {
    const v = valueAt(plan, path);
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      issues.push({ path: `plan.${path}`, code: 'required_for_submission' });
    }
  }
  const r = plan.resources;
  if (!r || (r.budgetVnd === undefined && !r.people?.trim() && !r.equipment?.trim())) {
    issues.push({ path: 'plan.resources', code: 'required_for_submission' });
  }
  const startOn = plan.timeline?.startOn?.trim() || undefined;
  const endOn = plan.timeline?.endOn?.trim() || undefined;
  const milestones = plan.timeline?.milestones ?? [];
  if (startOn && endOn && endOn < startOn) issues.push({ path: 'plan.timeline.endOn', code: 'before_start' });
  milestones.forEach((m, i) => {
    if ((startOn && m.dueOn < startOn) || (endOn && m.dueOn > endOn)) {
      issues.push({ path: `plan.timeline.milestones[${i}].dueOn`, code: 'outside_timeline' });
    }
  });
  const options = plan.content?.optionsConsidered ?? [];
  if (options.length > 0 && !options.some((o) => o.chosen)) {
    issues.push({ path: 'plan.content.optionsConsidered', code: 'no_option_chosen' });
  }
  if (!plan.risks || plan.risks.length === 0) issues.push({ path: 'plan.risks', code: 'required_for_submission' });
  const ids = new Set<string>();
  (plan.risks ?? []).forEach((r, i) => {
    if (ids.has(r.id)) issues.push({ path: `plan.risks[${i}].id`, code: 'duplicate' });
    ids.add(r.id);
  });
  return issues;
}

/** One changed leaf between two plan versions. */
export interface PlanChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The difference between two versions, leaf by leaf. Risks are matched by id so that a reordered
 * register does not read as every risk changed.
 */
export function diffPlans(before: ProposalPlan, after: ProposalPlan): PlanChange[] {
  const changes: PlanChange[] = [];
  walk(normaliseForDiff(before), normaliseForDiff(after), '', changes);
  return changes;
}

function normaliseForDiff(plan: ProposalPlan): unknown {
  const risks = Object.fromEntries((plan.risks ?? []).map((r) => [r.id, r]));
  return { ...plan, risks };
}

function walk(a: unknown, b: unknown, path: string, out: PlanChange[]): void {
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      walk(a[key], b[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) walk(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push({ path, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) });
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
