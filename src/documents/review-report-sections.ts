import type { ReviewFigures, ReviewPlanTask } from '../contract/review-reports.ts';
import { PLAN_TASK_STATUS_LABELS } from './plan-report-xlsx.ts';
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

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * "Nhiệm vụ theo kế hoạch": the province's plan tasks of the unit and the units below it that were
 * due in or before the period, from the snapshot the report keeps (`extras.plan_tasks`). A report
 * issued before plans existed, or a unit with no task, has no such section.
 */
const planTasks: ReviewSectionBuilder = {
  id: 'plan_tasks',
  build: (f) => {
    const tasks = (f.extras?.plan_tasks ?? []) as ReviewPlanTask[];
    if (tasks.length === 0) return null;
    const done = tasks.filter((t) => t.status === 'done');
    const lateOpen = tasks.filter((t) => t.status !== 'done');
    return {
      heading: 'THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH',
      paragraphs: [
        `Nhiệm vụ đến hạn trong kỳ: ${tasks.length}; đã hoàn thành ${done.length} (trong đó ${done.filter((t) => t.late).length} hoàn thành sau hạn); chưa hoàn thành ${lateOpen.length}.`,
      ],
      items: tasks.map(
        (t) =>
          `Kế hoạch ${t.planNumber}, nhiệm vụ ${t.ordinal}: ${t.title} (${t.unitName}; hạn ${ddmmyyyy(t.dueOn)}). ${PLAN_TASK_STATUS_LABELS[t.status]}${t.doneOn ? ` ngày ${ddmmyyyy(t.doneOn)}` : ''}${t.late ? (t.status === 'done' ? ', sau hạn' : ', quá hạn') : ''}.`,
      ),
    };
  },
};

/**
 * The sections of a review report, in order. A section with data of its own (the plan tasks)
 * has a gatherer of the same id in `app/reports/review-extras.ts`.
 */
export const REVIEW_REPORT_SECTIONS: ReviewSectionBuilder[] = [figures, initiatives, compliance, planTasks];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The sections that have something to say, numbered I, II, … */
export function reviewSections(f: ReviewFigures): ReviewSection[] {
  return REVIEW_REPORT_SECTIONS.flatMap((b) => b.build(f) ?? []).map((s, i) => ({
    ...s,
    heading: `${ROMAN[i] ?? String(i + 1)}. ${s.heading}`,
  }));
}
