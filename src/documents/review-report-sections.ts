import type { ReviewFigures } from '../contract/review-reports.ts';
import { label } from './labels.ts';

export interface ReviewSection {
  /** Without its Roman numeral: numbering follows the sections that have something to say. */
  heading: string;
  paragraphs: string[];
  /** Numbered items. */
  items: string[];
}

/**
 * A section of a review report: built from the snapshot of figures kept with the document (its
 * own data, when it gathers any, is under `figures.extras[id]`); null renders nothing.
 */
export interface ReviewSectionBuilder {
  id: string;
  build(f: ReviewFigures): ReviewSection | null;
}

const n = (x: number) => String(x);
const list = <T>(rows: T[], line: (r: T) => string) => rows.map(line).join('; ');

const figures: ReviewSectionBuilder = {
  id: 'figures',
  build: (f) => ({
    heading: 'KẾT QUẢ THỰC HIỆN',
    paragraphs: [
      `Số đề xuất đổi mới, sáng tạo đã gửi trong kỳ: ${n(f.submitted)}${f.byState.length ? ` (${list(f.byState, (r) => `${label('state', r.state).toLowerCase()}: ${n(r.count)}`)})` : ''}.`,
      `Kết quả đánh giá trong kỳ: ${f.outcomes.length ? list(f.outcomes, (r) => `${label('outcome', r.outcome).toLowerCase()}: ${n(r.count)}`) : 'chưa có đề xuất được đánh giá'}.`,
      `Bảo vệ cán bộ: ${n(f.protections.granted)} trường hợp được quyết định bảo vệ, ${n(f.protections.refused)} trường hợp không được bảo vệ, ${n(f.protections.revoked)} quyết định bảo vệ bị hủy bỏ.`,
      `Khen thưởng, hỗ trợ: ${f.rewards.length ? list(f.rewards, (r) => `${label('form', r.form)}: ${n(r.granted)} quyết định${r.refused ? `, ${n(r.refused)} không khen thưởng` : ''}`) : 'chưa có quyết định'}.`,
      `Nhân rộng: ${n(f.modelsMarked)} mô hình được công nhận để nhân rộng, ${n(f.replications)} đề xuất áp dụng mô hình đã có.`,
    ],
    items: [],
  }),
};

const initiatives: ReviewSectionBuilder = {
  id: 'initiatives',
  build: (f) => ({
    heading: 'DANH SÁCH ĐỀ XUẤT VÀ KẾT QUẢ',
    paragraphs: f.initiatives.length ? [] : ['Không có.'],
    items: f.initiatives.map(
      (i) =>
        `${i.code} – ${i.title} (${i.proposerName}, ${i.unitName}). Trạng thái: ${label('state', i.state)}.${i.outcome ? ` Kết quả đánh giá: ${label('outcome', i.outcome)}.` : ''}${i.replicatedFrom ? ` Áp dụng mô hình ${i.replicatedFrom}.` : ''}`,
    ),
  }),
};

const compliance: ReviewSectionBuilder = {
  id: 'registration_compliance',
  build: (f) => ({
    heading: 'VIỆC ĐĂNG KÝ ĐỀ XUẤT THEO ĐỢT',
    paragraphs: f.campaigns.length ? [] : [`Không có đợt đăng ký nào trong năm ${f.year}.`],
    items: f.campaigns.map(
      (c) =>
        `${c.title} (hạn ${c.deadline.split('-').reverse().join('/')}, tối thiểu ${n(c.minimumPerUnit)} đề xuất mỗi đơn vị): ${n(c.units)} đơn vị, trong đó ${n(c.approved)} đạt mức được phê duyệt, ${n(c.submitted)} đạt mức đã gửi, ${n(c.registered)} mới đăng ký, ${n(c.none)} chưa đăng ký.`,
    ),
  }),
};

/**
 * The sections of a review report, in order. The plan tasks section ("nhiệm vụ theo kế hoạch")
 * belongs to another feature: it is appended here (`REVIEW_REPORT_SECTIONS.push(planTasks)`)
 * with a gatherer in `app/reports/review-extras.ts`; while there is none, the report has no such section.
 */
export const REVIEW_REPORT_SECTIONS: ReviewSectionBuilder[] = [figures, initiatives, compliance];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The sections that have something to say, numbered I, II, … */
export function reviewSections(f: ReviewFigures): ReviewSection[] {
  return REVIEW_REPORT_SECTIONS.flatMap((b) => b.build(f) ?? []).map((s, i) => ({
    ...s,
    heading: `${ROMAN[i] ?? String(i + 1)}. ${s.heading}`,
  }));
}
