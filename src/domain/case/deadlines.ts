import type { IsoDate, WorkingCalendar } from '../calendar/working-calendar.ts';
import type { CaseAction } from './action-rules.ts';
import type { CaseSnapshot, Deadline, DeadlineStep } from './case-snapshot.ts';

/**
 * The legal clock of a case. Each timed step gets a due date when it starts, counted in working
 * days by the case's calendar; the list is recomputed by each action and kept with the case.
 */
function start(
  list: Deadline[],
  step: DeadlineStep,
  startedOn: IsoDate,
  days: number | null,
  cal: WorkingCalendar,
): Deadline[] {
  const dueOn = days === null ? null : cal.addWorkingDays(startedOn, days).due;
  return [...list, { step, startedOn, dueOn, status: 'open', remainingDays: null }];
}

function latestIndex(list: Deadline[], step: DeadlineStep, statuses: Deadline['status'][]): number {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]!.step === step && statuses.includes(list[i]!.status)) return i;
  }
  return -1;
}

function update(
  list: Deadline[],
  step: DeadlineStep,
  statuses: Deadline['status'][],
  f: (d: Deadline) => Deadline,
): Deadline[] {
  const i = latestIndex(list, step, statuses);
  return i < 0 ? list : list.map((d, j) => (j === i ? f(d) : d));
}

const end = (list: Deadline[], step: DeadlineStep) =>
  update(list, step, ['open', 'paused'], (d) => ({ ...d, status: 'met', remainingDays: null }));

function pause(list: Deadline[], step: DeadlineStep, today: IsoDate, cal: WorkingCalendar): Deadline[] {
  return update(list, step, ['open'], (d) => ({
    ...d,
    status: 'paused',
    remainingDays: d.dueOn === null ? null : Math.max(0, cal.workingDaysBetween(today, d.dueOn)),
  }));
}

function resume(list: Deadline[], step: DeadlineStep, today: IsoDate, cal: WorkingCalendar): Deadline[] {
  return update(list, step, ['paused'], (d) => ({
    ...d,
    status: 'open',
    dueOn: d.remainingDays === null ? d.dueOn : cal.addWorkingDays(today, d.remainingDays).due,
    remainingDays: null,
  }));
}

const cancelAll = (list: Deadline[]) =>
  list.map((d) =>
    d.status === 'open' || d.status === 'paused' ? { ...d, status: 'cancelled' as const, remainingDays: null } : d,
  );

export interface DeadlineContext {
  today: IsoDate;
  calendar: WorkingCalendar;
  /** For `declare_completed`: the day implementation was completed (the report clock runs from it). */
  completedOn?: IsoDate;
  /** For `record_appraisal`: whether this opinion is the last one outstanding. */
  lastAppraisal?: boolean;
  /** For `submit`: the plan went to the superior unit (the proposer heads their unit, Art. 7(4)). */
  toSuperior?: boolean;
}

export function deadlinesAfter(action: CaseAction, c: CaseSnapshot, ctx: DeadlineContext): Deadline[] {
  const { today, calendar: cal } = ctx;
  const limits = c.profile.limits;
  const list = c.deadlines;
  switch (action) {
    case 'submit':
      // The superior level's time limit is a setting (G2), not Art. 8(1)'s 7 days.
      return start(
        list,
        'consideration',
        today,
        ctx.toSuperior ? limits.superiorConsiderationDays : limits.considerationMeetingDays,
        cal,
      );
    case 'forward_to_superior':
      // The superior unit receives the plan today: its own time limit starts now.
      return start(
        update(list, 'consideration', ['open', 'paused'], (d) => ({ ...d, status: 'cancelled', remainingDays: null })),
        'consideration',
        today,
        limits.superiorConsiderationDays,
        cal,
      );
    case 'return_for_completion':
      if (c.profile.clockOnReturn === 'pause') return pause(list, 'consideration', today, cal);
      if (c.profile.clockOnReturn === 'restart')
        return update(list, 'consideration', ['open'], (d) => ({ ...d, status: 'cancelled' }));
      return list;
    case 'resubmit':
      if (c.profile.clockOnReturn === 'pause') return resume(list, 'consideration', today, cal);
      if (c.profile.clockOnReturn === 'restart')
        return start(list, 'consideration', today, limits.considerationMeetingDays, cal);
      return list;
    case 'request_party_opinion':
      return limits.partyOpinionDays === null
        ? list
        : start(list, 'party_opinion', today, limits.partyOpinionDays, cal);
    case 'record_party_opinion':
      return end(list, 'party_opinion');
    case 'assign_appraisers':
      return limits.appraisalDays === null ? list : start(list, 'appraisal', today, limits.appraisalDays, cal);
    case 'record_appraisal':
      return ctx.lastAppraisal ? end(list, 'appraisal') : list;
    case 'record_vote':
      return end(end(end(list, 'consideration'), 'party_opinion'), 'appraisal');
    case 'withdraw':
    case 'reject':
      return cancelAll(list);
    case 'terminate':
      // A terminated pilot still owes a report of what was done; its clock is an inference, a setting.
      return start(cancelAll(list), 'completion_report', today, limits.terminationReportDays, cal);
    case 'declare_completed':
      return start(list, 'completion_report', ctx.completedOn ?? today, limits.completionReportDays, cal);
    case 'submit_completion_report':
      return start(end(list, 'completion_report'), 'evaluation', today, limits.evaluationMeetingDays, cal);
    case 'record_evaluation':
      return end(end(list, 'evaluation'), 'party_opinion');
    default:
      return list;
  }
}

/** The soonest open due date: what worklists sort by. */
export function currentDue(list: Deadline[]): { dueOn: IsoDate; step: DeadlineStep } | null {
  const open = list
    .filter((d) => d.status === 'open' && d.dueOn !== null)
    .sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
  return open[0] ? { dueOn: open[0].dueOn!, step: open[0].step } : null;
}
