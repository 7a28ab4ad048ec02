/**
 * A procedure profile: the legal parameters of the procedure that are uncertain or vary by
 * locality, held as data. A case keeps the (code, version) it was submitted under, so a new
 * version never changes the rules of a case already running.
 */
export type VoteBase = 'votes_cast' | 'members_present' | 'all_members';

export interface VoteRule {
  /** Share of the base that must vote in favour, strictly exceeded (Decree 73: more than 50 %). */
  moreThanFraction: number;
  base: VoteBase;
  /** What an exact tie means: the side the head voted for prevails (Decree 73), or no majority. */
  tie: 'head_side' | 'not_passed';
  /** Minimum share of eligible members present for the meeting to vote (0 = none). */
  quorumFraction: number;
}

export interface ProcedureProfile {
  code: string;
  version: number;
  name: { vi: string; en: string };
  legalBasis: string;
  /** Time limits in working days; null where the law sets none. */
  limits: {
    considerationMeetingDays: number | null;
    partyOpinionDays: number | null;
    appraisalDays: number | null;
    completionReportDays: number | null;
    evaluationMeetingDays: number | null;
  };
  partyOpinionBeforeApproval: boolean;
  partyOpinionBeforeEvaluation: boolean;
  appraisal: 'none' | 'optional' | 'required';
  voteRule: VoteRule;
  /** Who votes on approval: the receiving unit's leadership, or its Party committee's standing body. */
  decidingBody: 'leadership_collective' | 'party_standing_committee';
  /** While a case is returned for completion, the approval clock pauses, restarts on resubmission, or runs on. */
  clockOnReturn: 'pause' | 'restart' | 'continue';
  headOverrideAllowed: boolean;
  /** Whether only holders of positions covered by Decree 73 Art. 2 may propose (HCMC extends to all staff). */
  coveredPositionsOnly: boolean;
  /** Art. 5(1)(d) (decentralisation, procedure reform, IT): cumulative with (a)–(c) or not (open question G6). */
  art5ConditionDRequired: boolean;
  /**
   * Whether a bottleneck "regulated but unsuitable to reality" may be proposed. Decree 73 Art.
   * 5(1)(a) names only matters "not yet regulated"; Conclusion 14-KL/TW point 2.2 names both
   * (open question G6). Absent: not allowed, the reading every source accepts.
   */
  regulatedButUnsuitableAllowed?: boolean;
  /**
   * Where the profile is in force: these units (by code) and every unit below them. Absent: in
   * force everywhere, as a Government decree is. A proposer may use only the profiles in force
   * for their own unit, so a local extension cannot be picked from outside its locality.
   */
  territory?: { unitCodes: string[] };
  /** Minimum characters for written reasons of a decision. */
  minReasonLength: number;
  /**
   * The protection rule set (Art. 11) that protection cases of this profile use, fixed when one
   * opens. Absent: Decree 73's own set (ND73-PROTECTION version 1).
   */
  protectionRuleSet?: { id: string; version: number };
}

export const DECREE_73_PROFILE: ProcedureProfile = {
  code: 'ND73',
  version: 1,
  name: { vi: 'Nghị định 73/2023/NĐ-CP (mặc định)', en: 'Decree 73/2023/ND-CP (default)' },
  legalBasis: 'Nghị định 73/2023/NĐ-CP ngày 29/9/2023; Kết luận 14-KL/TW ngày 22/9/2021',
  limits: {
    considerationMeetingDays: 7,
    partyOpinionDays: null,
    appraisalDays: null,
    completionReportDays: 5,
    evaluationMeetingDays: 7,
  },
  partyOpinionBeforeApproval: true,
  partyOpinionBeforeEvaluation: true,
  appraisal: 'optional',
  voteRule: { moreThanFraction: 0.5, base: 'votes_cast', tie: 'head_side', quorumFraction: 0 },
  decidingBody: 'leadership_collective',
  clockOnReturn: 'pause',
  headOverrideAllowed: true,
  coveredPositionsOnly: true,
  art5ConditionDRequired: false,
  regulatedButUnsuitableAllowed: false,
  minReasonLength: 10,
};

