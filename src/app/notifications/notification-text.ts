import type { Lang } from '../../i18n/messages.ts';

/**
 * The words of notifications, in Vietnamese and English. A notification stores its kind and
 * parameters, not text, so it reads in the language of whoever looks at it.
 */
export { NOTIFICATION_KINDS, type NotificationKind } from '../../contract/notifications.ts';

type Words = Record<string, { vi: string; en: string }>;

export const STEP_NAMES: Words = {
  consideration: { vi: 'xem xét, biểu quyết của tập thể lãnh đạo', en: "the leadership's consideration and vote" },
  party_opinion: { vi: 'ý kiến của cấp ủy', en: "the Party committee's opinion" },
  appraisal: { vi: 'thẩm định', en: 'appraisal' },
  completion_report: { vi: 'báo cáo kết quả thực hiện', en: 'the completion report' },
  evaluation: { vi: 'đánh giá kết quả thực hiện', en: 'the evaluation of results' },
};

export const TASK_NAMES: Words = {
  submit: { vi: 'gửi đề xuất', en: 'submit the proposal' },
  resubmit: { vi: 'bổ sung, gửi lại đề xuất', en: 'complete and resubmit the proposal' },
  accept_for_consideration: { vi: 'tiếp nhận, xem xét đề xuất', en: 'accept the proposal for consideration' },
  record_appraisal: { vi: 'cho ý kiến thẩm định', en: 'give an appraisal opinion' },
  record_party_opinion: { vi: 'ghi ý kiến của cấp ủy', en: "record the Party committee's opinion" },
  record_vote: { vi: 'tổ chức họp, biểu quyết', en: 'hold the meeting and vote' },
  approve: { vi: 'ban hành quyết định phê duyệt', en: 'issue the approval decision' },
  override_rejection: { vi: 'quyết định sau khi biểu quyết không thông qua', en: 'decide after the failed vote' },
  decide_adjustment: { vi: 'quyết định điều chỉnh', en: 'decide on the adjustment' },
  report_progress: { vi: 'báo cáo tiến độ', en: 'report progress' },
  resume: { vi: 'quyết định tiếp tục thực hiện', en: 'decide whether to resume' },
  submit_completion_report: { vi: 'nộp báo cáo kết quả thực hiện', en: 'submit the completion report' },
  record_evaluation: { vi: 'tổ chức đánh giá kết quả', en: 'evaluate the results' },
};

const word = (table: Words, code: unknown, lang: Lang) => table[String(code)]?.[lang] ?? String(code);

export function formatDate(date: unknown, lang: Lang): string {
  const s = String(date ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return lang === 'vi'
    ? `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`
    : new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
        new Date(`${s}T00:00:00Z`),
      );
}

export interface NotificationContent {
  kind: string;
  caseCode: string | null;
  params: Record<string, unknown>;
}

