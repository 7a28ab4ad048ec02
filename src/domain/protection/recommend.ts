import { DomainError, type FieldIssue } from '../errors.ts';
import {
  EXCLUSION_GROUNDS,
  EXCLUSION_GROUND_LABELS,
  OUTCOME_LABELS,
  foundExclusionGrounds,
  type ProtectionFacts,
} from './facts.ts';
import {
  PROTECTION_RESULTS,
  conditionKeys,
  conditionMatches,
  situationOf,
  type FindingKey,
  type ProtectionResult,
  type ProtectionRuleSet,
} from './rule-set.ts';

type Bilingual = { vi: string; en: string };

export interface ReasoningStep {
  /** 'exclusion_ground' | 'exclusion_grounds' | 'compliance' | 'outcome' | 'good_faith' | 'damage' | 'risk' | 'causes' | 'conclusion' */
  step: string;
  finding: string;
  legalGround: string;
  explanation: Bilingual;
  /** For an exclusion ground found: the evidence recorded for it. */
  evidence?: string;
}

export interface Recommendation {
  result: ProtectionResult;
  reportToCompetentAuthority: boolean;
  referToDiscipline: boolean;
  /** The rule that decided, and its legal ground (repeated in the last reasoning step). */
  ruleId: string;
  legalGround: string;
  reasoning: ReasoningStep[];
  ruleSetId: string;
  ruleSetVersion: number;
}

/**
 * Recommends the protection outcome for one person (Art. 11). Rules are tried in order; the
 * reasoning reports each finding the first time a rule looks at it, so it shows exactly what the
 * decision turned on, each with its legal ground, and ends with the deciding rule. Expects facts
 * already checked by validateProtectionFacts.
 */
export function recommendProtection(facts: ProtectionFacts, ruleSet: ProtectionRuleSet): Recommendation {
  const situation = situationOf(facts);
  const reasoning: ReasoningStep[] = [];
  const reported = new Set<FindingKey>();
  for (const rule of ruleSet.rules) {
    for (const key of conditionKeys(rule.when)) {
      if (reported.has(key)) continue;
      reported.add(key);
      reasoning.push(...findingSteps(key, facts, ruleSet));
    }
    if (!conditionMatches(rule.when, situation)) continue;
    if (reported.has('outcome') && facts.outcome !== 'completed') {
      reasoning.push(causesStep(facts, ruleSet.findingGrounds.causes));
    }
    reasoning.push({
      step: 'conclusion',
      finding: rule.then.result,
      legalGround: rule.legalGround,
      explanation: { ...rule.explanation },
    });
    return {
      result: rule.then.result,
      reportToCompetentAuthority: rule.then.reportToCompetentAuthority,
      referToDiscipline: rule.then.referToDiscipline,
      ruleId: rule.id,
      legalGround: rule.legalGround,
      reasoning,
      ruleSetId: ruleSet.id,
      ruleSetVersion: ruleSet.version,
    };
  }
  // A validated rule set covers every situation; reaching here means an unvalidated one was used.
  throw new DomainError('conflict', 'rule_set_incomplete', [], { ruleSetId: ruleSet.id, situation });
}

