import type { Plan, PlanDetail, PlanTask } from '../../contract/implementation-plans.ts';
import type { PlanDetailData, PlanView, TaskView } from '../../app/implementation-plans/plan-queries.ts';
import { mayOnPlan } from '../../domain/implementation-plans/plan-task-rules.ts';

export function presentPlan({ plan, relations, tally }: PlanView): Plan {
  return {
    id: plan.id,
    number: plan.number,
    title: plan.title,
    issuingUnit: { id: plan.issuing_unit_id, name: plan.issuing_name },
    issuedOn: plan.issued_on,
    focalUnit: { id: plan.focal_unit_id, name: plan.focal_name },
    periodFrom: plan.period_from,
    periodTo: plan.period_to,
    urgeWorkingDays: plan.urge_working_days,
    version: plan.version,
    tally,
    mayManageTasks: mayOnPlan(relations, 'manage_tasks'),
    mayUrge: mayOnPlan(relations, 'urge'),
    mayExport: mayOnPlan(relations, 'export'),
  };
}

function presentTask(v: TaskView, d: PlanDetailData): PlanTask {
  const t = v.task;
  return {
    id: t.id,
    ordinal: t.ordinal,
    title: t.title,
    expectedOutput: t.expected_output,
    assigneeUnit: { id: t.assignee_unit_id, name: t.assignee_name },
    dueOn: t.due_on,
    status: t.status,
    percent: t.percent,
    doneOn: t.done_on,
    overdueWorkingDays: v.overdue,
    lastReportAt: t.last_report_at?.toISOString() ?? null,
    urgeCount: t.urge_count,
    lastUrgeDueBy: t.last_urge_due_by,
    version: t.version,
    mayReport: mayOnPlan(v.relations, 'report'),
    reports: d.reports
      .filter((r) => r.task_id === t.id)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        text: r.text,
        percent: r.percent,
        at: r.at.toISOString(),
        authorName: r.author_name,
        authorUnitName: r.author_unit_name,
        attachmentIds: r.attachment_ids,
      })),
    urges: d.urges
      .filter((u) => u.task_id === t.id)
      .map((u) => ({
        id: u.id,
        at: u.at.toISOString(),
        byName: u.urged_by_name,
        note: u.note,
        overdueWorkingDays: u.overdue_working_days,
        workingDays: u.working_days,
        dueBy: u.due_by,
      })),
    files: d.files
      .filter((f) => f.task_id === t.id)
      .map((f) => ({
        id: f.id,
        filename: f.filename,
        mediaType: f.media_type,
        size: f.size,
        sha256: f.sha256,
        uploadedAt: f.uploaded_at.toISOString(),
      })),
  };
}

export function presentPlanDetail(d: PlanDetailData): PlanDetail {
  return { plan: presentPlan(d.view), today: d.today, tasks: d.tasks.map((v) => presentTask(v, d)) };
}