/** The HCMC demo subtree's root; an installation names its own city unit when it publishes the profile. */
export const HCMC_ROOT_UNIT_CODE = 'HCM';

/**
 * Ho Chi Minh City, in force only in the city's units. The extension to all cadres, civil
 * servants, public employees and workers comes from the HCMC People's Committee plan (seed 003;
 * its number was not found; open question G7); Plan 124-KH/TU of the city's Party Standing
 * Committee implements Conclusion 14-KL/TW, whose point 2.2 also names bottlenecks "regulated
 * but unsuitable" (G6). The code keeps its first name so that running cases still find it.
 */
export const HCMC_PROFILE: ProcedureProfile = {
  ...DECREE_73_PROFILE,
  code: 'HCM-124',
  name: {
    vi: 'TP. Hồ Chí Minh (Kế hoạch của UBND Thành phố, mở rộng cho mọi cán bộ, công chức, viên chức, người lao động)',
    en: "Ho Chi Minh City (the City People's Committee's plan, extended to all staff)",
  },
  legalBasis:
    'Nghị định 73/2023/NĐ-CP; Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ, công chức, viên chức, người lao động năng động, sáng tạo vì lợi ích chung (mở rộng đối tượng); Kế hoạch 124-KH/TU ngày 31/5/2022 của Ban Thường vụ Thành ủy thực hiện Kết luận 14-KL/TW',
  coveredPositionsOnly: false,
  regulatedButUnsuitableAllowed: true,
  territory: { unitCodes: [HCMC_ROOT_UNIT_CODE] },
  protectionRuleSet: { id: 'HCM-PROTECTION', version: 1 },
};

export const BUILT_IN_PROFILES: readonly ProcedureProfile[] = [DECREE_73_PROFILE, HCMC_PROFILE];

/** Structural check of a profile submitted as JSON; returns field issues (empty when valid). */
export function profileIssues(p: ProcedureProfile): { path: string; code: string }[] {
  const issues: { path: string; code: string }[] = [];
  for (const [key, value] of Object.entries(p.limits)) {
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 365)) {
      issues.push({ path: `limits.${key}`, code: 'out_of_range' });
    }
  }
  const f = p.voteRule.moreThanFraction;
  if (!(f >= 0 && f < 1)) issues.push({ path: 'voteRule.moreThanFraction', code: 'out_of_range' });
  if (!(p.voteRule.quorumFraction >= 0 && p.voteRule.quorumFraction <= 1)) {
    issues.push({ path: 'voteRule.quorumFraction', code: 'out_of_range' });
  }
  if (!/^[A-Z0-9-]{2,20}$/.test(p.code)) issues.push({ path: 'code', code: 'invalid_format' });
  p.territory?.unitCodes.forEach((c, i) => {
    if (!c.trim()) issues.push({ path: `territory.unitCodes[${i}]`, code: 'required' });
  });
  if (p.territory && p.territory.unitCodes.length === 0) issues.push({ path: 'territory.unitCodes', code: 'too_few' });
  return issues;
}

/**
 * Whether a profile is in force for a unit, given the codes of the unit and all its ancestors:
 * a profile without a territory everywhere, otherwise in its units and their subtrees.
 */
export function inForceFor(p: ProcedureProfile, unitAndAncestorCodes: readonly string[]): boolean {
  return !p.territory || p.territory.unitCodes.some((c) => unitAndAncestorCodes.includes(c));
}

/** Art. 5(1)(a) and open question G6: the kind of bottleneck a plan names, against its profile. */
export function bottleneckKindIssues(p: ProcedureProfile, kind: string | undefined, path = 'plan.necessity.bottleneckKind'): { path: string; code: string }[] {
  return kind === 'regulated_but_unsuitable' && !p.regulatedButUnsuitableAllowed ? [{ path, code: 'not_allowed_by_profile' }] : [];
}
