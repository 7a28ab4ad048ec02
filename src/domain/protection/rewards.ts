import type { FieldIssue } from '../errors.ts';
import type { EvaluationOutcome } from './facts.ts';
import { LEGAL_GROUNDS } from './rules.ts';

/**
 * Forms of encouragement (Decree 73 Art. 10, spec §(e)) and the Ho Chi Minh City local options,
 * as data. Art. 10(1) opens with "in the cases in Art. 5(1)", so every form needs the proposal to
 * meet the Art. 5(1) conditions; some also need the proposal assessed as completed.
 */

/** Art. 10: the proposer; implementing individuals; the employing agency (or an implementing organisation); its head. */
export const BENEFICIARY_KINDS = ['proposer', 'implementer', 'unit', 'head'] as const;
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];

export const REWARD_FORM_IDS = [
  'public_commendation',
  'emulation_reward_regular',
  'emulation_reward_beyond_level',
  'early_salary_step',
  'rank_promotion_basis',
  'priority_rating_appointment_planning_rotation',
  'funded_training',
  'training_funding_support',
  'other',
] as const;
export type RewardFormId = (typeof REWARD_FORM_IDS)[number];

export interface RewardForm {
  id: RewardFormId;
  label: { vi: string; en: string };
  legalBasis: string;
  /** 'local' forms exist only where a local plan provides them (HCMC), so they must be switched on. */
  source: 'decree_73' | 'local';
  requires: { art5Clause1: boolean; completed: boolean };
  beneficiaries: readonly BeneficiaryKind[];
  /** Early salary step: how many months early, within these bounds. */
  months?: { min: number; max: number };
  /** 'other' must say what it is. */
  needsDescription?: boolean;
  /**
   * A support decision (hỗ trợ) a rule set must offer by name (`ProtectionRuleSet.supportForms`):
   * only the rule set versions that list it offer it, whatever the local switch says.
   */
  offeredByRuleSet?: boolean;
}

/**
 * HCMC's plan, as the city announced it (seed 003): "Thành phố sẽ đài thọ 100% kinh phí đào tạo,
 * bồi dưỡng (trong và ngoài nước) đối với các cá nhân có sáng kiến tiêu biểu, xuất sắc, sáng kiến
 * thực hiện thành công", under the Party Committee's Plan 124-KH/TU (seed 000).
 */
export const HCMC_TRAINING_SUPPORT_BASIS = `${LEGAL_GROUNDS.hcmcPlan} (Thành phố đài thọ 100% kinh phí đào tạo, bồi dưỡng trong và ngoài nước đối với cá nhân có sáng kiến tiêu biểu, xuất sắc, sáng kiến thực hiện thành công); Kế hoạch 124-KH/TU của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh thực hiện Kết luận 14-KL/TW`;

const ND73_ART10 = (clause: string) => `Điều 10 khoản 1 điểm ${clause} Nghị định 73/2023/NĐ-CP`;
const PEOPLE: readonly BeneficiaryKind[] = ['proposer', 'implementer', 'head'];
const EVERYONE: readonly BeneficiaryKind[] = BENEFICIARY_KINDS;

