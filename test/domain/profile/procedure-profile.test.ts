import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILT_IN_PROFILES,
  DECREE_73_PROFILE,
  HCMC_PROFILE,
  profileIssues,
  type ProcedureProfile,
} from '../../../src/domain/profile/procedure-profile.ts';
import { countVotes } from '../../../src/domain/vote/vote-rule.ts';

/** Requirement 8: the versioned procedure profile. */
describe('DECREE_73_PROFILE matches the decree (spec §(c) Steps 4, 9, 11 and §(b))', () => {
  const rows: [string, unknown, unknown][] = [
    [
      'consideration meeting within 7 working days of receipt (Art. 8(1))',
      DECREE_73_PROFILE.limits.considerationMeetingDays,
      7,
    ],
    ['completion report within 5 working days of completion', DECREE_73_PROFILE.limits.completionReportDays, 5],
    ['evaluation meeting within 7 working days of the report', DECREE_73_PROFILE.limits.evaluationMeetingDays, 7],
    ['no time limit for the Party opinion (G11)', DECREE_73_PROFILE.limits.partyOpinionDays, null],
    ['no time limit for an appraisal (Art. 8(2) not retrieved)', DECREE_73_PROFILE.limits.appraisalDays, null],
    ['passes with more than 50 % in favour', DECREE_73_PROFILE.voteRule.moreThanFraction, 0.5],
    ['a tie goes to the head’s side', DECREE_73_PROFILE.voteRule.tie, 'head_side'],
    ['no quorum in the decree', DECREE_73_PROFILE.voteRule.quorumFraction, 0],
    ['Party opinion before approval (Art. 4)', DECREE_73_PROFILE.partyOpinionBeforeApproval, true],
    ['Party opinion before evaluation (Art. 4)', DECREE_73_PROFILE.partyOpinionBeforeEvaluation, true],
    ['the head may override a collective rejection (Art. 8(1) para 2)', DECREE_73_PROFILE.headOverrideAllowed, true],
    ['the leadership collective decides', DECREE_73_PROFILE.decidingBody, 'leadership_collective'],
    ['only Art. 2 positions may propose', DECREE_73_PROFILE.coveredPositionsOnly, true],
    ['appraisal optional (Art. 8(2) sub-process)', DECREE_73_PROFILE.appraisal, 'optional'],
    ['code', DECREE_73_PROFILE.code, 'ND73'],
    ['version', DECREE_73_PROFILE.version, 1],
  ];
  for (const [name, actual, expected] of rows) it(name, () => assert.equal(actual, expected));

  it('names the decree and its date in the legal basis', () => {
    assert.match(DECREE_73_PROFILE.legalBasis, /73\/2023\/NĐ-CP/);
    assert.match(DECREE_73_PROFILE.legalBasis, /29\/9\/2023/);
  });

  it('its vote rule gives 3–2 to the majority, 2–2 to the head’s side, and 2–3 to nobody', () => {
    const m = ['H', 'D1', 'D2', 'D3', 'D4'];
    const vote = (pattern: string, members = m) =>
      countVotes(
        {
          members,
          headId: 'H',
          excluded: [],
          attendees: members,
          votes: [...pattern].map((ch, i) => ({ personId: members[i]!, vote: ch === 'F' ? 'for' : 'against' })),
        },
        DECREE_73_PROFILE.voteRule,
      ).passed;
    assert.equal(vote('FFFAA'), true);
    assert.equal(vote('FFAA', m.slice(0, 4)), true);
    assert.equal(vote('AFFA', m.slice(0, 4)), false);
    assert.equal(vote('FFAAA'), false);
  });
});

describe('HCMC_PROFILE differs from Decree 73 only where the city’s plan does', () => {
  it('reaches all staff, has its own code, name, basis and protection rule set; every legal parameter is the decree’s', () => {
    const {
      code,
      name,
      legalBasis,
      coveredPositionsOnly,
      protectionRuleSet,
      territory,
      regulatedButUnsuitableAllowed,
      ...rest
    } = HCMC_PROFILE;
    const {
      code: _c,
      name: _n,
      legalBasis: _l,
      coveredPositionsOnly: _p,
      protectionRuleSet: _r,
      territory: _t,
      regulatedButUnsuitableAllowed: _u,
      ...decree
    } = DECREE_73_PROFILE;
    assert.deepEqual(rest, decree);
    assert.equal(code, 'HCM-124');
    assert.equal(coveredPositionsOnly, false);
    assert.equal(regulatedButUnsuitableAllowed, true);
    assert.deepEqual(territory, { unitCodes: ['HCM'] });
    assert.match(legalBasis, /124-KH\/TU/);
    assert.match(name.vi, /Hồ Chí Minh/);
    assert.deepEqual(protectionRuleSet, { id: 'HCM-PROTECTION', version: 1 });
  });
  it('the built-in list holds both, with distinct codes', () => {
    assert.deepEqual(
      BUILT_IN_PROFILES.map((p) => p.code),
      ['ND73', 'HCM-124'],
    );
  });
});

