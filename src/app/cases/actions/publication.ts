import { Type } from 'typebox';
import { asTransaction } from '../../../db/kysely.ts';
import { publishShowcaseItem, withdrawShowcaseItem } from '../../../db/repositories/showcase-repository.ts';
import { namesOf } from '../../../db/repositories/org-repository.ts';
import { defineAction } from '../case-action.ts';
import { LongText, Reasons } from '../schemas.ts';

/**
 * The public showcase (KL14 §2.5, making good models known): the deciding head approves what is
 * published — the summary and results written for the public, and whether the proposers' names
 * are shown. Nothing else of the case is public. The approval can be withdrawn at any time.
 */
export const approvePublication = defineAction({
  action: 'approve_publication',
  event: 'publication_approved',
  summary: { vi: 'Duyệt công bố công khai', en: 'Approve public showcase publication' },
  body: Type.Object(
    { summary: LongText(4000), results: LongText(4000), showProposerNames: Type.Boolean() },
    { additionalProperties: false },
  ),
  locked: true,
  async apply({ db, row, facts, input, today }) {
    const proposerIds = [row.proposer_id, ...facts.coProposerIds];
    const proposerNames = input.showProposerNames ? (await namesOf(db, proposerIds)).join(', ') : null;
    await publishShowcaseItem(
      asTransaction(db),
      {
        caseId: row.id,
        code: row.code,
        title: row.title,
        summary: input.summary,
        results: input.results,
        proposerNames,
        publishedOn: today,
      },
      row.proposer_unit_id,
    );
    return { payload: { ...input }, facts: { ...facts, publication: { approvedOn: today } } };
  },
});

export const withdrawPublication = defineAction({
  action: 'withdraw_publication',
  event: 'publication_withdrawn',
  summary: { vi: 'Rút khỏi trang công khai', en: 'Withdraw from the public showcase' },
  body: Type.Object({ reasons: Reasons }, { additionalProperties: false }),
  locked: true,
  async apply({ db, row, facts, input }) {
    await withdrawShowcaseItem(asTransaction(db), row.id);
    return { reasons: input.reasons, payload: {}, facts: { ...facts, publication: null } };
  },
});
