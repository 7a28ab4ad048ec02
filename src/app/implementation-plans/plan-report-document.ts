import type { AppContext } from '../context.ts';
import { unitIssuer } from '../documents/record-document-source.ts';
import { contentHash } from '../protection/hashing.ts';
import { headOf } from '../../db/repositories/org-repository.ts';
import type { PlanDetail } from '../../contract/implementation-plans.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { doneOnTime } from '../../domain/implementation-plans/plan-task-rules.ts';
import { buildPlanReportDocument, type PlanReportFigures } from '../../documents/model/kinds/plan-report.ts';
import { renderDocument } from '../../documents/render/render-document.ts';
import { requireOnPlan } from './plan-access.ts';
import type { PlanDetailData } from './plan-queries.ts';

/** The figures of the report: tasks done on time or late (due dates on the legal calendar), open and overdue. */
export function planReportFigures(app: AppContext, detail: PlanDetail): PlanReportFigures {
  const f: PlanReportFigures = {
    total: 0,
    done: 0,
    doneOnTime: 0,
    doneLate: 0,
    inProgress: 0,
    notStarted: 0,
    overdueOpen: 0,
  };
  for (const t of detail.tasks) {
    f.total += 1;
    if (t.status === 'done') {
      f.done += 1;
      if (doneOnTime(t, app.calendar)) f.doneOnTime += 1;
      else f.doneLate += 1;
    } else {
      if (t.status === 'in_progress') f.inProgress += 1;
      else f.notStarted += 1;
      if (t.overdueWorkingDays > 0) f.overdueOpen += 1;
    }
  }
  return f;
}

/**
 * The plan's periodic report as a DOCX draft, issued in the focal-point unit's name with today's
 * date: signed by the caller when they belong to the focal unit, otherwise prepared for its head.
 * It is not numbered or kept: the office numbers it from its register when it signs.
 */
export async function planReportDocx(
  app: AppContext,
  actor: Actor,
  data: PlanDetailData,
  detail: PlanDetail,
): Promise<Buffer> {
  requireOnPlan(data.view.relations, 'export');
  const focalUnitId = data.view.plan.focal_unit_id;
  const signerId =
    actor.unitId === focalUnitId ? actor.personId : ((await headOf(app.db, focalUnitId)) ?? actor.personId);
  const { issuingUnitId: _, ...issuer } = await unitIssuer(app, app.db, focalUnitId, signerId);
  const model = buildPlanReportDocument({
    ...issuer,
    detail,
    figures: planReportFigures(app, detail),
    // The detail as JSON, so anyone given the same data can recompute it.
    dataSha256: contentHash(JSON.parse(JSON.stringify(detail))),
  });
  return renderDocument(model, 'docx', app.now());
}