export const REWARD_FORMS: readonly RewardForm[] = [
  {
    id: 'public_commendation',
    label: { vi: 'Tuyên dương, biểu dương trước cơ quan, đơn vị', en: 'Public commendation before the agency or unit' },
    legalBasis: ND73_ART10('a'),
    source: 'decree_73',
    requires: { art5Clause1: true, completed: false },
    beneficiaries: EVERYONE,
  },
  {
    id: 'emulation_reward_regular',
    label: {
      vi: 'Khen thưởng theo quy định của pháp luật về thi đua, khen thưởng',
      en: 'Reward under the emulation and commendation law',
    },
    legalBasis: `${ND73_ART10('a')}; Luật Thi đua, khen thưởng`,
    source: 'decree_73',
    requires: { art5Clause1: true, completed: true },
    beneficiaries: EVERYONE,
  },
  {
    id: 'emulation_reward_beyond_level',
    label: { vi: 'Khen thưởng vượt cấp, vượt bậc, đột xuất', en: 'Reward beyond the usual level, out of turn' },
    legalBasis: LEGAL_GROUNDS.hcmcPlan,
    source: 'local',
    // "đối với những sáng kiến thực hiện thành công": only a proposal that succeeded.
    requires: { art5Clause1: true, completed: true },
    beneficiaries: EVERYONE,
  },
  {
    id: 'early_salary_step',
    label: { vi: 'Nâng bậc lương trước thời hạn (tối đa 12 tháng)', en: 'Early salary step (up to 12 months early)' },
    legalBasis: ND73_ART10('c'),
    source: 'decree_73',
    requires: { art5Clause1: true, completed: true },
    beneficiaries: PEOPLE,
    months: { min: 1, max: 12 },
  },
  {
    id: 'rank_promotion_basis',
    label: {
      vi: 'Xác định là thành tích xuất sắc trong thực thi công vụ để xét nâng ngạch',
      en: 'Counted as outstanding achievement for rank promotion',
    },
    legalBasis: ND73_ART10('c'),
    source: 'decree_73',
    requires: { art5Clause1: true, completed: false },
    beneficiaries: PEOPLE,
  },
  {
    id: 'priority_rating_appointment_planning_rotation',
    label: {
      vi: 'Căn cứ ưu tiên khi đánh giá, xếp loại, bổ nhiệm, quy hoạch, điều động, luân chuyển',
      en: 'Priority basis for rating, appointment, planning, transfer and rotation',
    },
    legalBasis: ND73_ART10('b'),
    source: 'decree_73',
    // HCMC even allows promotion "ngay từ khi triển khai": completion is not needed.
    requires: { art5Clause1: true, completed: false },
    beneficiaries: PEOPLE,
  },
  {
    id: 'funded_training',
    label: {
      vi: 'Đài thọ 100% kinh phí đào tạo, bồi dưỡng trong và ngoài nước',
      en: 'Fully funded training at home or abroad',
    },
    legalBasis: LEGAL_GROUNDS.hcmcPlan,
    source: 'local',
    // The plan names "cá nhân có sáng kiến": the people whose initiative succeeded.
    requires: { art5Clause1: true, completed: true },
    beneficiaries: ['proposer'],
  },
  {
    id: 'training_funding_support',
    label: {
      vi: 'Hỗ trợ kinh phí đào tạo, bồi dưỡng (đài thọ 100%, trong và ngoài nước)',
      en: 'Training funding support (fully funded, at home or abroad)',
    },
    legalBasis: HCMC_TRAINING_SUPPORT_BASIS,
    source: 'local',
    // "sáng kiến thực hiện thành công": the initiative must have succeeded; "cá nhân có sáng kiến": its proposer.
    requires: { art5Clause1: true, completed: true },
    beneficiaries: ['proposer'],
    offeredByRuleSet: true,
  },
  {
    id: 'other',
    label: {
      vi: 'Hình thức khác theo quy định của Đảng và pháp luật',
      en: 'Other forms under Party rules and the law',
    },
    legalBasis: ND73_ART10('d'),
    source: 'decree_73',
    requires: { art5Clause1: true, completed: false },
    beneficiaries: EVERYONE,
    needsDescription: true,
  },
];

export interface RewardContext {
  /** null while the proposal has not been evaluated yet. */
  outcome: EvaluationOutcome | null;
  art5Clause1Met: boolean;
  /** For a person: an exclusion ground was found in their protection facts (no reward for abusing the policy, Art. 6(1)). */
  exclusionFound?: boolean;
  localOptionsEnabled: boolean;
  /** The support forms the case's protection rule set offers by name (absent: none). */
  ruleSetForms?: readonly string[];
}

export interface RewardEligibilityInput extends RewardContext {
  beneficiaryKind: BeneficiaryKind;
}

/** Why a form is not open to this beneficiary in this context, as issue codes (empty: eligible). */
function barriers(form: RewardForm, input: RewardEligibilityInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (form.offeredByRuleSet) {
    if (!(input.ruleSetForms ?? []).includes(form.id)) issues.push({ path: 'form', code: 'not_offered_by_rule_set' });
  } else if (form.source === 'local' && !input.localOptionsEnabled)
    issues.push({ path: 'form', code: 'local_option_not_enabled' });
  if (!form.beneficiaries.includes(input.beneficiaryKind))
    issues.push({ path: 'beneficiaryKind', code: 'beneficiary_not_eligible' });
  if (form.requires.art5Clause1 && !input.art5Clause1Met) issues.push({ path: 'form', code: 'art5_clause1_not_met' });
  if (form.requires.completed && input.outcome !== 'completed')
    issues.push({ path: 'form', code: 'requires_completed' });
  if (input.exclusionFound) issues.push({ path: 'beneficiaryKind', code: 'excluded_by_finding' });
  return issues;
}

export function eligibleRewardForms(input: RewardEligibilityInput): RewardForm[] {
  return REWARD_FORMS.filter((form) => barriers(form, input).length === 0);
}

export interface RewardProposal {
  form: string;
  beneficiaryKind: BeneficiaryKind;
  months?: number;
  description?: string;
}

export function validateRewardProposal(proposal: RewardProposal, context: RewardContext): FieldIssue[] {
  const form = REWARD_FORMS.find((f) => f.id === proposal.form);
  if (!form) return [{ path: 'form', code: 'unknown_form' }];
  const issues = barriers(form, { ...context, beneficiaryKind: proposal.beneficiaryKind });
  if (form.months) {
    const { min, max } = form.months;
    if (proposal.months === undefined) issues.push({ path: 'months', code: 'required' });
    else if (!Number.isInteger(proposal.months) || proposal.months < min || proposal.months > max) {
      issues.push({ path: 'months', code: 'out_of_range', params: { min, max } });
    }
  } else if (proposal.months !== undefined) {
    issues.push({ path: 'months', code: 'not_applicable' });
  }
  if (form.needsDescription && (proposal.description ?? '').trim() === '') {
    issues.push({ path: 'description', code: 'required' });
  }
  return issues;
}
