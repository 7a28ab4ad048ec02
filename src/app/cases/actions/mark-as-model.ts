import { Type } from 'typebox';
import { asTransaction } from '../../../db/kysely.ts';
import { addModel } from '../../../db/repositories/model-repository.ts';
import { evaluationOutcomeOf } from '../../../db/repositories/event-repository.ts';
import { DomainError } from '../../../domain/errors.ts';
import { defineAction } from '../case-action.ts';
import { LongText } from '../schemas.ts';

/**
 * KL14 §2.5: the deciding head marks a completed, successful initiative as a model to replicate.
 * Every unit may then adopt it (a new case linked to its origin, its plan copied for adaptation).
 */
export const markAsModel = defineAction({
  action: 'mark_as_model',
  event: 'marked_as_model',
  summary: { vi: 'Chọn làm mô hình để nhân rộng', en: 'Mark as a model to replicate' },
  body: Type.Object({ summary: LongText(4000) }, { additionalProperties: false }),
  locked: true,
  async apply({ db, row, facts, input, today }) {
    // A case evaluated before the outcome was kept with it: the evaluation event says.
    const outcome = facts.evaluationOutcome ?? (await evaluationOutcomeOf(db, row.id));
    if (outcome !== 'completed') throw new DomainError('conflict', 'model_needs_completed_outcome');
    const planVersion = row.approved_plan_version ?? row.plan_version;
    await addModel(
      asTransaction(db),
      { caseId: row.id, code: row.code, title: row.title, summary: input.summary, planVersion, markedOn: today },
      row.proposer_unit_id,
    );
    return {
      payload: { summary: input.summary, planVersion },
      facts: { ...facts, evaluationOutcome: outcome, model: { markedOn: today } },
    };
  },
});
