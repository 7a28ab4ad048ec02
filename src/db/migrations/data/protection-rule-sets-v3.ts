/**
 * Version 3 of the Ho Chi Minh City protection rule set, as migration 026 stores it: version 2's
 * rules unchanged (from its frozen copy), with the city's training funding support offered as a
 * support decision. Decree 73's own set gets no version 3: it offers no such support. A later
 * change is a new version, never an edit of this one.
 */
import type { ProtectionRuleSet } from '../../../domain/protection/rule-set.ts';
import { PROTECTION_RULE_SETS_V2 } from './protection-rule-sets-v2.ts';

const HCM_V2 = PROTECTION_RULE_SETS_V2.find((s) => s.id === 'HCM-PROTECTION')!;

export const PROTECTION_RULE_SETS_V3: readonly ProtectionRuleSet[] = [
  {
    ...HCM_V2,
    version: 3,
    name: {
      vi: 'Bảo vệ cán bộ theo Nghị định 73 và Kế hoạch của TP. Hồ Chí Minh (rủi ro đã/chưa dự liệu; hỗ trợ kinh phí đào tạo)',
      en: 'Protection under Decree 73 and the Ho Chi Minh City plan (foreseen / unforeseen risk; training funding support)',
    },
    legalBasis: `${HCM_V2.legalBasis}; Kế hoạch 124-KH/TU của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh thực hiện Kết luận 14-KL/TW`,
    supportForms: ['training_funding_support'],
  },
];
