/**
 * The built-in protection rule sets exactly as migration 007 stores them (version 2), frozen here
 * so that every installation gets the same bytes whatever later code says; a later change of the
 * law is a new version, never an edit of this one.
 */
import type { ProtectionRuleSet } from '../../../domain/protection/rule-set.ts';

export const PROTECTION_RULE_SETS_V2: readonly ProtectionRuleSet[] = [
  {
    id: 'ND73-PROTECTION',
    version: 2,
    name: {
      vi: 'Bảo vệ cán bộ theo Nghị định 73/2023/NĐ-CP',
      en: 'Protection of officials under Decree 73/2023/ND-CP',
    },
    legalBasis: 'Điều 4, Điều 5, Điều 6, Điều 11 Nghị định 73/2023/NĐ-CP; Kết luận 14-KL/TW ngày 22/9/2021',
    findingGrounds: {
      anyExclusionFound: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Điều 4 khoản 2 Nghị định 73/2023/NĐ-CP',
      compliant:
        'Điều 6 khoản 4 Nghị định 73/2023/NĐ-CP; Điều 5 khoản 2 Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
      outcome: 'Điều 5 khoản 2 Nghị định 73/2023/NĐ-CP',
      goodFaith: 'Điều 5 khoản 2 điểm b Nghị định 73/2023/NĐ-CP',
      damage: 'Điều 11 khoản 2 và khoản 3 Nghị định 73/2023/NĐ-CP',
      causes: 'Điều 11 khoản 4 Nghị định 73/2023/NĐ-CP',
      risk: 'Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP; Điều 11 khoản 4 Nghị định 73/2023/NĐ-CP',
    },
    exclusionGroundBasis: {
      selfInterest:
        'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4',
      groupInterest:
        'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4',
      corruption: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      profiteering: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      committingViolations: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      coveringViolations: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      harmToPoliticalTasks: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      harmToPeoplesLives: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      harmToBusinesses: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      outsideAuthority: 'Điều 4 khoản 2 Nghị định 73/2023/NĐ-CP',
      disobeyedDirective:
        'Điều 6 khoản 4 Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
      falseOrIncompleteReport:
        'khoản 1 điều về đánh giá kết quả thực hiện đề xuất (số điều chưa xác minh) Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
    },
    rules: [
      {
        id: 'excluded',
        when: {
          anyExclusionFound: true,
        },
        then: {
          result: 'not_protected',
          reportToCompetentAuthority: false,
          referToDiscipline: true,
        },
        legalGround: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Điều 4 khoản 2 Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Có căn cứ loại trừ (vụ lợi, lợi ích nhóm, tham nhũng, tiêu cực, trục lợi, thực hiện hoặc che giấu vi phạm kỷ luật Đảng, pháp luật Nhà nước, gây tổn hại đến nhiệm vụ chính trị, đời sống của Nhân dân, doanh nghiệp, ngoài thẩm quyền): không áp dụng chính sách bảo vệ; xử lý theo quy định của Đảng và pháp luật.',
          en: 'An exclusion ground was found (self or group interest, corruption or negative conduct, profiteering, committing or covering up breaches of Party discipline or State law, harm to political tasks, people’s lives or businesses, acting outside authority): the protection policy does not apply; the person is dealt with under Party rules and the law.',
        },
      },
      {
        id: 'completed',
        when: {
          outcome: ['completed'],
        },
        then: {
          result: 'not_liable',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround: 'Điều 11 khoản 1 Nghị định 73/2023/NĐ-CP; Điều 5 khoản 2 điểm a Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Đề xuất được đánh giá là hoàn thành: cán bộ không bị xử lý trách nhiệm theo quy định của pháp luật có liên quan.',
          en: 'The proposal was assessed as completed: the official is not held liable under the relevant law.',
        },
      },
      {
        id: 'fell_short_without_good_faith',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: false,
        },
        then: {
          result: 'not_protected',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround:
          'Điều 5 khoản 2 điểm b Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
        explanation: {
          vi: 'Đề xuất không hoàn thành hoặc chỉ hoàn thành một phần và chưa được đánh giá là đúng chủ trương, có động cơ trong sáng, vì lợi ích chung: theo suy luận từ Điều 5 khoản 2 điểm b, không thuộc trường hợp được bảo vệ. Người quyết định cân nhắc và nêu lý do bằng văn bản; trách nhiệm (nếu có) xem xét theo quy định chung.',
          en: 'The proposal fell short and was not found to follow the correct policy line with a pure motive for the common good: by inference from Art. 5(2)(b), not a protected case. The decider weighs this and gives written reasons; any liability is considered under the general rules.',
        },
      },
      {
        id: 'fell_short_in_good_faith_no_damage',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: true,
          damage: false,
        },
        then: {
          result: 'liability_excluded',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround: 'Điều 11 khoản 2 Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Không hoàn thành hoặc hoàn thành một phần, đúng chủ trương, động cơ trong sáng, vì lợi ích chung và không gây thiệt hại: loại trừ trách nhiệm.',
          en: 'Fell short, in good faith, and caused no damage: liability is excluded.',
        },
      },
      {
        id: 'fell_short_in_good_faith_damage',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: true,
          damage: true,
        },
        then: {
          result: 'considered_for_exemption_or_mitigation',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround: 'Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Không hoàn thành hoặc hoàn thành một phần, đúng chủ trương, động cơ trong sáng, vì lợi ích chung nhưng gây thiệt hại: được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo quy định của pháp luật có liên quan.',
          en: 'Fell short in good faith but caused damage: considered for exclusion, exemption or mitigation of liability under the relevant law.',
        },
      },
    ],
  },
  {
    id: 'HCM-PROTECTION',
    version: 2,
    name: {
      vi: 'Bảo vệ cán bộ theo Nghị định 73 và Kế hoạch của TP. Hồ Chí Minh (rủi ro đã/chưa dự liệu)',
      en: 'Protection under Decree 73 and the Ho Chi Minh City plan (foreseen / unforeseen risk)',
    },
    legalBasis:
      'Điều 4, Điều 5, Điều 6, Điều 11 Nghị định 73/2023/NĐ-CP; Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung',
    findingGrounds: {
      anyExclusionFound: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Điều 4 khoản 2 Nghị định 73/2023/NĐ-CP',
      compliant:
        'Điều 6 khoản 4 Nghị định 73/2023/NĐ-CP; Điều 5 khoản 2 Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
      outcome: 'Điều 5 khoản 2 Nghị định 73/2023/NĐ-CP',
      goodFaith: 'Điều 5 khoản 2 điểm b Nghị định 73/2023/NĐ-CP',
      damage: 'Điều 11 khoản 2 và khoản 3 Nghị định 73/2023/NĐ-CP',
      causes: 'Điều 11 khoản 4 Nghị định 73/2023/NĐ-CP',
      risk: 'Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung',
    },
    exclusionGroundBasis: {
      selfInterest:
        'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4',
      groupInterest:
        'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4',
      corruption: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      profiteering: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      committingViolations: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      coveringViolations: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      harmToPoliticalTasks: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      harmToPeoplesLives: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      harmToBusinesses: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP',
      outsideAuthority: 'Điều 4 khoản 2 Nghị định 73/2023/NĐ-CP',
      disobeyedDirective:
        'Điều 6 khoản 4 Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
      falseOrIncompleteReport:
        'khoản 1 điều về đánh giá kết quả thực hiện đề xuất (số điều chưa xác minh) Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
    },
    rules: [
      {
        id: 'excluded',
        when: {
          anyExclusionFound: true,
        },
        then: {
          result: 'not_protected',
          reportToCompetentAuthority: false,
          referToDiscipline: true,
        },
        legalGround: 'Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP; Điều 4 khoản 2 Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Có căn cứ loại trừ (vụ lợi, lợi ích nhóm, tham nhũng, tiêu cực, trục lợi, thực hiện hoặc che giấu vi phạm kỷ luật Đảng, pháp luật Nhà nước, gây tổn hại đến nhiệm vụ chính trị, đời sống của Nhân dân, doanh nghiệp, ngoài thẩm quyền): không áp dụng chính sách bảo vệ; xử lý theo quy định của Đảng và pháp luật.',
          en: 'An exclusion ground was found (self or group interest, corruption or negative conduct, profiteering, committing or covering up breaches of Party discipline or State law, harm to political tasks, people’s lives or businesses, acting outside authority): the protection policy does not apply; the person is dealt with under Party rules and the law.',
        },
      },
      {
        id: 'completed',
        when: {
          outcome: ['completed'],
        },
        then: {
          result: 'not_liable',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround: 'Điều 11 khoản 1 Nghị định 73/2023/NĐ-CP; Điều 5 khoản 2 điểm a Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Đề xuất được đánh giá là hoàn thành: cán bộ không bị xử lý trách nhiệm theo quy định của pháp luật có liên quan.',
          en: 'The proposal was assessed as completed: the official is not held liable under the relevant law.',
        },
      },
      {
        id: 'fell_short_without_good_faith',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: false,
        },
        then: {
          result: 'not_protected',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround:
          'Điều 5 khoản 2 điểm b Nghị định 73/2023/NĐ-CP (suy luận [I], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản)',
        explanation: {
          vi: 'Đề xuất không hoàn thành hoặc chỉ hoàn thành một phần và chưa được đánh giá là đúng chủ trương, có động cơ trong sáng, vì lợi ích chung: theo suy luận từ Điều 5 khoản 2 điểm b, không thuộc trường hợp được bảo vệ. Người quyết định cân nhắc và nêu lý do bằng văn bản; trách nhiệm (nếu có) xem xét theo quy định chung.',
          en: 'The proposal fell short and was not found to follow the correct policy line with a pure motive for the common good: by inference from Art. 5(2)(b), not a protected case. The decider weighs this and gives written reasons; any liability is considered under the general rules.',
        },
      },
      {
        id: 'fell_short_in_good_faith_no_damage',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: true,
          damage: false,
        },
        then: {
          result: 'liability_excluded',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround: 'Điều 11 khoản 2 Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Không hoàn thành hoặc hoàn thành một phần, đúng chủ trương, động cơ trong sáng, vì lợi ích chung và không gây thiệt hại: loại trừ trách nhiệm.',
          en: 'Fell short, in good faith, and caused no damage: liability is excluded.',
        },
      },
      {
        id: 'hcmc_foreseen_risk',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: true,
          damage: true,
          risk: ['foreseen'],
        },
        then: {
          result: 'considered_for_exemption_or_mitigation',
          reportToCompetentAuthority: true,
          referToDiscipline: false,
        },
        legalGround:
          'Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP; Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung',
        explanation: {
          vi: 'Thiệt hại phát sinh từ rủi ro đã được dự liệu trong kế hoạch đã được phê duyệt, thực hiện với động cơ trong sáng: người đứng đầu xem xét, báo cáo và kiến nghị cấp có thẩm quyền xem xét miễn hoặc giảm nhẹ trách nhiệm, nhất là trách nhiệm pháp lý.',
          en: 'The damage came from a risk foreseen in the approved plan, in good faith: the head reports to the competent authority and recommends exemption from or mitigation of liability, legal liability above all.',
        },
      },
      {
        id: 'hcmc_unforeseen_risk',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: true,
          damage: true,
          risk: ['unforeseen'],
        },
        then: {
          result: 'considered_for_exemption_or_mitigation',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround:
          'Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP; Điều 11 khoản 4 Nghị định 73/2023/NĐ-CP; Kế hoạch của UBND TP. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung',
        explanation: {
          vi: 'Thiệt hại ngoài dự liệu: phải xác định rõ nguyên nhân; đã thực hiện đúng chủ trương, động cơ trong sáng, không vụ lợi cá nhân nên thủ trưởng cơ quan, đơn vị xem xét hoặc đề xuất cấp có thẩm quyền xem xét miễn hoặc giảm nhẹ trách nhiệm.',
          en: 'Damage from an unforeseen risk: the causes must be identified; as the official followed the policy line with a pure motive and no personal gain, the head considers exemption or mitigation, or proposes it to the competent authority.',
        },
      },
      {
        id: 'fell_short_in_good_faith_damage',
        when: {
          outcome: ['partly_completed', 'not_completed'],
          goodFaith: true,
          damage: true,
        },
        then: {
          result: 'considered_for_exemption_or_mitigation',
          reportToCompetentAuthority: false,
          referToDiscipline: false,
        },
        legalGround: 'Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP',
        explanation: {
          vi: 'Không hoàn thành hoặc hoàn thành một phần, đúng chủ trương, động cơ trong sáng, vì lợi ích chung nhưng gây thiệt hại: được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo quy định của pháp luật có liên quan.',
          en: 'Fell short in good faith but caused damage: considered for exclusion, exemption or mitigation of liability under the relevant law.',
        },
      },
    ],
  },
] as unknown as readonly ProtectionRuleSet[];
