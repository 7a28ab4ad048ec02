import type { EvaluationOutcome, ExclusionGround } from './facts.ts';
import type { ProtectionRule, ProtectionRuleSet } from './rule-set.ts';

export { validateRuleSet } from './validate-rule-set.ts';

/**
 * The built-in protection rule sets (spec §(d)). Legal grounds are written "Điều X khoản Y điểm z
 * Nghị định 73/2023/NĐ-CP", several joined by "; ". The article texts were read from quotations
 * on legal Q&A sites: re-check them against the official gazette before relying on them.
 */
const ND73 = 'Nghị định 73/2023/NĐ-CP';
export const LEGAL_GROUNDS = {
  art4_2: `Điều 4 khoản 2 ${ND73}`,
  art5_2: `Điều 5 khoản 2 ${ND73}`,
  art5_2a: `Điều 5 khoản 2 điểm a ${ND73}`,
  art5_2b: `Điều 5 khoản 2 điểm b ${ND73}`,
  art6_1: `Điều 6 khoản 1 ${ND73}`,
  art6_4: `Điều 6 khoản 4 ${ND73}`,
  // The evaluation article: S3 calls it "Điều 18", the decree has about 15 articles; Art. 9 is
  // only the likely number (open question G5), so it is not cited as if it were certain.
  evaluation1: `khoản 1 điều về đánh giá kết quả thực hiện đề xuất (số điều chưa xác minh) ${ND73}`,
  art11_1: `Điều 11 khoản 1 ${ND73}`,
  art11_2: `Điều 11 khoản 2 ${ND73}`,
  art11_2_3: `Điều 11 khoản 2 và khoản 3 ${ND73}`,
  art11_3: `Điều 11 khoản 3 ${ND73}`,
  art11_4: `Điều 11 khoản 4 ${ND73}`,
  /** Marks a ground the spec only infers ([I]): cited, but weighed by the decider, never absolute. */
  inferred: 'suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản',
  kl14_2_4: 'Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4',
  // The news report (seed 003) does not give the plan's number or date (announced 3/11/2023, H3).
  hcmcPlan:
    'Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung',
} as const;
const G = LEGAL_GROUNDS;

const FELL_SHORT: EvaluationOutcome[] = ['partly_completed', 'not_completed'];

const EXCLUDED: ProtectionRule = {
  id: 'excluded',
  when: { anyExclusionFound: true },
  then: { result: 'not_protected', reportToCompetentAuthority: false, referToDiscipline: true },
  legalGround: `${G.art6_1}; ${G.art4_2}`,
  explanation: {
    vi: 'Có căn cứ loại trừ (vụ lợi, lợi ích nhóm, tham nhũng, tiêu cực, trục lợi, thực hiện hoặc che giấu vi phạm kỷ luật Đảng, pháp luật Nhà nước, gây tổn hại đến nhiệm vụ chính trị, đời sống của Nhân dân, doanh nghiệp, ngoài thẩm quyền): không áp dụng chính sách bảo vệ; xử lý theo quy định của Đảng và pháp luật.',
    en: 'An exclusion ground was found (self or group interest, corruption or negative conduct, profiteering, committing or covering up breaches of Party discipline or State law, harm to political tasks, people’s lives or businesses, acting outside authority): the protection policy does not apply; the person is dealt with under Party rules and the law.',
  },
};

const COMPLETED: ProtectionRule = {
  id: 'completed',
  when: { outcome: ['completed'] },
  then: { result: 'not_liable', reportToCompetentAuthority: false, referToDiscipline: false },
  legalGround: `${G.art11_1}; ${G.art5_2a}`,
  explanation: {
    vi: 'Đề xuất được đánh giá là hoàn thành: cán bộ không bị xử lý trách nhiệm theo quy định của pháp luật có liên quan.',
    en: 'The proposal was assessed as completed: the official is not held liable under the relevant law.',
  },
};

