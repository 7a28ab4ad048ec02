import { Type } from 'typebox';
import { byKey } from '../../../db/by-key.ts';
import { defineAction } from '../case-action.ts';
import { completePlan } from '../plan-checks.ts';
import { routeFor } from '../routing.ts';
import { DomainError } from '../../../domain/errors.ts';

/**
 * Art. 7(3)–(4): the plan goes to the head of the proposer's unit, or to the head of the
 * superior unit when that head is the proposer or one of the co-proposers.
 */
export const submitProposal = defineAction({
  action: 'submit',
  event: 'submitted',
  summary: { vi: 'Gửi đề xuất', en: 'Submit the proposal' },
  body: Type.Object({}, { additionalProperties: false }),
  async apply({ db, row, snapshot, facts }) {
    const { sha256 } = await completePlan(db, row.id, row.plan_version, snapshot.profile);
    if (snapshot.profile.coveredPositionsOnly) {
      const covered = await db
        .selectFrom('people')
        .innerJoin('positions', 'positions.code', 'people.position_code')
        .select('positions.covered_by_decree')
        .where('people.id', '=', row.proposer_id)
        .modifyEnd(byKey)
        .executeTakeFirst();
      if (!covered?.covered_by_decree)
        throw new DomainError('validation', 'proposer_not_covered', [{ path: 'proposer', code: 'not_covered' }]);
    }
    const route = await routeFor(db, [row.proposer_id, ...facts.coProposerIds], row.proposer_unit_id);
    return {
      routeTo: route.unit,
      payload: {
        planVersion: row.plan_version,
        planSha256: sha256,
        receivingUnitId: route.unit.id,
        routedToSuperior: route.toSuperior,
        urgent: row.urgent,
      },
      deadline: { toSuperior: route.toSuperior },
    };
  },
});
