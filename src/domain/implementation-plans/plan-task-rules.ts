import type { Actor, Role } from '../case/case-snapshot.ts';
import type { IsoDate, WorkingCalendar } from '../calendar/working-calendar.ts';

/**
 * The province's implementation plan (Plan 116/KH-UBND style, the Thanh Hóa seed): tasks assigned
 * to units with due dates and expected outputs, followed by a focal point (the Department of Home
 * Affairs) that urges late tasks and compiles the periodic report.
 */

export const PLAN_TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type PlanTaskStatus = (typeof PLAN_TASK_STATUSES)[number];
export const PLAN_REPORT_KINDS = ['progress', 'completion'] as const;
export type PlanReportKind = (typeof PLAN_REPORT_KINDS)[number];

/**
 * How a person stands to a plan or one of its tasks:
 * - `issuer`: head, organisation officer or administrator of the issuing unit (or above it, with its subtree);
 * - `focal_point`: an officer of the focal-point unit (their own unit is it);
 * - `assignee`: a person of the unit a task is assigned to, or its head, deputy, proposer or implementer;
 * - `reader`: anyone whose unit is inside the issuing unit's subtree.
 */
export const PLAN_RELATIONS = ['issuer', 'focal_point', 'assignee', 'reader'] as const;
export type PlanRelation = (typeof PLAN_RELATIONS)[number];

/** Who may do what: one line per action, read by the use cases and shown to the web app as flags. */
export const PLAN_PERMISSIONS = {
  read: ['issuer', 'focal_point', 'assignee', 'reader'],
  // Only for the issuing unit: naming one's own unit as focal point gives no right to issue a plan
  // in the name of a body above it.
  create_plan: ['issuer'],
  manage_tasks: ['issuer', 'focal_point'],
  report: ['assignee'],
  urge: ['focal_point'],
  export: ['issuer', 'focal_point'],
} as const satisfies Record<string, readonly PlanRelation[]>;
export type PlanAction = keyof typeof PLAN_PERMISSIONS;

const ISSUER_ROLES: readonly Role[] = ['head', 'org_officer', 'administrator'];
const ASSIGNEE_ROLES: readonly Role[] = ['head', 'deputy', 'proposer', 'implementer'];

/** The units a relation is computed from, with ancestries from the national root to the unit itself. */
export interface PlanUnits {
  issuingAncestry: readonly string[];
  focalUnitId: string;
  /** The ancestry of the actor's own unit. */
  actorAncestry: readonly string[];
}

export function planRelations(actor: Actor, u: PlanUnits, assigneeUnitId?: string): Set<PlanRelation> {
  const out = new Set<PlanRelation>();
  const issuing = u.issuingAncestry[u.issuingAncestry.length - 1];
  if (
    actor.grants.some(
      (g) =>
        ISSUER_ROLES.includes(g.role) &&
        (g.unitId === issuing ||
          ((g.includeSubtree || g.role === 'administrator') && u.issuingAncestry.includes(g.unitId))),
    )
  )
    out.add('issuer');
  if (actor.unitId === u.focalUnitId) out.add('focal_point');
  if (
    assigneeUnitId &&
    (actor.unitId === assigneeUnitId ||
      actor.grants.some((g) => g.unitId === assigneeUnitId && ASSIGNEE_ROLES.includes(g.role)))
  )
    out.add('assignee');
  if (issuing && u.actorAncestry.includes(issuing)) out.add('reader');
  return out;
}

/**
 * The units the actor may name as a new plan's issuing unit under `create_plan` (as issuer): the
 * unit of each head, organisation officer or administrator grant, then, for a grant over a subtree,
 * the units of the actor's own ancestry inside it, nearest the grant first.
 */
export function issuingUnitChoices(actor: Actor, actorAncestry: readonly string[]): string[] {
  const grants = actor.grants.filter((g) => ISSUER_ROLES.includes(g.role));
  const inside = grants
    .filter((g) => g.includeSubtree || g.role === 'administrator')
    .flatMap((g) => {
      const at = actorAncestry.indexOf(g.unitId);
      return at < 0 ? [] : actorAncestry.slice(at + 1);
    });
  return [...new Set([...grants.map((g) => g.unitId), ...inside])];
}

export const mayOnPlan = (relations: ReadonlySet<PlanRelation>, action: PlanAction): boolean =>
  (PLAN_PERMISSIONS[action] as readonly PlanRelation[]).some((r) => relations.has(r));

/**
 * Working days a task is late: none when done or not yet due. A due date on a day off moves to
 * the next working day (Civil Code Art. 148), and only working days after it count.
 */
export function overdueWorkingDays(
  task: { status: PlanTaskStatus; dueOn: IsoDate },
  today: IsoDate,
  cal: WorkingCalendar,
): number {
  if (task.status === 'done') return 0;
  const due = cal.addWorkingDays(task.dueOn, 0).due;
  return today > due ? cal.workingDaysBetween(due, today) : 0;
}

/**
 * Whether the task is late at all: a working day has passed since its due date (moved to the next
 * working day when it falls on a day off). The same as `overdueWorkingDays(...) > 0`, without
 * counting the days: a tally over many long-overdue tasks then costs a few days' look each.
 */
export function isOverdue(
  task: { status: PlanTaskStatus; dueOn: IsoDate },
  today: IsoDate,
  cal: WorkingCalendar,
): boolean {
  if (task.status === 'done') return false;
  const due = cal.addWorkingDays(task.dueOn, 0).due;
  return today > due && cal.addWorkingDays(due, 1).due <= today;
}

/** The date an urge asks the assignee unit to report by: `workingDays` working days from today. */
export const urgeDueBy = (today: IsoDate, workingDays: number, cal: WorkingCalendar): IsoDate =>
  cal.addWorkingDays(today, workingDays).due;

/** What a report does to its task: progress starts it, completion finishes it at 100 %. */
export function afterReport(
  current: PlanTaskStatus,
  kind: PlanReportKind,
  percent: number,
): { status: PlanTaskStatus; percent: number } | 'already_done' {
  if (current === 'done') return 'already_done';
  return kind === 'completion' ? { status: 'done', percent: 100 } : { status: 'in_progress', percent };
}

/** Plan and task figures, one per status, with the overdue ones among those not done. */
export interface PlanTaskTally {
  total: number;
  not_started: number;
  in_progress: number;
  done: number;
  overdue: number;
}

/**
 * Whether a done task was finished by its due date, the due date moved to the next working day
 * when it falls on a day off (as for `overdueWorkingDays`); null while the task is not done.
 */
export function doneOnTime(
  task: { status: PlanTaskStatus; dueOn: IsoDate; doneOn: IsoDate | null },
  cal: WorkingCalendar,
): boolean | null {
  if (task.status !== 'done' || !task.doneOn) return null;
  return task.doneOn <= cal.addWorkingDays(task.dueOn, 0).due;
}
