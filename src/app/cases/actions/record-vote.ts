import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Id, Ids, IsoDateString, OptionalText } from '../schemas.ts';
import { checkPastDate } from '../checks.ts';
import { decidingCollective } from '../collective.ts';
import { Ballot } from './cast-ballot.ts';
import { countVotes, minutesOf, type CastVote } from '../../../domain/vote/vote-rule.ts';
import { vietnamDate } from '../../../domain/calendar/working-calendar.ts';
import { invalid, type FieldIssue } from '../../../domain/errors.ts';
import type { CaseSnapshot } from '../../../domain/case/case-snapshot.ts';

interface VoteBody {
  attendeeIds?: string[];
  votes?: CastVote[];
  written?: boolean;
}

/**
 * Where the ballots come from: the meeting's record the head enters, or (a written consultation,
 * G12) the ballots the members cast in the application. The two are never mixed.
 */
function ballotsOf(input: VoteBody, c: CaseSnapshot): { attendees: string[]; votes: CastVote[]; written: boolean } {
  const cast = c.writtenBallots ?? [];
  const issues: FieldIssue[] = [];
  if (input.written) {
    if (!c.profile.voteRule.writtenConsultation)
      issues.push({ path: 'written', code: 'written_consultation_not_allowed' });
    if (input.attendeeIds) issues.push({ path: 'attendeeIds', code: 'not_with_written' });
    if (input.votes) issues.push({ path: 'votes', code: 'not_with_written' });
    if (cast.length === 0) issues.push({ path: 'votes', code: 'required' });
    if (issues.length) throw invalid(issues, 'invalid_vote');
    return { attendees: cast.map((b) => b.personId), votes: cast, written: true };
  }
  if (cast.length > 0) issues.push({ path: 'written', code: 'written_ballots_cast' });
  if (!input.attendeeIds) issues.push({ path: 'attendeeIds', code: 'required' });
  if (!input.votes) issues.push({ path: 'votes', code: 'required' });
  if (issues.length) throw invalid(issues, 'invalid_vote');
  return { attendees: input.attendeeIds!, votes: input.votes!, written: false };
}

/**
 * Art. 8(1): within 7 working days of receipt the head chairs the collective's meeting; it passes
 * with more than 50 % in favour, a tie going to the head's side. Every member present has a
 * ballot; the base and quorum come from the profile (G12). The minutes list every member's ballot.
 */
export const recordVote = defineAction({
  action: 'record_vote',
  event: 'vote_recorded',
  summary: { vi: 'Ghi biên bản họp và kết quả biểu quyết', en: 'Record the meeting and its vote' },
  body: Type.Object(
    {
      meetingOn: IsoDateString,
      attendeeIds: Type.Optional(Ids(1)),
      votes: Type.Optional(
        Type.Array(Type.Object({ personId: Id, vote: Ballot }, { additionalProperties: false }), {
          minItems: 1,
          maxItems: 100,
        }),
      ),
      written: Type.Optional(
        Type.Boolean({
          description: 'Record the result of a written consultation from the ballots members cast (G12)',
        }),
      ),
      minutes: OptionalText(50_000),
    },
    { additionalProperties: false },
  ),
  async apply({ db, row, input, snapshot, today }) {
    const submittedOn = row.submitted_at ? vietnamDate(row.submitted_at) : undefined;
    const meetingOn = checkPastDate(input.meetingOn, 'meetingOn', today, submittedOn);
    const p = snapshot.profile;
    const body = await decidingCollective(db, snapshot);
    const { attendees, votes, written } = ballotsOf(input, snapshot);
    const result = countVotes({ ...body, attendees, votes, written }, p.voteRule);
    return {
      to: result.passed ? 'vote_passed' : 'vote_failed',
      payload: {
        meetingOn,
        mode: written ? 'written' : 'meeting',
        attendeeIds: attendees,
        votes,
        memberIds: body.members,
        excludedIds: body.excluded,
        ballots: minutesOf({ ...body, votes }),
        result,
        voteRule: p.voteRule,
        ...(input.minutes ? { minutes: input.minutes } : {}),
      },
    };
  },
});
