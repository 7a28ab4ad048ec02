import type { VoteRule } from '../profile/procedure-profile.ts';
import { DomainError, type FieldIssue } from '../errors.ts';

export type VoteChoice = 'for' | 'against' | 'abstain';
export interface CastVote {
  personId: string;
  vote: VoteChoice;
}

export interface VoteInput {
  /** The deciding body: head and deputies (or the standing body) at the time of the meeting. */
  members: string[];
  headId: string;
  /** Members who may not vote on this case (a deputy who is a proposer or co-proposer). */
  excluded: string[];
  attendees: string[];
  votes: CastVote[];
  /**
   * A written consultation (G12, where the profile allows it): the attendees are the members who
   * cast a ballot in the application, and there is no meeting for the head to chair.
   */
  written?: boolean;
}

export interface VoteResult {
  passed: boolean;
  tie: boolean;
  decidedByHeadSide: boolean;
  for: number;
  against: number;
  abstain: number;
  base: number;
  eligible: number;
  present: number;
}

/** One line of the minutes: every member of the deciding body and what became of their ballot. */
export interface MinutesLine {
  personId: string;
  ballot: VoteChoice | 'absent' | 'excluded';
}

function meetingIssues(input: VoteInput, rule: VoteRule): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const members = new Set(input.members);
  const excluded = new Set(input.excluded);
  const eligible = input.members.filter((m) => !excluded.has(m));
  const present = new Set(input.attendees.filter((a) => members.has(a) && !excluded.has(a)));
  const voted = new Set(input.votes.map((v) => v.personId));

  input.attendees.forEach((a, i) => {
    if (!members.has(a)) issues.push({ path: `attendeeIds[${i}]`, code: 'not_a_member' });
    // Art. 8(1), G12: every member present votes (for, against or abstain) before a result is
    // computed; a member recorded as present without a ballot would silently count as "not for".
    else if (present.has(a) && !voted.has(a))
      issues.push({ path: `attendeeIds[${i}]`, code: 'ballot_missing', params: { personId: a } });
  });
  const seen = new Set<string>();
  input.votes.forEach((v, i) => {
    if (excluded.has(v.personId)) issues.push({ path: `votes[${i}].personId`, code: 'voter_excluded' });
    else if (!members.has(v.personId)) issues.push({ path: `votes[${i}].personId`, code: 'not_a_member' });
    else if (!present.has(v.personId)) issues.push({ path: `votes[${i}].personId`, code: 'voter_absent' });
    if (seen.has(v.personId)) issues.push({ path: `votes[${i}].personId`, code: 'duplicate_vote' });
    seen.add(v.personId);
  });
  if (!input.written && !present.has(input.headId) && members.has(input.headId)) {
    // The head chairs the meeting (Art. 8(1)); without the head there is no meeting to record.
    issues.push({ path: 'attendeeIds', code: 'head_must_chair' });
  }
  if (input.votes.length === 0) issues.push({ path: 'votes', code: 'required' });
  if (eligible.length > 0 && present.size / eligible.length < rule.quorumFraction) {
    issues.push({ path: 'attendeeIds', code: 'no_quorum' });
  }
  return issues;
}

/**
 * Decree 73 Art. 8(1): the head and deputies, less a deputy who is the proposer, vote; the
 * proposal passes with more than 50 % in favour; on a tie the side the head voted for prevails.
 * The base of the percentage and the quorum are profile settings (open question G12).
 */
export function countVotes(input: VoteInput, rule: VoteRule): VoteResult {
  const issues = meetingIssues(input, rule);
  if (issues.length) throw new DomainError('validation', 'invalid_vote', issues);
  const excluded = new Set(input.excluded);
  const eligible = input.members.filter((m) => !excluded.has(m));
  const present = new Set(input.attendees.filter((a) => eligible.includes(a)));

  const tally = { for: 0, against: 0, abstain: 0 };
  for (const v of input.votes) tally[v.vote] += 1;
  const base =
    rule.base === 'eligible_members'
      ? eligible.length
      : rule.base === 'members_present'
        ? present.size
        : input.votes.length;
  // The threshold is rounded to 9 decimals: in floating point 0.58 × 50 is 28.999999999999996 and
  // (1/3) × 6 may miss 2 by an ulp, and a count exactly at the threshold must not pass.
  const threshold = Math.round(rule.moreThanFraction * base * 1e9) / 1e9;
  let passed = tally.for > threshold;
  // "Biểu quyết ngang nhau": as many for as against. The head's side then decides (Art. 8(1)).
  const tie = !passed && tally.for > 0 && tally.for === tally.against;
  const headVote = input.votes.find((v) => v.personId === input.headId)?.vote;
  let decidedByHeadSide = false;
  if (tie && rule.tie === 'head_side') {
    decidedByHeadSide = true;
    passed = headVote === 'for';
  }
  return { ...tally, passed, tie, decidedByHeadSide, base, eligible: eligible.length, present: present.size };
}

/** The minutes' list of ballots: every member of the deciding body, in the body's order. */
export function minutesOf(input: Pick<VoteInput, 'members' | 'excluded' | 'votes'>): MinutesLine[] {
  const excluded = new Set(input.excluded);
  return input.members.map((personId) => ({
    personId,
    ballot: excluded.has(personId) ? 'excluded' : (input.votes.find((v) => v.personId === personId)?.vote ?? 'absent'),
  }));
}
