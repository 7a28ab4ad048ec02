import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { OptionalText } from '../schemas.ts';
import { decidingCollective } from '../collective.ts';
import { DomainError } from '../../../domain/errors.ts';

export const Ballot = Type.Union([Type.Literal('for'), Type.Literal('against'), Type.Literal('abstain')]);

/**
 * A written consultation (open question G12, where the profile allows it): each member of the
 * deciding body casts their own ballot in the application, recorded as an event by that member.
 * The head then records the result computed from the ballots (`record_vote` with `written`).
 */
export const castBallot = defineAction({
  action: 'cast_ballot',
  event: 'ballot_cast',
  summary: { vi: 'Gửi phiếu biểu quyết', en: 'Cast a ballot' },
  body: Type.Object({ vote: Ballot, comment: OptionalText(5_000) }, { additionalProperties: false }),
  async apply({ db, row, input, facts, actor, snapshot }) {
    const body = await decidingCollective(db, snapshot);
    // A head or deputy of the receiving unit who is not in the deciding body (a Party standing
    // committee under a local profile), or a deputy who proposed the case (Art. 8(1)), may not vote.
    if (!body.members.includes(actor.personId) || body.excluded.includes(actor.personId)) {
      throw new DomainError('forbidden', 'not_a_voting_member');
    }
    const ballot = { personId: actor.personId, vote: input.vote, planVersion: row.plan_version };
    return {
      facts: { ...facts, writtenBallots: [...(facts.writtenBallots ?? []), ballot] },
      payload: {
        vote: input.vote,
        planVersion: row.plan_version,
        ...(input.comment ? { comment: input.comment } : {}),
      },
    };
  },
});
