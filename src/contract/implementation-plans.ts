import { Type, type Static } from 'typebox';
import {
  PLAN_REPORT_KINDS,
  PLAN_TASK_STATUSES,
  type PlanReportKind,
  type PlanTaskStatus,
} from '../domain/implementation-plans/plan-task-rules.ts';

/** Implementation plans and their tasks (Plan 116/KH-UBND style): what the server and the web app agree on. */
export { PLAN_REPORT_KINDS, PLAN_TASK_STATUSES, type PlanReportKind, type PlanTaskStatus };

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Ref = Type.Object({ id: Type.String(), name: Type.String() });
const StatusSchema = Type.Unsafe<PlanTaskStatus>(Type.Union(PLAN_TASK_STATUSES.map((s) => Type.Literal(s))));

export const PlanTallySchema = Type.Object({
  total: Type.Integer(),
  not_started: Type.Integer(),
  in_progress: Type.Integer(),
  done: Type.Integer(),
  /** Not done and past the due date on the legal calendar. */
  overdue: Type.Integer(),
});
export type PlanTally = Static<typeof PlanTallySchema>;

/** The dashboard's figure: tasks assigned to a unit and the units below it. */
export const PlanTaskFigureSchema = Type.Object({
  unit: Ref,
  today: Type.String(),
  ...PlanTallySchema.properties,
});
export type PlanTaskFigure = Static<typeof PlanTaskFigureSchema>;

/** A plan as the list and its page show it, with what the caller may do. */
export const PlanSchema = Type.Object({
  id: Type.String(),
  number: Type.String(),
  title: Type.String(),
  issuingUnit: Ref,
  issuedOn: Type.String(),
  focalUnit: Ref,
  periodFrom: Type.String(),
  periodTo: Type.String(),
  urgeWorkingDays: Type.Integer(),
  version: Type.Integer(),
  tally: PlanTallySchema,
  mayManageTasks: Type.Boolean(),
  mayUrge: Type.Boolean(),
  mayExport: Type.Boolean(),
});
export type Plan = Static<typeof PlanSchema>;
export const PlanListSchema = Type.Object({
  items: Type.Array(PlanSchema),
  /** Whether the caller may create a plan (as issuer, or naming their own unit as focal point). */
  mayCreatePlan: Type.Boolean(),
  /** The units the caller may name as a new plan's issuing unit, the likeliest first. */
  issuingUnits: Type.Array(Ref),
});
export type PlanList = Static<typeof PlanListSchema>;

export const PlanTaskFileSchema = Type.Object({
  id: Type.String(),
  filename: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String(),
});
export type PlanTaskFile = Static<typeof PlanTaskFileSchema>;

export const PlanTaskReportSchema = Type.Object({
  id: Type.String(),
  kind: Type.Unsafe<PlanReportKind>(Type.Union(PLAN_REPORT_KINDS.map((k) => Type.Literal(k)))),
  text: Type.String(),
  percent: Type.Integer(),
  at: Type.String(),
  authorName: Type.String(),
  authorUnitName: Type.String(),
  attachmentIds: Type.Array(Type.String()),
});
export type PlanTaskReport = Static<typeof PlanTaskReportSchema>;

export const PlanTaskUrgeSchema = Type.Object({
  id: Type.String(),
  at: Type.String(),
  byName: Type.String(),
  note: Type.String(),
  overdueWorkingDays: Type.Integer(),
  workingDays: Type.Integer(),
  dueBy: Type.String(),
});
export type PlanTaskUrge = Static<typeof PlanTaskUrgeSchema>;

export const PlanTaskSchema = Type.Object({
  id: Type.String(),
  ordinal: Type.Integer(),
  title: Type.String(),
  expectedOutput: Type.String(),
  assigneeUnit: Ref,
  dueOn: Type.String(),
  status: StatusSchema,
  percent: Type.Integer(),
  doneOn: Nullable(Type.String()),
  /** Working days past the due date (0 when done or not yet due), on the legal calendar. */
  overdueWorkingDays: Type.Integer(),
  lastReportAt: Nullable(Type.String()),
  urgeCount: Type.Integer(),
  /** The date the latest urge asked the unit to report by. */
  lastUrgeDueBy: Nullable(Type.String()),
  version: Type.Integer(),
  /** The caller's unit holds the task: it may upload files and report. */
  mayReport: Type.Boolean(),
  reports: Type.Array(PlanTaskReportSchema),
  urges: Type.Array(PlanTaskUrgeSchema),
  files: Type.Array(PlanTaskFileSchema),
});
export type PlanTask = Static<typeof PlanTaskSchema>;

export const PlanDetailSchema = Type.Object({
  plan: PlanSchema,
  /** The day the overdue figures were computed for (Vietnam's date). */
  today: Type.String(),
  tasks: Type.Array(PlanTaskSchema),
});
export type PlanDetail = Static<typeof PlanDetailSchema>;

export const UrgeResultSchema = Type.Object({
  id: Type.String(),
  dueBy: Type.String(),
  overdueWorkingDays: Type.Integer(),
});

export interface CreatePlanInput {
  number: string;
  title: string;
  issuingUnitId: string;
  issuedOn: string;
  focalUnitId: string;
  periodFrom: string;
  periodTo: string;
  urgeWorkingDays?: number;
}
export type UpdateTaskInput = Partial<AddTaskInput>;
export interface AddTaskInput {
  title: string;
  expectedOutput: string;
  assigneeUnitId: string;
  dueOn: string;
}
export interface ReportTaskInput {
  kind: PlanReportKind;
  text: string;
  percent?: number;
  attachmentIds?: string[];
}