function findingSteps(key: FindingKey, f: ProtectionFacts, set: ProtectionRuleSet): ReasoningStep[] {
  const ground = set.findingGrounds[key];
  switch (key) {
    case 'anyExclusionFound': {
      const found = foundExclusionGrounds(f);
      if (found.length === 0) {
        return [
          {
            step: 'exclusion_grounds',
            finding: 'none_found',
            legalGround: ground,
            explanation: {
              vi: `Không có căn cứ loại trừ nào (đã xem xét ${EXCLUSION_GROUNDS.length} căn cứ).`,
              en: `No exclusion ground found (${EXCLUSION_GROUNDS.length} grounds examined).`,
            },
          },
        ];
      }
      return found.map((g) => {
        const evidence = f.exclusions[g].evidence?.trim() ?? '';
        const label = EXCLUSION_GROUND_LABELS[g];
        return {
          step: 'exclusion_ground',
          finding: g,
          legalGround: set.exclusionGroundBasis[g],
          explanation: {
            vi: `Có căn cứ loại trừ: ${label.vi}. Chứng cứ: ${evidence || '(chưa ghi)'}.`,
            en: `Exclusion ground found: ${label.en}. Evidence: ${evidence || '(not recorded)'}.`,
          },
          evidence,
        };
      });
    }
    case 'compliant': {
      const missed = [
        !f.followedApprovedPlan && { vi: 'kế hoạch đã được phê duyệt', en: 'the approved plan' },
        !f.followedDecision && { vi: 'quyết định cho thực hiện', en: 'the implementation decision' },
        !f.followedDirectives && { vi: 'chỉ đạo tiếp tục/tạm dừng/dừng', en: 'continue/suspend/stop directives' },
      ].filter((m): m is Bilingual => m !== false);
      if (missed.length === 0) {
        return [
          step('compliance', 'compliant', ground, {
            vi: 'Đã thực hiện đúng kế hoạch được phê duyệt, quyết định và các chỉ đạo.',
            en: 'Followed the approved plan, the decision and every directive.',
          }),
        ];
      }
      return [
        step('compliance', 'not_compliant', ground, {
          vi: `Không thực hiện đúng: ${list(missed, 'vi')}.`,
          en: `Did not follow: ${list(missed, 'en')}.`,
        }),
      ];
    }
    case 'outcome': {
      const label = OUTCOME_LABELS[f.outcome];
      return [step('outcome', f.outcome, ground, { vi: `Kết quả đánh giá: ${label.vi}.`, en: `Evaluation outcome: ${label.en}.` })];
    }
    case 'goodFaith': {
      const missing = [
        !f.motive.correctPolicyLine && { vi: 'đúng chủ trương', en: 'correct policy line' },
        !f.motive.pureMotive && { vi: 'động cơ trong sáng', en: 'pure motive' },
        !f.motive.commonGood && { vi: 'vì lợi ích chung', en: 'for the common good' },
      ].filter((m): m is Bilingual => m !== false);
      if (missing.length === 0) {
        return [
          step('good_faith', 'good_faith', ground, {
            vi: 'Được đánh giá là đúng chủ trương, có động cơ trong sáng, vì lợi ích chung.',
            en: 'Found to follow the correct policy line, with a pure motive, for the common good.',
          }),
        ];
      }
      return [
        step('good_faith', 'not_good_faith', ground, {
          vi: `Không được đánh giá là: ${list(missing, 'vi')}.`,
          en: `Not found: ${list(missing, 'en')}.`,
        }),
      ];
    }
    case 'damage': {
      if (!f.damage.caused) return [step('damage', 'no_damage', ground, { vi: 'Không gây thiệt hại.', en: 'No damage was caused.' })];
      const est = f.damage.estimateVnd;
      const amount = est !== undefined && est > 0 ? groupDigits(est) : '';
      return [
        step('damage', 'damage', ground, {
          vi: `Có thiệt hại${amount ? `, ước tính ${amount} đồng` : ''}.`,
          en: `Damage was caused${amount ? `, estimated at VND ${amount}` : ''}.`,
        }),
      ];
    }
    case 'risk': {
      const r = f.risk;
      if (r.kind === 'foreseen') {
        return [
          step('risk', `foreseen:${r.riskId}`, ground, {
            vi: `Rủi ro đã được dự liệu trong kế hoạch đã được phê duyệt (mã ${r.riskId}).`,
            en: `A risk foreseen in the approved plan materialised (id ${r.riskId}).`,
          }),
        ];
      }
      if (r.kind === 'unforeseen') {
        return [step('risk', 'unforeseen', ground, { vi: `Rủi ro ngoài dự liệu: ${r.description}.`, en: `Unforeseen risk: ${r.description}.` })];
      }
      return [step('risk', 'none', ground, { vi: 'Không có rủi ro nào xảy ra.', en: 'No risk materialised.' })];
    }
  }
}

function causesStep(f: ProtectionFacts, ground: string): ReasoningStep {
  const objective = f.causes.objective.trim();
  const subjective = f.causes.subjective.trim();
  return step('causes', objective || subjective ? 'identified' : 'not_identified', ground, {
    vi: `Nguyên nhân khách quan: ${objective || '(chưa xác định)'}; nguyên nhân chủ quan: ${subjective || '(chưa xác định)'}.`,
    en: `Objective causes: ${objective || '(not identified)'}; subjective causes: ${subjective || '(not identified)'}.`,
  });
}

function step(name: string, finding: string, legalGround: string, explanation: Bilingual): ReasoningStep {
  return { step: name, finding, legalGround, explanation };
}

function list(items: Bilingual[], lang: 'vi' | 'en'): string {
  return items.map((i) => i[lang]).join('; ');
}

/** 1234567 → "1.234.567", the Vietnamese grouping, without depending on the runtime's ICU data. */
function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Written reasons for departing from the recommendation must say something (Art. 11(4): objective evaluation). */
export const DEPARTURE_REASON_MIN_LENGTH = 20;

export type DepartureCheck = { ok: true; departed: boolean } | { ok: false; issue: FieldIssue };

/**
 * The deciding body may decide otherwise than recommended, but only with written reasons; length
 * is counted in characters after trimming and NFC normalisation, so composed and decomposed
 * Vietnamese diacritics count alike.
 */
export function checkDeparture(
  recommendation: Pick<Recommendation, 'result'>,
  decidedResult: ProtectionResult,
  reasons?: string,
  minLength: number = DEPARTURE_REASON_MIN_LENGTH,
): DepartureCheck {
  if (!(PROTECTION_RESULTS as readonly string[]).includes(decidedResult)) {
    return { ok: false, issue: { path: 'decidedResult', code: 'unknown_value' } };
  }
  if (decidedResult === recommendation.result) return { ok: true, departed: false };
  const length = [...(reasons ?? '').normalize('NFC').trim()].length;
  if (length < minLength) {
    return { ok: false, issue: { path: 'reasons', code: 'departure_reasons_required', params: { minLength } } };
  }
  return { ok: true, departed: true };
}
