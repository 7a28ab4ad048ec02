import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countVotes, type CastVote, type VoteInput, type VoteResult } from '../../../src/domain/vote/vote-rule.ts';
import { DECREE_73_PROFILE, type VoteRule } from '../../../src/domain/profile/procedure-profile.ts';
import { DomainError, type FieldIssue } from '../../../src/domain/errors.ts';

/**
 * Requirement 3: Decree 73 Art. 8(1) — the head and the deputies (less a deputy who is the
 * proposer) vote; more than 50 % in favour passes; on a tie ("biểu quyết ngang nhau": as many
 * for as against) the side the head voted for prevails. The base of the percentage and the
 * quorum are profile settings (open question G12). Being exactly at the threshold is not more
 * than it, and is not a tie unless the two sides are equal.
 * Leadership: head H, deputies D1–D4.
 */
/** Decree 73's rule counted on the ballots cast (one reading of G12; the profile's default base is eligible members). */
const CAST: VoteRule = { ...DECREE_73_PROFILE.voteRule, base: 'votes_cast' };
const rule = (over: Partial<VoteRule> = {}): VoteRule => ({ ...CAST, ...over });
const ALL = ['H', 'D1', 'D2', 'D3', 'D4'];

/** `F`/`A`/`-` per member in order H, D1, D2…; a space means present but not voting; `x` absent. */
function meeting(pattern: string, members = ALL.slice(0, pattern.length), excluded: string[] = []): VoteInput {
  const votes: CastVote[] = [];
  const attendees: string[] = [];
  [...pattern].forEach((ch, i) => {
    const id = members[i]!;
    if (ch !== 'x') attendees.push(id);
    if (ch === 'F') votes.push({ personId: id, vote: 'for' });
    if (ch === 'A') votes.push({ personId: id, vote: 'against' });
    if (ch === '-') votes.push({ personId: id, vote: 'abstain' });
  });
  return { members, headId: 'H', excluded, attendees, votes };
}

type Outcome = Pick<VoteResult, 'passed' | 'tie' | 'decidedByHeadSide' | 'base'> & Partial<VoteResult>;
type Row = [name: string, input: VoteInput, rule: VoteRule, expected: Outcome];

