import type { TFunction } from 'i18next';
import type { AppNotification } from '../api/clock';
import { formatDate } from '../format/dates';

/** A notification's title and sentence in the interface language, from its kind and parameters. */
export function describeNotification(n: AppNotification, t: TFunction): { title: string; message: string } {
  const p = n.params;
  const code = n.caseCode ?? '';
  const tasks = (Array.isArray(p.tasks) ? (p.tasks as string[]) : [])
    .map((x) => t(`actions:names.${x}`, { defaultValue: x }))
    .join(', ');
  const step = p.step ? t(`case:steps.${String(p.step)}`, { defaultValue: String(p.step) }).toLowerCase() : '';
  const date = p.dueOn ? formatDate(String(p.dueOn)) : '';
  const x = (key: string, values: Record<string, unknown> = {}) =>
    t(`clock:notifications.text.${key}`, { code, tasks, step, date, ...values });
  switch (n.kind) {
    case 'action_required':
      return { title: x('actionTitle'), message: [x('actionMessage'), date ? x('due') : ''].filter(Boolean).join(' ') };
    case 'deadline_reminder': {
      const offset = Number(p.offset ?? 0);
      if (offset < 0) return { title: x('reminderTitle', { count: -offset }), message: x('reminderMessage') };
      if (offset === 0) return { title: x('dueTodayTitle'), message: x('dueTodayMessage') };
      return { title: x('overdueTitle'), message: x('overdueMessage') };
    }
    case 'deadline_overdue':
      return { title: x('overdueTitle'), message: x('overdueMessage') };
    case 'escalation': {
      const unit = String(p.unitName ?? '');
      return {
        title: x('escalationTitle', { unit }),
        message: `${x('escalationMessage', { unit })} ${x(p.level === 'superior' ? 'escalationSuperior' : 'escalationUnit')}`,
      };
    }
    default:
      return { title: n.title, message: n.message };
  }
}
