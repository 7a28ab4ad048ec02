import type { OfficialRecord } from '../app/records/record-model.ts';
import { breakthroughLine, breakthroughsOf } from '../app/records/annual-summary.ts';
import { label, viDate } from './labels.ts';

export interface RecordSection {
  heading: string;
  /** The summary's paragraph (section I), or numbered items (the other sections). */
  paragraph?: string;
  items: string[];
}

/**
 * What an official's record says, section by section, in Vietnamese: the same words for the
 * working copy the official exports and for the numbered document the organisation department issues.
 */
export function recordSections(r: OfficialRecord): RecordSection[] {
  const { breakthroughs, others } = breakthroughsOf(r);
  const rest = new Set(others.map((o) => o.code));
  const proposals = r.proposals
    .filter((p) => rest.has(p.code))
    .map((p) => {
      const roles = p.roles.map((x) => label('role', x)).join(', ');
      const decision = p.decision
        ? ` ${label('decision', p.decision.kind)}${p.decision.number ? ` (Quyết định số ${p.decision.number} ngày ${viDate(p.decision.date)})` : ''}.`
        : '';
      const evaluation = p.evaluation
        ? ` Kết quả đánh giá: ${label('outcome', p.evaluation.outcome)} (họp ngày ${viDate(p.evaluation.meetingOn)})${p.evaluation.damage ? ', có thiệt hại' : ''}.`
        : '';
      return `${p.code} – ${p.title}. Vai trò: ${roles}. Trạng thái: ${label('state', p.state)}.${decision}${evaluation}`;
    });
  const protections = r.protections.map((p) => {
    const decided = p.decidedResult
      ? ` Quyết định: ${label('result', p.decidedResult)}${p.decisionNumber ? ` (số ${p.decisionNumber} ngày ${viDate(p.decisionDate)})` : ''}${p.departed ? ', khác với khuyến nghị, có nêu lý do' : ''}.`
      : ` ${label('determination', p.status)}.`;
    const revoked = p.revocation
      ? ` Đã hủy bỏ theo quyết định số ${p.revocation.decisionNumber} ngày ${viDate(p.revocation.decisionDate)}, căn cứ kết luận ${p.revocation.findingReference} (${label('ground', p.revocation.ground)}).`
      : '';
    return `${p.caseCode} – ${p.caseTitle}. Vai trò: ${label('role', p.role)}.${decided}${revoked}${p.legalGround ? ` Căn cứ: ${p.legalGround}.` : ''}`;
  });
  const rewards = r.rewards.map((w) => {
    const d = w.decision;
    const decided = d
      ? ` ${d.decision === 'granted' ? 'Quyết định' : 'Không khen thưởng theo quyết định'} số ${d.decisionNumber} ngày ${viDate(d.decisionDate)} của ${d.issuingAuthority}, ${d.signer.title} ${d.signer.name} ký.`
      : '';
    const outcome = w.outcome ? ` ${label('reward', w.outcome.outcome)} từ ngày ${viDate(w.outcome.effectiveOn)}.` : '';
    const months = w.months ? ` (${w.months} tháng)` : '';
    return `${label('form', w.form)}${months} – đề xuất ${w.caseCode}. Tình trạng: ${label('reward', w.status)}.${decided}${outcome}`;
  });
  const overrides = r.overridesSigned.map((o) => {
    const result = o.evaluationOutcome
      ? ` Kết quả đánh giá: ${label('outcome', o.evaluationOutcome)}.`
      : ` Trạng thái: ${label('state', o.caseState)}.`;
    return `${o.caseCode} – ${o.caseTitle}. Quyết định số ${o.decisionNumber ?? ''} ngày ${viDate(o.decisionDate)}.${result}`;
  });
  return [
    { heading: 'I. TÓM TẮT KẾT QUẢ', paragraph: r.summary.text.vi, items: [] },
    // Plan 124-KH/TU: breakthrough results are the first criterion of evaluation and appointment.
    { heading: 'II. KẾT QUẢ ĐỘT PHÁ (ĐỀ XUẤT ĐƯỢC TRIỂN KHAI)', items: breakthroughs.map(breakthroughLine) },
    { heading: 'III. CÁC ĐỀ XUẤT KHÁC VÀ VAI TRÒ', items: proposals },
    { heading: 'IV. BẢO VỆ CÁN BỘ (ĐIỀU 11 NGHỊ ĐỊNH 73/2023/NĐ-CP)', items: protections },
    { heading: 'V. KHEN THƯỞNG, ĐỘNG VIÊN (ĐIỀU 10)', items: rewards },
    { heading: 'VI. QUYẾT ĐỊNH TRIỂN KHAI VỚI TƯ CÁCH NGƯỜI ĐỨNG ĐẦU (ĐIỀU 8 KHOẢN 1)', items: overrides },
  ];
}