/** A one-line title and a sentence of detail. */
export function describeNotification(n: NotificationContent, lang: Lang): { title: string; message: string } {
  const p = n.params;
  const code = n.caseCode ?? '';
  const step = word(STEP_NAMES, p.step, lang);
  const due = formatDate(p.dueOn, lang);
  const tasks = (Array.isArray(p.tasks) ? p.tasks : []).map((t) => word(TASK_NAMES, t, lang)).join(', ');
  const vi = lang === 'vi';
  switch (n.kind) {
    case 'action_required':
      return vi
        ? { title: `Hồ sơ ${code} chờ bạn xử lý`, message: `Việc cần làm: ${tasks}.${p.dueOn ? ` Hạn: ${due}.` : ''}` }
        : { title: `Case ${code} awaits your action`, message: `To do: ${tasks}.${p.dueOn ? ` Due: ${due}.` : ''}` };
    case 'deadline_reminder': {
      const offset = Number(p.offset ?? 0);
      if (offset < 0) {
        return vi
          ? {
              title: `Hồ sơ ${code}: còn ${-offset} ngày làm việc`,
              message: `Hạn ${step} là ngày ${due}. Việc cần làm: ${tasks}.`,
            }
          : {
              title: `Case ${code}: ${-offset} working day(s) left`,
              message: `The deadline for ${step} is ${due}. To do: ${tasks}.`,
            };
      }
      if (offset === 0) {
        return vi
          ? {
              title: `Hồ sơ ${code}: hôm nay là hạn cuối`,
              message: `Hôm nay (${due}) là hạn ${step}. Việc cần làm: ${tasks}.`,
            }
          : {
              title: `Case ${code}: due today`,
              message: `Today (${due}) is the deadline for ${step}. To do: ${tasks}.`,
            };
      }
      return vi
        ? {
            title: `Hồ sơ ${code}: đã quá hạn`,
            message: `Hạn ${step} là ngày ${due} và đã qua. Việc cần làm: ${tasks}.`,
          }
        : {
            title: `Case ${code}: overdue`,
            message: `The deadline for ${step} was ${due} and has passed. To do: ${tasks}.`,
          };
    }
    case 'deadline_overdue':
      return vi
        ? { title: `Hồ sơ ${code} đã quá hạn`, message: `Đã quá hạn ${step} (hạn ${due}). Việc cần làm: ${tasks}.` }
        : {
            title: `Case ${code} is overdue`,
            message: `The deadline for ${step} (${due}) has passed. To do: ${tasks}.`,
          };
    case 'escalation': {
      const unit = String(p.unitName ?? '');
      const superior = p.level === 'superior';
      return vi
        ? {
            title: `Hồ sơ ${code} quá hạn (${unit})`,
            message: `Hồ sơ tại ${unit} đã quá hạn ${step} (hạn ${due}). Báo cáo người đứng đầu ${superior ? 'cơ quan cấp trên' : 'đơn vị tiếp nhận'}.${tasks ? ` Việc cần làm: ${tasks}.` : ''}`,
          }
        : {
            title: `Case ${code} is overdue (${unit})`,
            message: `The case at ${unit} has missed the deadline for ${step} (${due}). Reported to the head of the ${superior ? 'superior body' : 'receiving unit'}.${tasks ? ` To do: ${tasks}.` : ''}`,
          };
    }
    case 'campaign_reminder': {
      const left = -Number(p.offset ?? 0);
      const campaign = String(p.title ?? '');
      const unit = String(p.unitName ?? '');
      return vi
        ? {
            title: `Đăng ký sáng kiến: còn ${left} ngày làm việc`,
            message: `${unit} chưa đăng ký đủ ${p.minimum ?? 1} đề xuất trong đợt "${campaign}"; hạn đăng ký ${due}.`,
          }
        : {
            title: `Innovation registration: ${left} working day(s) left`,
            message: `${unit} has not registered its ${p.minimum ?? 1} proposal(s) in "${campaign}"; the deadline is ${due}.`,
          };
    }
    case 'campaign_escalation': {
      const campaign = String(p.title ?? '');
      const unit = String(p.unitName ?? '');
      return vi
        ? {
            title: `Đăng ký sáng kiến quá hạn (${unit})`,
            message: `${unit} chưa đăng ký đủ ${p.minimum ?? 1} đề xuất trong đợt "${campaign}" (hạn ${due}).`,
          }
        : {
            title: `Innovation registration overdue (${unit})`,
            message: `${unit} has not registered its ${p.minimum ?? 1} proposal(s) in "${campaign}" (deadline ${due}).`,
          };
    }
    case 'plan_task_urge': {
      const task = `${String(p.planNumber ?? '')}, nhiệm vụ ${String(p.ordinal ?? '')}`;
      const taskEn = `${String(p.planNumber ?? '')}, task ${String(p.ordinal ?? '')}`;
      const by = formatDate(p.dueBy, lang);
      const late = Number(p.overdue ?? 0);
      return vi
        ? {
            title: `Đôn đốc nhiệm vụ: ${task}`,
            message: `"${String(p.title ?? '')}" (${String(p.unitName ?? '')}; hạn ${due}${late > 0 ? `, quá hạn ${late} ngày làm việc` : ''}). Đề nghị báo cáo trước ngày ${by}.${p.note ? ` ${String(p.note)}` : ''}`,
          }
        : {
            title: `Task urged: ${taskEn}`,
            message: `"${String(p.title ?? '')}" (${String(p.unitName ?? '')}; due ${due}${late > 0 ? `, ${late} working day(s) overdue` : ''}). Please report by ${by}.${p.note ? ` ${String(p.note)}` : ''}`,
          };
    }
    default:
      return { title: code, message: '' };
  }
}
