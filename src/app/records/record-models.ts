import type { Db } from '../../db/kysely.ts';
import type { ModelReplicated } from '../../contract/official-record.ts';

/**
 * The cases among these that were marked as models to replicate, or that other units adopted
 * (`replicated_from_case_id`), with the number of adoptions submitted so far.
 */
export async function modelsReplicated(db: Db, caseIds: string[]): Promise<ModelReplicated[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('case_models as m', 'm.case_id', 'c.id')
    .select((eb) => [
      'c.code',
      'm.case_id as model',
      eb
        .selectFrom('cases as r')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('r.replicated_from_case_id', '=', 'c.id')
        .where('r.submitted_at', 'is not', null)
        .as('replications'),
    ])
    .where('c.id', 'in', caseIds)
    .orderBy('c.code')
    .execute();
  return rows
    .map((r) => ({ caseCode: r.code, markedAsModel: r.model !== null, replications: Number(r.replications ?? 0) }))
    .filter((m) => m.markedAsModel || m.replications > 0);
}