const broken = (
  over: Partial<ProcedureProfile>,
  limits: Partial<ProcedureProfile['limits']> = {},
  vote: Partial<ProcedureProfile['voteRule']> = {},
): ProcedureProfile => ({
  ...DECREE_73_PROFILE,
  ...over,
  limits: { ...DECREE_73_PROFILE.limits, ...limits },
  voteRule: { ...DECREE_73_PROFILE.voteRule, ...vote },
});

describe('profileIssues', () => {
  for (const p of BUILT_IN_PROFILES) it(`built-in ${p.code} is valid`, () => assert.deepEqual(profileIssues(p), []));

  const good: [string, ProcedureProfile][] = [
    ['limits at the bounds 1 and 365', broken({}, { considerationMeetingDays: 1, evaluationMeetingDays: 365 })],
    [
      'every limit null',
      broken({}, { considerationMeetingDays: null, completionReportDays: null, evaluationMeetingDays: null }),
    ],
    ['a ⅔ majority', broken({}, {}, { moreThanFraction: 2 / 3 })],
    ['a 0 % threshold (any vote for)', broken({}, {}, { moreThanFraction: 0 })],
    ['quorum 0 and 1', broken({}, {}, { quorumFraction: 1 })],
    ['a two-character code', broken({ code: 'HN' })],
    ['a twenty-character code', broken({ code: 'A'.repeat(20) })],
  ];
  for (const [name, p] of good) it(`valid: ${name}`, () => assert.deepEqual(profileIssues(p), []));

  const bad: [string, ProcedureProfile, { path: string; code: string }[]][] = [
    [
      'a zero limit',
      broken({}, { considerationMeetingDays: 0 }),
      [{ path: 'limits.considerationMeetingDays', code: 'out_of_range' }],
    ],
    [
      'a negative limit',
      broken({}, { completionReportDays: -5 }),
      [{ path: 'limits.completionReportDays', code: 'out_of_range' }],
    ],
    [
      'a limit over a year',
      broken({}, { evaluationMeetingDays: 366 }),
      [{ path: 'limits.evaluationMeetingDays', code: 'out_of_range' }],
    ],
    [
      'a fractional limit',
      broken({}, { partyOpinionDays: 2.5 }),
      [{ path: 'limits.partyOpinionDays', code: 'out_of_range' }],
    ],
    [
      'NaN as a limit',
      broken({}, { appraisalDays: Number.NaN }),
      [{ path: 'limits.appraisalDays', code: 'out_of_range' }],
    ],
    [
      'a 100 % threshold (nothing could pass)',
      broken({}, {}, { moreThanFraction: 1 }),
      [{ path: 'voteRule.moreThanFraction', code: 'out_of_range' }],
    ],
    [
      'a negative threshold',
      broken({}, {}, { moreThanFraction: -0.1 }),
      [{ path: 'voteRule.moreThanFraction', code: 'out_of_range' }],
    ],
    [
      'NaN threshold',
      broken({}, {}, { moreThanFraction: Number.NaN }),
      [{ path: 'voteRule.moreThanFraction', code: 'out_of_range' }],
    ],
    [
      'quorum over 1',
      broken({}, {}, { quorumFraction: 1.01 }),
      [{ path: 'voteRule.quorumFraction', code: 'out_of_range' }],
    ],
    [
      'negative quorum',
      broken({}, {}, { quorumFraction: -1 }),
      [{ path: 'voteRule.quorumFraction', code: 'out_of_range' }],
    ],
    ['a lower-case code', broken({ code: 'nd73' }), [{ path: 'code', code: 'invalid_format' }]],
    ['a one-character code', broken({ code: 'N' }), [{ path: 'code', code: 'invalid_format' }]],
    ['a 21-character code', broken({ code: 'A'.repeat(21) }), [{ path: 'code', code: 'invalid_format' }]],
    ['a code with a space', broken({ code: 'ND 73' }), [{ path: 'code', code: 'invalid_format' }]],
    ['a code with an underscore', broken({ code: 'ND_73' }), [{ path: 'code', code: 'invalid_format' }]],
    ['a code with Vietnamese letters', broken({ code: 'NĐ73' }), [{ path: 'code', code: 'invalid_format' }]],
    [
      'everything wrong at once, in a stable order',
      broken(
        { code: 'x' },
        { considerationMeetingDays: 0, completionReportDays: 400 },
        { moreThanFraction: 1.5, quorumFraction: 2 },
      ),
      [
        { path: 'limits.considerationMeetingDays', code: 'out_of_range' },
        { path: 'limits.completionReportDays', code: 'out_of_range' },
        { path: 'voteRule.moreThanFraction', code: 'out_of_range' },
        { path: 'voteRule.quorumFraction', code: 'out_of_range' },
        { path: 'code', code: 'invalid_format' },
      ],
    ],
  ];
  for (const [name, p, issues] of bad) it(`invalid: ${name}`, () => assert.deepEqual(profileIssues(p), issues));

  it('does not mutate the profile it checks', () => {
    const p = broken({ code: 'x' }, { considerationMeetingDays: 0 });
    const copy = structuredClone(p);
    profileIssues(p);
    assert.deepEqual(p, copy);
  });
});
