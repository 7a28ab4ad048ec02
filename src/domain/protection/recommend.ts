import { DomainError, type FieldIssue } from '../errors.ts';
import {
  EXCLUSION_GROUNDS,
  EXCLUSION_GROUND_LABELS,
  OUTCOME_LABELS,
  WEIGHED_GROUNDS,
  foundBarringGrounds,
  mattersToWeigh,
  type MatterToWeigh,
  type ProtectionFacts,
} from './facts.ts';
import { bindingRowOf, protectsLessThan, type BindingRow } from './art11-table.ts';
import { LEGAL_GROUNDS } from './rules.ts';
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
  /**
   * Row 1 or 2 of the Art. 11 table when it binds the decider (no matter left to weigh): a
   * decision giving less protection is refused. Absent from recommendations stored before.
   */
  bindingRow?: BindingRow | null;
  /** Matters the spec only infers ([I]) that the decider must weigh and address in written reasons. */
  mattersToWeigh?: MatterToWeigh[];
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
    const weigh = mattersToWeigh(facts);
    reasoning.push(...weigh.map((m) => weighStep(m, ruleSet)));
    const bindingRow = weigh.length === 0 ? bindingRowOf(situation) : null;
    reasoning.push({
      step: 'conclusion',
      finding: rule.then.result,
      legalGround: rule.legalGround,
      explanation: { ...rule.explanation },
    });
    return {
      bindingRow,
      mattersToWeigh: weigh,
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
      const found = foundBarringGrounds(f);
      if (found.length === 0) {
        const barring = EXCLUSION_GROUNDS.length - WEIGHED_COUNT;
        return [
          {
            step: 'exclusion_grounds',
            finding: 'none_found',
            legalGround: ground,
            explanation: {
              vi: `Không có căn cứ loại trừ nào (đã xem xét ${barring} căn cứ).`,
              en: `No exclusion ground found (${barring} grounds examined).`,
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
      return [
        step('outcome', f.outcome, ground, {
          vi: `Kết quả đánh giá: ${label.vi}.`,
          en: `Evaluation outcome: ${label.en}.`,
        }),
      ];
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
      if (!f.damage.caused)
        return [step('damage', 'no_damage', ground, { vi: 'Không gây thiệt hại.', en: 'No damage was caused.' })];
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
        return [
          step('risk', 'unforeseen', ground, {
            vi: `Rủi ro ngoài dự liệu: ${r.description}.`,
            en: `Unforeseen risk: ${r.description}.`,
          }),
        ];
      }
      return [step('risk', 'none', ground, { vi: 'Không có rủi ro nào xảy ra.', en: 'No risk materialised.' })];
    }
  }
}

const WEIGHED_COUNT = WEIGHED_GROUNDS.length;

const WEIGH_TEXT: Record<MatterToWeigh, Bilingual> = {
  disobeyedDirective: {
    vi: 'Không chấp hành chỉ đạo tiếp tục, tạm dừng hoặc dừng thực hiện (Điều 6 khoản 4 cấm hành vi này; việc coi đó là căn cứ loại trừ bảo vệ là suy luận [I]): người quyết định cân nhắc và nêu lý do bằng văn bản.',
    en: 'Disobeyed a directive to continue, suspend or stop (prohibited by Art. 6(4); treating it as excluding protection is an inference [I]): the decider weighs it and addresses it in written reasons.',
  },
  falseOrIncompleteReport: {
    vi: 'Báo cáo kết quả không đầy đủ, không trung thực (nghĩa vụ báo cáo đầy đủ, trung thực đã xác minh; hệ quả loại trừ bảo vệ là suy luận [I]): người quyết định cân nhắc và nêu lý do bằng văn bản.',
    en: 'False or incomplete completion report (the duty of a full and truthful report is verified; its effect on protection is an inference [I]): the decider weighs it and addresses it in written reasons.',
  },
  notCompliant: {
    vi: 'Không thực hiện đúng kế hoạch đã được phê duyệt, quyết định hoặc chỉ đạo (việc coi đó là căn cứ loại trừ bảo vệ là suy luận [I]): người quyết định cân nhắc và nêu lý do bằng văn bản; không tự động chuyển xử lý kỷ luật.',
    en: 'Did not follow the approved plan, the decision or a directive (treating this as excluding protection is an inference [I]): the decider weighs it and addresses it in written reasons; nothing is referred to discipline automatically.',
  },
  noGoodFaith: {
    vi: 'Chưa được đánh giá là đúng chủ trương, động cơ trong sáng, vì lợi ích chung (hệ quả không được bảo vệ là suy luận [I] từ Điều 5 khoản 2 điểm b): người quyết định cân nhắc và nêu lý do bằng văn bản.',
    en: 'Not found to act in good faith (that this withholds protection is an inference [I] from Art. 5(2)(b)): the decider weighs it and addresses it in written reasons.',
  },
};

function weighStep(m: MatterToWeigh, set: ProtectionRuleSet): ReasoningStep {
  const ground =
    m === 'notCompliant'
      ? set.findingGrounds.compliant
      : m === 'noGoodFaith'
        ? `${set.findingGrounds.goodFaith} (${LEGAL_GROUNDS.inferred})`
        : set.exclusionGroundBasis[m];
  return step('to_weigh', m, ground.includes('[I]') ? ground : `${ground} (${LEGAL_GROUNDS.inferred})`, WEIGH_TEXT[m]);
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

export type DecisionCheck = { ok: true; departed: boolean } | { ok: false; issue: FieldIssue };

/**
 * Checks a decision on one person's protection against what the law fixes, on the facts the
 * recommendation was drawn from:
 * - a barring ground found (Art. 6(1), Art. 4(2)): no protection can be granted, whatever the reasons;
 * - rows 1–2 of the Art. 11 table bind: less protection than they give is refused (new facts must
 *   be recorded first, which recomputes the recommendation);
 * - any other departure needs written reasons, and so does any decision while a matter the spec
 *   only infers ([I]) is left to weigh (the reasons must address it).
 */
export function checkProtectionDecision(
  facts: ProtectionFacts,
  recommendation: Pick<Recommendation, 'result'>,
  decidedResult: ProtectionResult,
  reasons: string | undefined,
  minLength: number = DEPARTURE_REASON_MIN_LENGTH,
): DecisionCheck {
  const departure = checkDeparture(recommendation, decidedResult, reasons, minLength);
  if (!departure.ok) return departure;
  const situation = situationOf(facts);
  if (situation.anyExclusionFound && decidedResult !== 'not_protected') {
    return { ok: false, issue: { path: 'decidedResult', code: 'excluded_person_not_protectable' } };
  }
  const weigh = mattersToWeigh(facts);
  const binding = weigh.length === 0 ? bindingRowOf(situation) : null;
  if (binding && protectsLessThan(decidedResult, binding.minimum)) {
    return {
      ok: false,
      issue: {
        path: 'decidedResult',
        code: 'binding_protection_row',
        params: { article: binding.article, minimum: binding.minimum },
      },
    };
  }
  if (weigh.length > 0 && [...(reasons ?? '').normalize('NFC').trim()].length < minLength) {
    return {
      ok: false,
      issue: {
        path: 'reasons',
        code: 'weighed_grounds_reasons_required',
        params: { minLength, matters: weigh.join(', ') },
      },
    };
  }
  return departure;
}
