/**
 * A procedure profile: the legal parameters of the procedure that are uncertain or vary by
 * locality, held as data. A case keeps the (code, version) it was submitted under, so a new
 * version never changes the rules of a case already running.
 */
/**
 * The base of Art. 8(1)'s "more than 50 %" (open question G12): every member entitled to vote
 * (less an excluded deputy-proposer), the members present, or the ballots cast. Stored profiles
 * published before the rename may say `all_members`, read as `eligible_members`.
 */
export type VoteBase = 'votes_cast' | 'members_present' | 'eligible_members';
export const VOTE_BASES: readonly VoteBase[] = ['eligible_members', 'members_present', 'votes_cast'];

export interface VoteRule {
  /** Share of the base that must vote in favour, strictly exceeded (Decree 73: more than 50 %). */
  moreThanFraction: number;
  base: VoteBase;
  /** What an exact tie means: the side the head voted for prevails (Decree 73), or no majority. */
  tie: 'head_side' | 'not_passed';
  /** Minimum share of eligible members present for the meeting to vote (0 = none). */
  quorumFraction: number;
  /**
   * Whether the collective may decide by written consultation: each member casts a ballot in the
   * application (an event by that member) and the head records the result computed from them (G12).
   */
  writtenConsultation: boolean;
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
    /**
     * The superior unit's time limit for a proposal routed up to it (a head's own proposal,
     * Art. 7(4), or one forwarded beyond the unit's authority): not retrieved (G2), a setting.
     */
    superiorConsiderationDays: number | null;
    /** The report owed after a pilot is terminated: its clock is an inference (spec Step 8), a setting. */
    terminationReportDays: number | null;
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
  /**
   * Registration campaigns: the least number of proposals each unit in a campaign's scope
   * registers (the HCMC plan: one per agency a year). Absent: 1. A national profile may leave
   * campaigns unused.
   */
  registrationMinimumPerUnit?: number;
  /**
   * Registration campaigns: on which working days before the deadline units with nothing
   * registered are reminded (no text fixes them). Absent: 5 and 1.
   */
  campaignReminderDaysBefore?: number[];
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
    // G2: unknown; the spec recommends reusing Art. 8(1)'s 7 working days at the superior level [I].
    superiorConsiderationDays: 7,
    // [I]: a terminated pilot reports what was done on the same clock as a completed one.
    terminationReportDays: 5,
  },
  partyOpinionBeforeApproval: true,
  partyOpinionBeforeEvaluation: true,
  appraisal: 'optional',
  // G12: the base defaults to eligible members, the strictest reading: a proposal that passes it
  // passes under every reading, and a rejection can still be overridden in writing (Art. 8(1) para 2).
  voteRule: {
    moreThanFraction: 0.5,
    base: 'eligible_members',
    tie: 'head_side',
    quorumFraction: 0,
    writtenConsultation: false,
  },
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
  // Art. 8(1) [V]: on a tie the side the head voted for prevails; no profile may say otherwise.
  if (p.voteRule.tie !== 'head_side') issues.push({ path: 'voteRule.tie', code: 'fixed_by_law' });
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
export function bottleneckKindIssues(
  p: ProcedureProfile,
  kind: string | undefined,
  path = 'plan.necessity.bottleneckKind',
): { path: string; code: string }[] {
  return kind === 'regulated_but_unsuitable' && !p.regulatedButUnsuitableAllowed
    ? [{ path, code: 'not_allowed_by_profile' }]
    : [];
}

/**
 * A stored definition as the current code reads it: versions published before a setting existed
 * keep the behaviour they had (the superior level and a terminated pilot used the ordinary
 * limits; there was no written consultation; `all_members` meant eligible members).
 */
export function normaliseProfile(stored: ProcedureProfile): ProcedureProfile {
  const limits = stored.limits as Partial<ProcedureProfile['limits']> & ProcedureProfile['limits'];
  const rule = stored.voteRule as Omit<VoteRule, 'base' | 'writtenConsultation'> & {
    base: VoteBase | 'all_members';
    writtenConsultation?: boolean;
  };
  return {
    ...stored,
    limits: {
      ...limits,
      superiorConsiderationDays:
        limits.superiorConsiderationDays === undefined
          ? limits.considerationMeetingDays
          : limits.superiorConsiderationDays,
      terminationReportDays:
        limits.terminationReportDays === undefined ? limits.completionReportDays : limits.terminationReportDays,
    },
    voteRule: {
      ...rule,
      base: rule.base === 'all_members' ? 'eligible_members' : rule.base,
      writtenConsultation: rule.writtenConsultation ?? false,
    },
  };
}

/**
 * What each open parameter of a profile is: `law` where the decree fixes it (verified), `setting`
 * where the spec marks it inferred or unknown. Shown with the profiles so nobody mistakes a
 * setting for the decree's text.
 */
