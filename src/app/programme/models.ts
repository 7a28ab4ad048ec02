import type { AppContext } from '../context.ts';
import { findModel, listModels, modelPlan, replicationsOf } from '../../db/repositories/model-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { decodeDateCodeCursor, encodeDateCodeCursor } from './date-code-cursor.ts';

/** Models to replicate (KL14 §2.5), offered to every signed-in official, newest first. */
export async function modelsPage(app: AppContext, q: { cursor?: string; limit: number }) {
  const after = decodeDateCodeCursor(q.cursor);
  const rows = await listModels(app.db, {
    after: after && { markedOn: after.on, code: after.code },
    limit: q.limit + 1,
  });
  const items = rows.slice(0, q.limit).map(({ caseId: _id, ...m }) => m);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeDateCodeCursor(last.markedOn, last.code) : null };
}

/** One model with the plan it offers, to be adapted in the adopting unit's new draft. */
export async function modelWithPlan(app: AppContext, code: string) {
  const model = await findModel(app.db, code);
  if (!model) throw new DomainError('not_found', 'case_not_found');
  const { caseId, ...rest } = model;
  return { ...rest, plan: await modelPlan(app.db, caseId, model.planVersion) };
}

/** Where a case was replicated, for those who may read the case. */
export async function replicationsOfCase(app: AppContext, actor: Actor, code: string) {
  const { row } = await loadVisibleCase(app, actor, code);
  return { items: await replicationsOf(app.db, row.id) };
}