// Row 4 of the table is the spec's inference from Art. 5(2)(b): recommended, never absolute. The
// decider weighs good faith and may decide otherwise with written reasons; nothing is referred to
// discipline automatically.
const FELL_SHORT_WITHOUT_GOOD_FAITH: ProtectionRule = {
  id: 'fell_short_without_good_faith',
  when: { outcome: FELL_SHORT, goodFaith: false },
  then: { result: 'not_protected', reportToCompetentAuthority: false, referToDiscipline: false },
  legalGround: `${G.art5_2b} (${G.inferred})`,
  explanation: {
    vi: 'Đề xuất không hoàn thành hoặc chỉ hoàn thành một phần và chưa được đánh giá là đúng chủ trương, có động cơ trong sáng, vì lợi ích chung: theo suy luận từ Điều 5 khoản 2 điểm b, không thuộc trường hợp được bảo vệ. Người quyết định cân nhắc và nêu lý do bằng văn bản; trách nhiệm (nếu có) xem xét theo quy định chung.',
    en: 'The proposal fell short and was not found to follow the correct policy line with a pure motive for the common good: by inference from Art. 5(2)(b), not a protected case. The decider weighs this and gives written reasons; any liability is considered under the general rules.',
  },
};

const FELL_SHORT_NO_DAMAGE: ProtectionRule = {
  id: 'fell_short_in_good_faith_no_damage',
  when: { outcome: FELL_SHORT, goodFaith: true, damage: false },
  then: { result: 'liability_excluded', reportToCompetentAuthority: false, referToDiscipline: false },
  legalGround: G.art11_2,
  explanation: {
    vi: 'Không hoàn thành hoặc hoàn thành một phần, đúng chủ trương, động cơ trong sáng, vì lợi ích chung và không gây thiệt hại: loại trừ trách nhiệm.',
    en: 'Fell short, in good faith, and caused no damage: liability is excluded.',
  },
};

const FELL_SHORT_WITH_DAMAGE: ProtectionRule = {
  id: 'fell_short_in_good_faith_damage',
  when: { outcome: FELL_SHORT, goodFaith: true, damage: true },
  then: {
    result: 'considered_for_exemption_or_mitigation',
    reportToCompetentAuthority: false,
    referToDiscipline: false,
  },
  legalGround: G.art11_3,
  explanation: {
    vi: 'Không hoàn thành hoặc hoàn thành một phần, đúng chủ trương, động cơ trong sáng, vì lợi ích chung nhưng gây thiệt hại: được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo quy định của pháp luật có liên quan.',
    en: 'Fell short in good faith but caused damage: considered for exclusion, exemption or mitigation of liability under the relevant law.',
  },
};

const FORESEEN_RISK_EXPLANATION = {
  vi: 'Thiệt hại phát sinh từ rủi ro đã được dự liệu trong kế hoạch đã được phê duyệt, thực hiện với động cơ trong sáng: người đứng đầu xem xét, báo cáo và kiến nghị cấp có thẩm quyền xem xét miễn hoặc giảm nhẹ trách nhiệm, nhất là trách nhiệm pháp lý.',
  en: 'The damage came from a risk foreseen in the approved plan, in good faith: the head reports to the competent authority and recommends exemption from or mitigation of liability, legal liability above all.',
};

const FINDINGS_COMMON = {
  anyExclusionFound: `${G.art6_1}; ${G.art4_2}`,
  compliant: `${G.art6_4}; ${G.art5_2} (${G.inferred})`,
  outcome: G.art5_2,
  goodFaith: G.art5_2b,
  damage: G.art11_2_3,
  causes: G.art11_4,
};

const EXCLUSION_GROUND_BASIS = {
  selfInterest: `${G.art6_1}; ${G.kl14_2_4}`,
  groupInterest: `${G.art6_1}; ${G.kl14_2_4}`,
  corruption: G.art6_1,
  profiteering: G.art6_1,
  committingViolations: G.art6_1,
  coveringViolations: G.art6_1,
  harmToPoliticalTasks: G.art6_1,
  harmToPeoplesLives: G.art6_1,
  harmToBusinesses: G.art6_1,
  outsideAuthority: G.art4_2,
  disobeyedDirective: `${G.art6_4} (${G.inferred})`,
  falseOrIncompleteReport: `${G.evaluation1} (${G.inferred})`,
};

/** The legal ground of each exclusion ground, for revocation and any use outside a rule set. */
export const EXCLUSION_GROUND_LEGAL_BASIS: Readonly<Record<ExclusionGround, string>> = Object.freeze({
  ...EXCLUSION_GROUND_BASIS,
});