export const PROFILE_SETTING_NOTES: readonly {
  path: string;
  kind: 'law' | 'setting';
  basis: string;
  note: { vi: string; en: string };
}[] = [
  {
    path: 'limits.considerationMeetingDays',
    kind: 'law',
    basis: 'Điều 8 khoản 1 [V]',
    note: { vi: '07 ngày làm việc kể từ khi nhận đề xuất', en: '7 working days from receipt' },
  },
  {
    path: 'limits.completionReportDays',
    kind: 'law',
    basis: 'Điều về đánh giá kết quả, khoản 1 [V] (số điều chưa xác định, G5)',
    note: { vi: '05 ngày làm việc kể từ khi hoàn thành', en: '5 working days from completion' },
  },
  {
    path: 'limits.evaluationMeetingDays',
    kind: 'law',
    basis: 'Điều về đánh giá kết quả, khoản 2 [V] (số điều chưa xác định, G5)',
    note: { vi: '07 ngày làm việc kể từ khi nhận báo cáo', en: '7 working days from the report' },
  },
  {
    path: 'limits.superiorConsiderationDays',
    kind: 'setting',
    basis: 'G2 [U]',
    note: {
      vi: 'Thời hạn của cấp trên chưa xác định; mặc định 07 ngày như Điều 8 khoản 1',
      en: "The superior level's limit is unknown; default 7 days as Art. 8(1)",
    },
  },
  {
    path: 'limits.terminationReportDays',
    kind: 'setting',
    basis: 'Bước 8 [I]',
    note: {
      vi: 'Hạn báo cáo sau khi dừng thực hiện là suy luận; mặc định như báo cáo hoàn thành',
      en: 'The report clock after termination is an inference; default as the completion report',
    },
  },
  {
    path: 'voteRule.moreThanFraction',
    kind: 'law',
    basis: 'Điều 8 khoản 1 [V]',
    note: { vi: 'Trên 50% đồng ý', en: 'More than 50 % in favour' },
  },
  {
    path: 'voteRule.tie',
    kind: 'law',
    basis: 'Điều 8 khoản 1 [V]',
    note: { vi: 'Ngang nhau: theo bên có ý kiến của người đứng đầu', en: "A tie goes to the head's side" },
  },
  {
    path: 'voteRule.base',
    kind: 'setting',
    basis: 'G12 [U]',
    note: {
      vi: 'Mặc định: tổng số thành viên có quyền biểu quyết (cách hiểu chặt nhất)',
      en: 'Default: all eligible members (the strictest reading)',
    },
  },
  {
    path: 'voteRule.quorumFraction',
    kind: 'setting',
    basis: 'G12 [U]',
    note: { vi: 'Nghị định không quy định số thành viên tối thiểu', en: 'The decree sets no quorum' },
  },
  {
    path: 'territory',
    kind: 'setting',
    basis: 'G13, G14 [U]',
    note: {
      vi: 'Phạm vi áp dụng của bộ quy trình (đơn vị và cấp dưới); không có = toàn quốc',
      en: 'Where the profile is in force (units and their subtrees); absent = everywhere',
    },
  },
  {
    path: 'regulatedButUnsuitableAllowed',
    kind: 'setting',
    basis: 'G6 [U]',
    note: {
      vi: 'Vướng mắc "đã có quy định nhưng không phù hợp" (KL14 điểm 2.2); mặc định không (Điều 5 khoản 1 điểm a)',
      en: '"Regulated but unsuitable" bottlenecks (KL14 2.2); default no (Art. 5(1)(a))',
    },
  },
  {
    path: 'voteRule.writtenConsultation',
    kind: 'setting',
    basis: 'G12 [U]',
    note: { vi: 'Lấy ý kiến bằng phiếu trên hệ thống', en: 'Members cast ballots in the application' },
  },
  {
    path: 'registrationMinimumPerUnit',
    kind: 'setting',
    basis: 'Kế hoạch của UBND TP. Hồ Chí Minh [I]',
    note: {
      vi: 'Số đề xuất tối thiểu mỗi đơn vị đăng ký trong một đợt; mặc định 1',
      en: 'Least number of proposals each unit registers in a campaign; default 1',
    },
  },
  {
    path: 'campaignReminderDaysBefore',
    kind: 'setting',
    basis: 'Kế hoạch của UBND TP. Hồ Chí Minh [U]',
    note: {
      vi: 'Nhắc đơn vị chưa đăng ký vào các ngày làm việc trước hạn của đợt; mặc định 5 và 1 ngày',
      en: 'Working days before a campaign deadline on which units with nothing are reminded; default 5 and 1',
    },
  },
];

type OptionalKeys<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
/** A profile as published: settings added after the first version may be left out and take their defaults. */
export type ProfileDraft = Omit<ProcedureProfile, 'version' | 'limits' | 'voteRule'> & {
  limits: OptionalKeys<ProcedureProfile['limits'], 'superiorConsiderationDays' | 'terminationReportDays'>;
  voteRule: OptionalKeys<VoteRule, 'writtenConsultation'>;
};