const ROWS: Row[] = [
  // Plain majority.
  [
    '3 for, 2 against → passed',
    meeting('FFFAA'),
    CAST,
    { passed: true, tie: false, decidedByHeadSide: false, base: 5, for: 3, against: 2, abstain: 0 },
  ],
  [
    '2 for, 3 against → not passed',
    meeting('FFAAA'),
    CAST,
    { passed: false, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    'head against, 3 deputies for → passed',
    meeting('AFFFA'),
    CAST,
    { passed: true, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  ['unanimous → passed', meeting('FFFFF'), CAST, { passed: true, tie: false, decidedByHeadSide: false, base: 5 }],
  [
    'a collective of the head alone, for → passed',
    meeting('F', ['H']),
    CAST,
    { passed: true, tie: false, decidedByHeadSide: false, base: 1, eligible: 1, present: 1 },
  ],
  // Exact tie (4 members).
  [
    '2–2, head for → the head’s side: passed',
    meeting('FFAA'),
    CAST,
    { passed: true, tie: true, decidedByHeadSide: true, base: 4 },
  ],
  [
    '2–2, head against → the head’s side: not passed',
    meeting('AFFA'),
    CAST,
    { passed: false, tie: true, decidedByHeadSide: true, base: 4 },
  ],
  [
    '2–2 under a "no majority" tie rule, head for → not passed',
    meeting('FFAA'),
    rule({ tie: 'not_passed' }),
    { passed: false, tie: true, decidedByHeadSide: false, base: 4 },
  ],
  [
    '1–1 (head and one deputy), head for → passed',
    meeting('FA', ['H', 'D1']),
    CAST,
    { passed: true, tie: true, decidedByHeadSide: true, base: 2 },
  ],
  // Abstentions and absences under each base.
  [
    '3F 1A 1abst, votes cast → 3/5 passed',
    meeting('FFFA-'),
    CAST,
    { passed: true, tie: false, decidedByHeadSide: false, base: 5, abstain: 1 },
  ],
  [
    '2F 1A 2abst, votes cast → 2/5 not passed',
    meeting('FFA--'),
    CAST,
    { passed: false, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '2F 1A 2abst, members present → 2/5 not passed',
    meeting('FFA--'),
    rule({ base: 'members_present' }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '3 present (2F 1A), 2 absent, votes cast → 2/3 passed',
    meeting('FFAxx'),
    CAST,
    { passed: true, tie: false, decidedByHeadSide: false, base: 3, present: 3, eligible: 5 },
  ],
  [
    '3 present (2F 1A), 2 absent, members present → 2/3 passed',
    meeting('FFAxx'),
    rule({ base: 'members_present' }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 3 },
  ],
  [
    '3 present (2F 1A), 2 absent, all members → 2/5 not passed',
    meeting('FFAxx'),
    rule({ base: 'eligible_members' }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '4 present 3F 1A, all members → 3/5 passed',
    meeting('FFFAx'),
    rule({ base: 'eligible_members' }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '4 present 2F 2A, all members → 2/5 is no majority, but 2–2 is a tie: head for, passed',
    meeting('FFAAx'),
    rule({ base: 'eligible_members' }),
    { passed: true, tie: true, decidedByHeadSide: true, base: 5 },
  ],
  [
    '4 present 2F 2A, all members, head against → tie: not passed',
    meeting('AFFAx'),
    rule({ base: 'eligible_members' }),
    { passed: false, tie: true, decidedByHeadSide: true, base: 5 },
  ],
  [
    '4 present 2F 2A, all members, "no majority" tie rule → not passed',
    meeting('FFAAx'),
    rule({ base: 'eligible_members', tie: 'not_passed' }),
    { passed: false, tie: true, decidedByHeadSide: false, base: 5 },
  ],
  // Abstentions: a count at exactly half is not more than half, and unequal sides are no tie.
  [
    '2F 1A 1abst, votes cast, head for → 2/4 not passed, no tie',
    meeting('FFA-', ['H', 'D1', 'D2', 'D3']),
    CAST,
    { passed: false, tie: false, decidedByHeadSide: false, base: 4, for: 2, against: 1, abstain: 1 },
  ],
  [
    '2F 1A 1abst, votes cast, head against → 2/4 not passed, no tie',
    meeting('AFF-', ['H', 'D1', 'D2', 'D3']),
    CAST,
    { passed: false, tie: false, decidedByHeadSide: false, base: 4, for: 2, against: 1, abstain: 1 },
  ],
  [
    '2F 2A 1abst, votes cast, head for → 2/5 is no majority, but 2–2 is a tie: passed',
    meeting('FFAA-'),
    CAST,
    { passed: true, tie: true, decidedByHeadSide: true, base: 5, for: 2, against: 2, abstain: 1 },
  ],
  [
    '2F 2A 1abst, votes cast, head against → tie: not passed',
    meeting('AFFA-'),
    CAST,
    { passed: false, tie: true, decidedByHeadSide: true, base: 5 },
  ],
  [
    'everyone abstains → not passed, and no tie (no side to prevail)',
    meeting('---'),
    CAST,
    { passed: false, tie: false, decidedByHeadSide: false, base: 3, for: 0, against: 0, abstain: 3 },
  ],
  [
    'nobody for, one against → not passed, no tie',
    meeting('-A-'),
    CAST,
    { passed: false, tie: false, decidedByHeadSide: false, base: 3 },
  ],
  // Excluded deputy (a proposer).
  [
    'deputy-proposer excluded and absent: 2–2 among the other four, head for → passed',
    meeting('FFAAx', ALL, ['D4']),
    rule({ base: 'eligible_members' }),
    { passed: true, tie: true, decidedByHeadSide: true, base: 4, eligible: 4, present: 4 },
  ],
  [
    'deputy-proposer attends but does not vote and does not count as present (3 of 4 → passed)',
    meeting('FFFA ', ALL, ['D4']),
    rule({ base: 'members_present' }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 4, eligible: 4, present: 4 },
  ],
  // Quorum.
  [
    'quorum ⅔, 4 of 5 present → counted',
    meeting('FFFAx'),
    rule({ quorumFraction: 2 / 3 }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 4 },
  ],
  [
    'quorum ½, exactly half present (2 of 4 eligible) → counted',
    meeting('FFxxx', ALL, ['D4']),
    rule({ quorumFraction: 0.5 }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 2, eligible: 4, present: 2 },
  ],
  [
    'quorum 1, everyone present → counted',
    meeting('FFFAA'),
    rule({ quorumFraction: 1 }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  // Other fractions: exactly at the threshold is not more than it, and it is no tie — under either tie rule.
  [
    '⅔ rule, 4 of 6 for → not more than ⅔: not passed',
    meeting('FFFFAA', ['H', 'D1', 'D2', 'D3', 'D4', 'D5']),
    rule({ moreThanFraction: 2 / 3, tie: 'not_passed' }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 6 },
  ],
  [
    '⅔ rule with the head’s-side tie rule, 4 of 6 for, head for → not passed, the head does not decide',
    meeting('FFFFAA', ['H', 'D1', 'D2', 'D3', 'D4', 'D5']),
    rule({ moreThanFraction: 2 / 3 }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 6 },
  ],
  [
    '⅔ rule with the head’s-side tie rule, 2 of 3 for, head for → not passed, no tie',
    meeting('FFA', ['H', 'D1', 'D2']),
    rule({ moreThanFraction: 2 / 3 }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 3 },
  ],
  [
    '⅔ rule, 5 of 6 for → passed',
    meeting('FFFFFA', ['H', 'D1', 'D2', 'D3', 'D4', 'D5']),
    rule({ moreThanFraction: 2 / 3, tie: 'not_passed' }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 6 },
  ],
  [
    '60 % rule, 3 of 5 for → not passed',
    meeting('FFFAA'),
    rule({ moreThanFraction: 0.6, tie: 'not_passed' }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '60 % rule with the head’s-side tie rule, 3 of 5 for → not passed, the head does not decide',
    meeting('FFFAA'),
    rule({ moreThanFraction: 0.6 }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '60 % rule, 4 of 5 for → passed',
    meeting('FFFFA'),
    rule({ moreThanFraction: 0.6, tie: 'not_passed' }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '0 % rule, a single vote for → passed',
    meeting('FAAAA'),
    rule({ moreThanFraction: 0, tie: 'not_passed' }),
    { passed: true, tie: false, decidedByHeadSide: false, base: 5 },
  ],
  [
    '¾ rule, 3 of 4 for → not passed',
    meeting('FFFA'),
    rule({ moreThanFraction: 0.75, tie: 'not_passed' }),
    { passed: false, tie: false, decidedByHeadSide: false, base: 4 },
  ],
];

describe('countVotes: outcomes', () => {
  for (const [name, input, r, expected] of ROWS) {
    it(name, () => {
      const result = countVotes(input, r);
      const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, result[k as keyof VoteResult]]));
      assert.deepEqual(picked, expected);
      assert.equal(result.for + result.against + result.abstain, input.votes.length, 'every vote is tallied once');
    });
  }
});

type Bad = [name: string, input: VoteInput, rule: VoteRule, issues: FieldIssue[]];

const v = (personId: string, vote: CastVote['vote'] = 'for'): CastVote => ({ personId, vote });
const BAD: Bad[] = [
  [
    'the excluded deputy-proposer votes',
    { ...meeting('FFFA ', ALL, ['D4']), votes: [v('H'), v('D1'), v('D2'), v('D3'), v('D4')] },
    CAST,
    [{ path: 'votes[4].personId', code: 'voter_excluded' }],
  ],
  [
    'an excluded person who is not even a member votes',
    { ...meeting('FF'), excluded: ['Z'], votes: [v('H'), v('D1'), v('Z')] },
    CAST,
    [{ path: 'votes[2].personId', code: 'voter_excluded' }],
  ],
  [
    'a non-member votes',
    { ...meeting('FFA'), votes: [v('H'), v('D1'), v('D2', 'against'), v('X', 'against')] },
    CAST,
    [{ path: 'votes[3].personId', code: 'not_a_member' }],
  ],
  [
    'a non-member attends',
    { ...meeting('FFA'), attendees: ['H', 'D1', 'X', 'D2'] },
    CAST,
    [{ path: 'attendeeIds[2]', code: 'not_a_member' }],
  ],
  [
    'a member votes without attending',
    { ...meeting('FFx'), votes: [v('H'), v('D1'), v('D2', 'against')] },
    CAST,
    [{ path: 'votes[2].personId', code: 'voter_absent' }],
  ],
  [
    'a member votes twice',
    { ...meeting('FFA'), votes: [v('H'), v('D1'), v('D2', 'against'), v('D1', 'against')] },
    CAST,
    [{ path: 'votes[3].personId', code: 'duplicate_vote' }],
  ],
  ['the head does not attend', meeting('xFA'), CAST, [{ path: 'attendeeIds', code: 'head_must_chair' }]],
  [
    'nobody votes: each member present lacks a ballot',
    meeting('   '),
    CAST,
    [
      { path: 'attendeeIds[0]', code: 'ballot_missing', params: { personId: 'H' } },
      { path: 'attendeeIds[1]', code: 'ballot_missing', params: { personId: 'D1' } },
      { path: 'attendeeIds[2]', code: 'ballot_missing', params: { personId: 'D2' } },
      { path: 'votes', code: 'required' },
    ],
  ],
  [
    'quorum ⅔, 3 of 5 present',
    meeting('FFAxx'),
    rule({ quorumFraction: 2 / 3 }),
    [{ path: 'attendeeIds', code: 'no_quorum' }],
  ],
  [
    'quorum 1, one eligible member absent',
    meeting('FFFAx'),
    rule({ quorumFraction: 1 }),
    [{ path: 'attendeeIds', code: 'no_quorum' }],
  ],
  [
    'every problem at once is reported together',
    {
      members: ALL,
      headId: 'H',
      excluded: ['D4'],
      attendees: ['D1', 'X'],
      votes: [v('D1'), v('D1'), v('D4'), v('Y'), v('D2')],
    },
    rule({ quorumFraction: 0.5 }),
    [
      { path: 'attendeeIds[1]', code: 'not_a_member' },
      { path: 'votes[1].personId', code: 'duplicate_vote' },
      { path: 'votes[2].personId', code: 'voter_excluded' },
      { path: 'votes[3].personId', code: 'not_a_member' },
      { path: 'votes[4].personId', code: 'voter_absent' },
      { path: 'attendeeIds', code: 'head_must_chair' },
      { path: 'attendeeIds', code: 'no_quorum' },
    ],
  ],
];

describe('countVotes: invalid meetings are refused with field issues', () => {
  for (const [name, input, r, issues] of BAD) {
    it(name, () => {
      assert.throws(
        () => countVotes(input, r),
        (e: unknown) => {
          assert.ok(e instanceof DomainError, 'a DomainError');
          assert.equal(e.kind, 'validation');
          assert.equal(e.code, 'invalid_vote');
          assert.deepEqual(e.fields, issues);
          return true;
        },
      );
    });
  }
});

/** A meeting of n members (H, D1…), everyone present: `nFor` for, the rest against unless `nAgainst` is given, the others abstain. */
function big(n: number, nFor: number, nAgainst = n - nFor): VoteInput {
  const members = Array.from({ length: n }, (_, i) => (i === 0 ? 'H' : `D${i}`));
  return meeting('F'.repeat(nFor) + 'A'.repeat(nAgainst) + '-'.repeat(n - nFor - nAgainst), members);
}

describe('countVotes: exact arithmetic at the threshold', () => {
  // Each fraction × base below is a whole number that floating point misses by one unit in the last place.
  const rows: [fraction: number, base: number, exact: number][] = [
    [0.58, 50, 29], // 0.58 × 50 = 28.999999999999996
    [0.57, 100, 57], // 0.57 × 100 = 56.99999999999999
    [0.29, 100, 29], // 0.29 × 100 = 28.999999999999996
    [0.7, 10, 7], // 0.7 × 10 = 7.000000000000001
  ];
  for (const [fraction, base, exact] of rows) {
    const pct = Math.round(fraction * 100);
    it(`${pct} % rule, ${exact} of ${base} for (exactly ${pct} %) is not more: not passed; ${exact + 1} of ${base} passes`, () => {
      const r = rule({ moreThanFraction: fraction, tie: 'not_passed' });
      assert.equal(countVotes(big(base, exact), r).passed, false, `${exact}/${base} is not more than ${fraction}`);
      assert.equal(countVotes(big(base, exact + 1), r).passed, true, `${exact + 1}/${base} is more than ${fraction}`);
    });
  }
});

describe('countVotes: a tie is as many for as against ("biểu quyết ngang nhau")', () => {
  it('4 for, 4 against, one abstains (members present), head for → tie, decided by the head’s side: passed', () => {
    const result = countVotes(big(9, 4, 4), rule({ base: 'members_present' }));
    assert.deepEqual(
      [result.for, result.against, result.base, result.tie, result.decidedByHeadSide, result.passed],
      [4, 4, 9, true, true, true],
    );
  });
  it('the same with the head against → not passed', () => {
    const input = big(9, 4, 4);
    input.votes = input.votes.map((v) =>
      v.personId === 'H' ? { ...v, vote: 'against' } : v.personId === 'D4' ? { ...v, vote: 'for' } : v,
    );
    const result = countVotes(input, rule({ base: 'members_present' }));
    assert.deepEqual(
      [result.for, result.against, result.tie, result.decidedByHeadSide, result.passed],
      [4, 4, true, true, false],
    );
  });
  it('the head abstains on a 1–1 split: no side of the head’s to prevail, not passed', () => {
    const result = countVotes(meeting('-FA'), CAST);
    assert.equal(result.tie, true, 'one for, one against is a tie');
    assert.equal(result.passed, false, 'the head voted for neither side');
  });
  it('whatever the counts, a tie is never also a pass on the fraction, and the head decides exactly the ties', () => {
    // Each rule with its fraction as numerator / denominator, so that the expectation is computed in whole numbers.
    const rules: [VoteRule, number, number][] = [
      [CAST, 1, 2],
      [rule({ base: 'members_present' }), 1, 2],
      [rule({ base: 'eligible_members' }), 1, 2],
      [rule({ moreThanFraction: 2 / 3 }), 2, 3],
      [rule({ moreThanFraction: 0.6 }), 3, 5],
    ];
    let ties = 0;
    for (let n = 1; n <= 7; n++) {
      for (let f = 0; f <= n; f++) {
        for (let a = f === 0 ? 1 : 0; a <= n - f; a++) {
          for (const [r, num, den] of rules) {
            const result = countVotes(big(n, f, a), r);
            const label = `${n} members, ${f} for, ${a} against, ${JSON.stringify(r)}`;
            const majority = f * den > num * result.base;
            assert.equal(result.tie, f > 0 && f === a && !majority, label);
            assert.equal(result.decidedByHeadSide, result.tie, label);
            // In big(), the head is the first member and votes for whenever anyone does.
            assert.equal(result.passed, majority || result.tie, label);
            if (result.tie) ties++;
          }
        }
      }
    }
    assert.ok(ties > 20, `only ${ties} ties met`);
  });
});

describe('countVotes: thresholds that floating point cannot hold exactly', () => {
  for (const [fraction, members, forVotes] of [
    [1 / 3, 6, 2],
    [5 / 6, 6, 5],
    [2 / 7, 7, 2],
    [0.58, 50, 29],
  ] as const) {
    it(`exactly ${forVotes} of ${members} under a ${fraction.toFixed(4)} rule is not more than the threshold`, () => {
      const ids = Array.from({ length: members }, (_, i) => `m${i}`);
      const result = countVotes(
        {
          members: ids,
          headId: 'm0',
          excluded: [],
          attendees: ids,
          votes: ids.map((personId, i) => ({ personId, vote: i < forVotes ? 'for' : 'against' })),
        },
        {
          moreThanFraction: fraction,
          base: 'eligible_members',
          tie: 'not_passed',
          quorumFraction: 0,
          writtenConsultation: false,
        },
      );
      assert.equal(result.passed, false, `${forVotes}/${members} must not pass a "more than ${fraction}" rule`);
    });
  }
});
