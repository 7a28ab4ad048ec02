import type { IsoDate, WorkingCalendar } from '../calendar/working-calendar.ts';
import { type CaseAction, ruleFor } from './action-rules.ts';
import type { CaseSnapshot, Deadline, DeadlineStep } from './case-snapshot.ts';
import type { ClockEffect } from './clock-effects.ts';

/**
 * The legal clock of a case. Each timed step gets a due date when it starts, counted in working
 * days by the case's calendar; the list is recomputed by each action and kept with the case. Which
 * action starts, ends, pauses or cancels which clock is written in the rule table (`clock` of
 * each action in `action-rules.ts`); this module only interprets it.
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

/** Interprets one clock effect of the rule table. */
function apply(effect: ClockEffect, list: Deadline[], c: CaseSnapshot, ctx: DeadlineContext): Deadline[] {
  const { today, calendar: cal } = ctx;
  const limits = c.profile.limits;
  switch (effect.op) {
    case 'start': {
      const days = limits[ctx.toSuperior && effect.superiorDays ? effect.superiorDays : effect.days];
      if (days === null && effect.onlyWithLimit) return list;
      const from = effect.from === 'completed_on' ? (ctx.completedOn ?? today) : today;
      return start(list, effect.step, from, days, cal);
    }
    case 'end':
      return effect.onlyWhen === 'last_appraisal' && !ctx.lastAppraisal ? list : end(list, effect.step);
    case 'cancel':
      return update(list, effect.step, ['open', 'paused'], (d) => ({ ...d, status: 'cancelled', remainingDays: null }));
    case 'cancel_all':
      return cancelAll(list);
    case 'hold':
      if (c.profile.clockOnReturn === 'pause') return pause(list, effect.step, today, cal);
      if (c.profile.clockOnReturn === 'restart')
        return update(list, effect.step, ['open'], (d) => ({ ...d, status: 'cancelled' }));
      return list;
    case 'release':
      if (c.profile.clockOnReturn === 'pause') return resume(list, effect.step, today, cal);
      if (c.profile.clockOnReturn === 'restart') return start(list, effect.step, today, limits[effect.days], cal);
      return list;
  }
}

/** The case's deadlines after `action`: the action's clock effects from the rule table, in order. */
export function deadlinesAfter(action: CaseAction, c: CaseSnapshot, ctx: DeadlineContext): Deadline[] {
  const effects: readonly ClockEffect[] = ruleFor(action).clock ?? [];
  return effects.reduce((list, effect) => apply(effect, list, c, ctx), c.deadlines);
}

/** The soonest open due date: what worklists sort by. */
export function currentDue(list: Deadline[]): { dueOn: IsoDate; step: DeadlineStep } | null {
  const open = list
    .filter((d) => d.status === 'open' && d.dueOn !== null)
    .sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
  return open[0] ? { dueOn: open[0].dueOn!, step: open[0].step } : null;
}