/**
 * Decree 73 as enacted (version 2): rows 1–5 of the table and nothing else. The foreseen-risk path
 * is Ho Chi Minh City's (below): KL14 point 2.4 does not distinguish foreseen from unforeseen risk.
 */
export const DECREE_73_PROTECTION_RULES: ProtectionRuleSet = deepFreeze({
  id: 'ND73-PROTECTION',
  version: 2,
  name: { vi: 'Bảo vệ cán bộ theo Nghị định 73/2023/NĐ-CP', en: 'Protection of officials under Decree 73/2023/ND-CP' },
  legalBasis: `Điều 4, Điều 5, Điều 6, Điều 11 ${ND73}; Kết luận 14-KL/TW ngày 22/9/2021`,
  findingGrounds: { ...FINDINGS_COMMON, risk: `${G.art11_3}; ${G.art11_4}` },
  exclusionGroundBasis: EXCLUSION_GROUND_BASIS,
  rules: [EXCLUDED, COMPLETED, FELL_SHORT_WITHOUT_GOOD_FAITH, FELL_SHORT_NO_DAMAGE, FELL_SHORT_WITH_DAMAGE],
});

/**
 * Ho Chi Minh City: a foreseen risk leads the head to report and recommend exemption or
 * mitigation; damage from an unforeseen risk requires the causes to be identified, after which
 * the head considers (or proposes to the competent authority) exemption or mitigation. The
 * decree's own rows stay in force: a local plan cannot withdraw Art. 11(2)'s exclusion of
 * liability, nor grant protection the decree withholds.
 */
export const HCMC_PROTECTION_RULES: ProtectionRuleSet = deepFreeze({
  id: 'HCM-PROTECTION',
  version: 2,
  name: {
    vi: 'Bảo vệ cán bộ theo Nghị định 73 và Kế hoạch của TP. Hồ Chí Minh (rủi ro đã/chưa dự liệu)',
    en: 'Protection under Decree 73 and the Ho Chi Minh City plan (foreseen / unforeseen risk)',
  },
  legalBasis: `Điều 4, Điều 5, Điều 6, Điều 11 ${ND73}; ${G.hcmcPlan}`,
  findingGrounds: { ...FINDINGS_COMMON, risk: G.hcmcPlan },
  exclusionGroundBasis: EXCLUSION_GROUND_BASIS,
  rules: [
    EXCLUDED,
    COMPLETED,
    FELL_SHORT_WITHOUT_GOOD_FAITH,
    FELL_SHORT_NO_DAMAGE,
    {
      id: 'hcmc_foreseen_risk',
      when: { outcome: FELL_SHORT, goodFaith: true, damage: true, risk: ['foreseen'] },
      then: {
        result: 'considered_for_exemption_or_mitigation',
        reportToCompetentAuthority: true,
        referToDiscipline: false,
      },
      legalGround: `${G.art11_3}; ${G.hcmcPlan}`,
      explanation: FORESEEN_RISK_EXPLANATION,
    },
    {
      id: 'hcmc_unforeseen_risk',
      when: { outcome: FELL_SHORT, goodFaith: true, damage: true, risk: ['unforeseen'] },
      then: {
        result: 'considered_for_exemption_or_mitigation',
        reportToCompetentAuthority: false,
        referToDiscipline: false,
      },
      legalGround: `${G.art11_3}; ${G.art11_4}; ${G.hcmcPlan}`,
      explanation: {
        vi: 'Thiệt hại ngoài dự liệu: phải xác định rõ nguyên nhân; đã thực hiện đúng chủ trương, động cơ trong sáng, không vụ lợi cá nhân nên thủ trưởng cơ quan, đơn vị xem xét hoặc đề xuất cấp có thẩm quyền xem xét miễn hoặc giảm nhẹ trách nhiệm.',
        en: 'Damage from an unforeseen risk: the causes must be identified; as the official followed the policy line with a pure motive and no personal gain, the head considers exemption or mitigation, or proposes it to the competent authority.',
      },
    },
    FELL_SHORT_WITH_DAMAGE,
  ],
});

export const BUILT_IN_PROTECTION_RULE_SETS: readonly ProtectionRuleSet[] = [
  DECREE_73_PROTECTION_RULES,
  HCMC_PROTECTION_RULES,
];

/** Built-in sets are shared by every case; freezing stops one caller from changing the law for all. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
