import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countVotes, minutesOf, type CastVote, type VoteInput } from '../../../src/domain/vote/vote-rule.ts';
import {
  DECREE_73_PROFILE,
  normaliseProfile,
  profileIssues,
  VOTE_BASES,
  type ProcedureProfile,
  type VoteBase,
  type VoteRule,
} from '../../../src/domain/profile/procedure-profile.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { allowedActions } from '../../../src/domain/case/authorise.ts';
import type { CaseSnapshot } from '../../../src/domain/case/case-snapshot.ts';
import { actor, grant, P, U, profile, snapshot } from '../case/fixtures.ts';

/**
 * Decree 73 Art. 8(1) and the spec's open question G12 (issue 10, item 9): every member recorded
 * as present has a ballot before a result is computed; the base of "more than 50 %" and the quorum
 * are settings, eligible members by default (the strictest reading); a tie goes to the head's
 * side whatever the settings.
 * Deciding body: head H and deputies D1–D4 (five eligible members).
 */
const MEMBERS = ['H', 'D1', 'D2', 'D3', 'D4'];
const rule = (base: VoteBase, quorumFraction = 0): VoteRule => ({
  ...DECREE_73_PROFILE.voteRule,
  base,
  quorumFraction,
});

/** One letter per member in order: F for, A against, - abstain, x absent. */
function meeting(pattern: string, written = false): VoteInput {
  const votes: CastVote[] = [];
  const attendees: string[] = [];
  [...pattern].forEach((ch, i) => {
    const id = MEMBERS[i]!;
    if (ch === 'x') return;
    attendees.push(id);
    votes.push({ personId: id, vote: ch === 'F' ? 'for' : ch === 'A' ? 'against' : 'abstain' });
  });
  return { members: MEMBERS, headId: 'H', excluded: [], attendees, votes, written };
}

type Expect = boolean | 'no_quorum';
// ballots, then the outcome under eligible members / members present / votes cast, at quorum 0 and at quorum ⅔.
const TABLE: [ballots: string, eligible: Expect, present: Expect, cast: Expect, quorumTwoThirds: Expect][] = [
  ['FFFAA', true, true, true, true],
  ['FFAAA', false, false, false, false],
  ['FFAxx', false, true, true, 'no_quorum'], // 2 of 5 eligible, 2 of 3 present
  ['FF-xx', false, true, true, 'no_quorum'],
  ['FF--x', false, false, false, false], // 2 of 4 present is not more than half, and no tie
  ['FFFxx', true, true, true, 'no_quorum'],
  ['FFA-x', false, false, false, false], // 2 of 5 or of 4: neither is more than half
  ['FFAxA', false, false, false, false], // 2–2 is a tie: the head voted for, so it passes, see below
  ['Fxxxx', false, true, true, 'no_quorum'],
];

describe('Art. 8(1), G12: the base (eligible members | members present | votes cast) × quorum × ballots', () => {
  for (const [ballots, eligible, present, cast, quorum] of TABLE) {
    const outcomes: [VoteBase, Expect][] = [
      ['eligible_members', eligible],
      ['members_present', present],
      ['votes_cast', cast],
    ];
    for (const [base, expected] of outcomes) {
      it(`${ballots} counted on ${base} → ${expected === true ? 'passed' : 'not passed'}`, () => {
        const result = countVotes(meeting(ballots), rule(base));
        const tie = result.for === result.against && result.for > 0;
        assert.equal(result.passed, tie ? true : expected, 'a tie goes to the head, who voted for');
      });
    }
    it(`${ballots} under eligible members with a ⅔ quorum → ${quorum}`, () => {
      if (quorum === 'no_quorum') {
        assert.throws(
          () => countVotes(meeting(ballots), rule('eligible_members', 2 / 3)),
          (e: unknown) =>
            e instanceof DomainError && e.fields.some((f) => f.path === 'attendeeIds' && f.code === 'no_quorum'),
        );
      } else {
        assert.equal(
          countVotes(meeting(ballots), rule('eligible_members', 2 / 3)).passed,
          quorum || ballots === 'FFAxA',
        );
      }
    });
  }

  it('a proposal that passes on eligible members passes on every base (the default is the strictest reading)', () => {
    const patterns = ['F', 'A', '-', 'x'];
    let passedOnEligible = 0;
    for (let n = 0; n < 4 ** 5; n++) {
      const ballots = MEMBERS.map((_, i) => patterns[Math.floor(n / 4 ** i) % 4]).join('');
      if (ballots[0] === 'x' || !/[FA-]/.test(ballots)) continue;
      if (!countVotes(meeting(ballots), rule('eligible_members')).passed) continue;
      passedOnEligible++;
      for (const base of VOTE_BASES)
        assert.equal(countVotes(meeting(ballots), rule(base)).passed, true, `${ballots} on ${base}`);
    }
    assert.ok(passedOnEligible > 50);
  });

  it('Decree 73’s profile counts on eligible members by default, with no quorum and no written consultation', () => {
    assert.equal(DECREE_73_PROFILE.voteRule.base, 'eligible_members');
    assert.equal(DECREE_73_PROFILE.voteRule.quorumFraction, 0);
    assert.equal(DECREE_73_PROFILE.voteRule.writtenConsultation, false);
  });
});

