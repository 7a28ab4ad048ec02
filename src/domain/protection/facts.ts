import type { FieldIssue } from '../errors.ts';

/**
 * The facts the deciding unit records for ONE person after the evaluation meeting (Step 11),
 * from which the protection recommendation of Decree 73 Art. 11 is derived. Each person involved
 * in a case gets a record of their own: the same pilot can protect the proposer and not an
 * implementer who took a bribe.
 */

/** How the person stands to the case. A head who signed an override answers for it (Art. 8(1)). */
export const INVOLVEMENT_ROLES = ['proposer', 'co_proposer', 'implementer', 'override_signer'] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];

/** Art. 5(2): (a) hoàn thành; (b) không hoàn thành hoặc chỉ hoàn thành một phần mục tiêu. */
export const EVALUATION_OUTCOMES = ['completed', 'partly_completed', 'not_completed'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

export const RISK_KINDS = ['none', 'foreseen', 'unforeseen'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/**
 * The risk that materialised. "Foreseen" means an entry of the risk register of the APPROVED
 * plan version, named by its id, so that a risk added after approval cannot be passed off as
 * foreseen.
 */
export type MaterialisedRisk =
  | { kind: 'none' }
  | { kind: 'foreseen'; riskId: string }
  | { kind: 'unforeseen'; description: string };

/**
 * Grounds examined for each person (spec §(d)). Exported as data so that forms and request
 * schemas iterate the same list as the rules. Two kinds:
 * - the grounds the spec verifies as taking a person outside the Decree (Art. 6(1), Art. 4(2);
 *   personal or group interest [V2]): any one found withholds protection, whatever the reasons;
 * - WEIGHED_GROUNDS, whose exclusion effect is only an inference of the spec ([I]): the decider
 *   weighs them and must address them in written reasons; they never decide on their own.
 */
export const EXCLUSION_GROUNDS = [
  'selfInterest', // vụ lợi, lợi ích cá nhân
  'groupInterest', // lợi ích nhóm
  'corruption', // tham nhũng, tiêu cực
  'profiteering', // trục lợi
  'committingViolations', // thực hiện vi phạm kỷ luật Đảng, pháp luật Nhà nước (Art. 6(1))
  'coveringViolations', // che giấu vi phạm kỷ luật Đảng, pháp luật Nhà nước
  'harmToPoliticalTasks', // gây tổn hại đến nhiệm vụ chính trị (Art. 6(1))
  'harmToPeoplesLives', // gây tổn hại đến đời sống của Nhân dân (Art. 6(1))
  'harmToBusinesses', // gây tổn hại đến doanh nghiệp (Art. 6(1))
  'outsideAuthority', // ngoài thẩm quyền, trái quy định của Đảng, văn bản cấp trên (Art. 4(2))
  'disobeyedDirective', // không chấp hành chỉ đạo tiếp tục / tạm dừng / dừng (Art. 6(4)) — weighed [I]
  'falseOrIncompleteReport', // báo cáo không đầy đủ, không trung thực — weighed [I]
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];

/** Grounds the spec does not verify as excluding protection ([I]): weighed by the decider, never absolute. */
export const WEIGHED_GROUNDS = [
  'disobeyedDirective',
  'falseOrIncompleteReport',
] as const satisfies readonly ExclusionGround[];
export type WeighedGround = (typeof WEIGHED_GROUNDS)[number];
export const isWeighedGround = (g: string): g is WeighedGround => (WEIGHED_GROUNDS as readonly string[]).includes(g);

export const EXCLUSION_GROUND_LABELS: Record<ExclusionGround, { vi: string; en: string }> = {
  selfInterest: { vi: 'Vì lợi ích cá nhân, động cơ vụ lợi', en: 'Personal interest or self-serving motive' },
  groupInterest: { vi: 'Vì lợi ích nhóm', en: 'Group interest' },
  corruption: { vi: 'Tham nhũng, tiêu cực', en: 'Corruption or negative conduct' },
  profiteering: { vi: 'Trục lợi', en: 'Profiteering' },
  committingViolations: {
    vi: 'Thực hiện hành vi vi phạm kỷ luật Đảng, pháp luật Nhà nước',
    en: 'Committing breaches of Party discipline or State law',
  },
  coveringViolations: {
    vi: 'Che giấu vi phạm kỷ luật Đảng, pháp luật Nhà nước',
    en: 'Covering up breaches of Party discipline or State law',
  },
  harmToPoliticalTasks: { vi: 'Gây tổn hại đến nhiệm vụ chính trị', en: 'Harm to political tasks' },
  harmToPeoplesLives: { vi: 'Gây tổn hại đến đời sống của Nhân dân', en: 'Harm to people’s lives' },
  harmToBusinesses: { vi: 'Gây tổn hại đến doanh nghiệp', en: 'Harm to businesses' },
  outsideAuthority: {
    vi: 'Ngoài thẩm quyền hoặc trái quy định của Đảng, văn bản của cấp trên',
    en: 'Outside the deciding body’s authority or contrary to Party rules or superior documents',
  },
  disobeyedDirective: {
    vi: 'Không chấp hành chỉ đạo tiếp tục, tạm dừng hoặc dừng thực hiện',
    en: 'Disobeyed a directive to continue, suspend or stop',
  },
  falseOrIncompleteReport: {
    vi: 'Báo cáo kết quả không đầy đủ, không trung thực',
    en: 'False or incomplete completion report',
  },
};

export const OUTCOME_LABELS: Record<EvaluationOutcome, { vi: string; en: string }> = {
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  partly_completed: { vi: 'Hoàn thành một phần mục tiêu', en: 'Partly completed' },
  not_completed: { vi: 'Không hoàn thành', en: 'Not completed' },
};

export interface GroundFinding {
  found: boolean;
  /** Minutes, inspection conclusion, verdict… required when `found` (see validateProtectionFacts). */
  evidence?: string;
}

export interface ProtectionFacts {
  personId: string;
  role: InvolvementRole;
  outcome: EvaluationOutcome;
  damage: { caused: boolean; estimateVnd?: number };
  /** Art. 11(4): the deciding unit must name objective and subjective causes. */
  causes: { objective: string; subjective: string };
  risk: MaterialisedRisk;
  followedApprovedPlan: boolean;
  /** Obeyed every directive to continue, suspend or stop implementation. */
  followedDirectives: boolean;
  /** Implemented as the approval (or override) decision says. */
  followedDecision: boolean;
  /** Art. 5(2)(b): "đúng chủ trương, có động cơ trong sáng, vì lợi ích chung". */
  motive: { correctPolicyLine: boolean; pureMotive: boolean; commonGood: boolean };
  exclusions: Record<ExclusionGround, GroundFinding>;
}

/** Good faith is the conjunction of the three Art. 5(2)(b) findings; none can stand for another. */
export function isGoodFaith(facts: ProtectionFacts): boolean {
  const m = facts.motive;
  return m.correctPolicyLine && m.pureMotive && m.commonGood;
}

/** Plan, decision and directives followed: protection covers only what was approved (Arts. 5(2), 6(4)). */
export function isCompliant(facts: ProtectionFacts): boolean {
  return facts.followedApprovedPlan && facts.followedDecision && facts.followedDirectives;
}

/** Every ground found. Facts recorded before a ground was added to the list simply lack it. */
export function foundExclusionGrounds(facts: ProtectionFacts): ExclusionGround[] {
  return EXCLUSION_GROUNDS.filter((g) => facts.exclusions[g]?.found === true);
}

/** The grounds found that withhold protection whatever the reasons (Art. 6(1), Art. 4(2)). */
export function foundBarringGrounds(facts: ProtectionFacts): ExclusionGround[] {
  return foundExclusionGrounds(facts).filter((g) => !isWeighedGround(g));
}

/**
 * What the decider must weigh and address in written reasons, because the spec only infers ([I])
 * that it removes protection: a weighed ground found, the approved plan, decision or directives
 * not followed (Art. 6(4)), or a shortfall without a finding of good faith (row 4 of the table,
 * inferred from Art. 5(2)(b)).
 */
export const MATTERS_TO_WEIGH = [
  'disobeyedDirective',
  'falseOrIncompleteReport',
  'notCompliant',
  'noGoodFaith',
] as const;
export type MatterToWeigh = (typeof MATTERS_TO_WEIGH)[number];

export function mattersToWeigh(facts: ProtectionFacts): MatterToWeigh[] {
  const found = new Set(foundExclusionGrounds(facts));
  return MATTERS_TO_WEIGH.filter((m) => {
    if (m === 'notCompliant') return !isCompliant(facts);
    if (m === 'noGoodFaith') return facts.outcome !== 'completed' && !isGoodFaith(facts);
    return found.has(m);
  });
}

/** A record with no exclusion ground found, for forms to start from. */
export function noExclusions(): Record<ExclusionGround, GroundFinding> {
  return Object.fromEntries(EXCLUSION_GROUNDS.map((g) => [g, { found: false }])) as Record<
    ExclusionGround,
    GroundFinding
  >;
}

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

/**
 * Checks a record before a recommendation is drawn from it. `approvedRiskIds` are the ids of
 * the risk register of the approved plan version. Returns field issues (empty when valid).
 */
export function validateProtectionFacts(facts: ProtectionFacts, approvedRiskIds: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (blank(facts.personId)) issues.push({ path: 'personId', code: 'required' });
  for (const ground of EXCLUSION_GROUNDS) {
    const f = facts.exclusions[ground];
    if (!f) {
      issues.push({ path: `exclusions.${ground}`, code: 'required' });
      continue;
    }
    // A ground that removes protection must rest on something the person can answer.
    if (f.found && blank(f.evidence)) issues.push({ path: `exclusions.${ground}.evidence`, code: 'evidence_required' });
  }
  if (facts.exclusions.disobeyedDirective?.found && facts.followedDirectives) {
    issues.push({ path: 'followedDirectives', code: 'contradicts_finding' });
  }
  const estimate = facts.damage.estimateVnd;
  if (estimate !== undefined) {
    if (!Number.isSafeInteger(estimate) || estimate < 0)
      issues.push({ path: 'damage.estimateVnd', code: 'out_of_range' });
    else if (!facts.damage.caused && estimate > 0)
      issues.push({ path: 'damage.estimateVnd', code: 'estimate_without_damage' });
  }
  if (facts.outcome !== 'completed' && blank(facts.causes.objective) && blank(facts.causes.subjective)) {
    issues.push({ path: 'causes', code: 'causes_required' });
  }
  if (facts.risk.kind === 'foreseen' && !approvedRiskIds.includes(facts.risk.riskId)) {
    issues.push({ path: 'risk.riskId', code: 'not_in_approved_plan' });
  }
  if (facts.risk.kind === 'unforeseen' && blank(facts.risk.description)) {
    issues.push({ path: 'risk.description', code: 'required' });
  }
  return issues;
}
