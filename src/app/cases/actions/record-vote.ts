import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Id, Ids, IsoDateString, OptionalText } from '../schemas.ts';
import { checkPastDate } from '../checks.ts';
import { decidingCollective } from '../collective.ts';
import { countVotes } from '../../../domain/vote/vote-rule.ts';
import { vietnamDate } from '../../../domain/calendar/working-calendar.ts';

const Vote = Type.Union([Type.Literal('for'), Type.Literal('against'), Type.Literal('abstain')]);

/**
 * Art. 8(1): within 7 working days of receipt the head chairs the collective's meeting; it passes
 * with more than 50 % in favour, a tie going to the head's side (the rule comes from the profile).
 */
export const recordVote = defineAction({
  action: 'record_vote',
  event: 'vote_recorded',
  summary: { vi: 'Ghi biên bản họp và kết quả biểu quyết', en: 'Record the meeting and its vote' },
  body: Type.Object(
    {
      meetingOn: IsoDateString,
      attendeeIds: Ids(1),
      votes: Type.Array(Type.Object({ personId: Id, vote: Vote }, { additionalProperties: false }), { minItems: 1, maxItems: 100 }),
      minutes: OptionalText(50_000),
    },
    { additionalProperties: false },
  ),
  async apply({ tx, row, input, snapshot, today }) {
    const submittedOn = row.submitted_at ? vietnamDate(row.submitted_at) : undefined;
    const meetingOn = checkPastDate(input.meetingOn, 'meetingOn', today, submittedOn);
    const p = snapshot.profile;
    const body = await decidingCollective(tx, snapshot);
    const result = countVotes({ ...body, attendees: input.attendeeIds, votes: input.votes }, p.voteRule);
    return {
      to: result.passed ? 'vote_passed' : 'vote_failed',
      payload: {
        meetingOn,
        attendeeIds: input.attendeeIds,
        votes: input.votes,
        excludedIds: body.excluded,
        result,
        voteRule: p.voteRule,
        ...(input.minutes ? { minutes: input.minutes } : {}),
      },
    };
  },
});