describe('Art. 8(1), G12: every member present has a ballot before a result is computed', () => {
  it('three members present, only the head’s ballot recorded → refused, naming each member without a ballot', () => {
    const input: VoteInput = {
      members: ['H', 'D1', 'D2'],
      headId: 'H',
      excluded: [],
      attendees: ['H', 'D1', 'D2'],
      votes: [{ personId: 'H', vote: 'for' }],
    };
    assert.throws(
      () => countVotes(input, DECREE_73_PROFILE.voteRule),
      (e: unknown) => {
        assert.ok(e instanceof DomainError);
        assert.deepEqual(e.fields, [
          { path: 'attendeeIds[1]', code: 'ballot_missing', params: { personId: 'D1' } },
          { path: 'attendeeIds[2]', code: 'ballot_missing', params: { personId: 'D2' } },
        ]);
        return true;
      },
    );
  });
  it('an abstention is a ballot', () => {
    const result = countVotes(meeting('F--xx'), DECREE_73_PROFILE.voteRule);
    assert.deepEqual([result.abstain, result.passed], [2, false]);
  });
  it('a deputy-proposer who attends is excluded and needs no ballot', () => {
    const input: VoteInput = {
      members: ['H', 'D1', 'D2'],
      headId: 'H',
      excluded: ['D2'],
      attendees: ['H', 'D1', 'D2'],
      votes: [
        { personId: 'H', vote: 'for' },
        { personId: 'D1', vote: 'for' },
      ],
    };
    assert.equal(countVotes(input, DECREE_73_PROFILE.voteRule).passed, true);
  });
});

describe('Art. 8(1): the tie rule is law, not a setting', () => {
  it('2–2 with the head for passes on every base; with the head against it fails', () => {
    for (const base of VOTE_BASES) {
      assert.equal(countVotes(meeting('FFAAx'), rule(base)).passed, true, base);
      assert.equal(countVotes(meeting('AFFAx'), rule(base)).passed, false, base);
    }
  });
  it('a profile that says a tie is "not passed" is refused', () => {
    const p: ProcedureProfile = {
      ...DECREE_73_PROFILE,
      voteRule: { ...DECREE_73_PROFILE.voteRule, tie: 'not_passed' },
    };
    assert.deepEqual(profileIssues(p), [{ path: 'voteRule.tie', code: 'fixed_by_law' }]);
  });
});

describe('G12: written consultation and the minutes', () => {
  it('in a written consultation the head need not be among those who replied', () => {
    const result = countVotes(meeting('xFFFA', true), DECREE_73_PROFILE.voteRule);
    assert.deepEqual([result.passed, result.present, result.base], [true, 4, 5]);
    assert.throws(() => countVotes(meeting('xFFFA'), DECREE_73_PROFILE.voteRule), /invalid_vote/);
  });
  it('the minutes list every member: their ballot, absent, or excluded', () => {
    const lines = minutesOf({
      members: MEMBERS,
      excluded: ['D4'],
      votes: [
        { personId: 'H', vote: 'for' },
        { personId: 'D1', vote: 'abstain' },
        { personId: 'D2', vote: 'against' },
      ],
    });
    assert.deepEqual(
      lines.map((l) => `${l.personId}:${l.ballot}`),
      ['H:for', 'D1:abstain', 'D2:against', 'D3:absent', 'D4:excluded'],
    );
  });
});

describe('Profiles stored before these settings keep their behaviour (normaliseProfile)', () => {
  it('`all_members` reads as eligible members; the superior and termination limits take the ordinary ones', () => {
    const { superiorConsiderationDays: _s, terminationReportDays: _t, ...limits } = DECREE_73_PROFILE.limits;
    const { writtenConsultation: _w, ...voteRule } = DECREE_73_PROFILE.voteRule;
    const stored = {
      ...DECREE_73_PROFILE,
      limits: { ...limits, considerationMeetingDays: 9, completionReportDays: 4 },
      voteRule: { ...voteRule, base: 'all_members' },
    } as unknown as ProcedureProfile;
    const read = normaliseProfile(stored);
    assert.equal(read.voteRule.base, 'eligible_members');
    assert.equal(read.voteRule.writtenConsultation, false);
    assert.equal(read.limits.superiorConsiderationDays, 9);
    assert.equal(read.limits.terminationReportDays, 4);
  });
});

describe('G12: who is offered a ballot in a written consultation (cast_ballot)', () => {
  const written = profile({
    voteRule: { ...DECREE_73_PROFILE.voteRule, writtenConsultation: true },
    partyOpinionBeforeApproval: false,
  });
  const deputy = actor(P.deputy, [grant('deputy', U.agency)]);
  const offered = (over: Partial<CaseSnapshot>) =>
    allowedActions(
      deputy,
      snapshot({ state: 'under_consideration', appraisers: [], profile: written, ...over }),
    ).includes('cast_ballot');
  it('a deputy of the deciding unit, once', () => {
    assert.equal(offered({}), true);
    assert.equal(offered({ writtenBallots: [{ personId: P.deputy, vote: 'for' }] }), false);
  });
  it('not a deputy who is a co-proposer (Art. 8(1))', () =>
    assert.equal(offered({ coProposerIds: [P.deputy] }), false));
  it('not under a profile without written consultation', () =>
    assert.equal(offered({ profile: profile({ partyOpinionBeforeApproval: false }) }), false));
});
