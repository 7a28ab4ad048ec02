import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CASE_ACTIONS, type CaseAction } from '../../../src/domain/case/action-rules.ts';
import { allowedActions, authorise } from '../../../src/domain/case/authorise.ts';
import { relationsOf } from '../../../src/domain/case/relations.ts';
import { CASE_STATES } from '../../../src/domain/case/states.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import type { CaseSnapshot } from '../../../src/domain/case/case-snapshot.ts';
import { DECREE_73_PROFILE } from '../../../src/domain/profile/procedure-profile.ts';
import { P, PERSONAS, STATES, profile, snapshot, sorted, type Persona } from './fixtures.ts';
import { ACTIONS, SPEC, specAllows } from './spec-table.ts';

/**
 * Requirement 1: every state × action × relation, against the spec table in spec-table.ts, on
 * four versions of the fixture case that switch every guard both ways.
 */
const VARIANTS: { name: string; over: Partial<CaseSnapshot> }[] = [
  { name: 'nothing asked yet', over: {} },
  {
    name: 'both Party opinions given, appraiser answered',
    over: {
      partyOpinions: [
        { stage: 'approval', requestedOn: '2024-06-03', givenOn: '2024-06-05' },
        { stage: 'evaluation', requestedOn: '2024-09-02', givenOn: '2024-09-04' },
      ],
      appraisers: [{ personId: P.appraiser, answered: true }],
    },
  },
  {
    name: 'approval request open, adjustment pending, appraisal required',
    over: {
      partyOpinions: [{ stage: 'approval', requestedOn: '2024-06-03', givenOn: null }],
      pendingAdjustment: true,
      profile: profile({ appraisal: 'required' }),
    },
  },
  {
    name: 'evaluation request open, no Party opinion required, no appraisal, no override',
    over: {
      partyOpinions: [{ stage: 'evaluation', requestedOn: '2024-09-02', givenOn: null }],
      profile: profile({
        appraisal: 'none',
        headOverrideAllowed: false,
        partyOpinionBeforeApproval: false,
        partyOpinionBeforeEvaluation: false,
      }),
    },
  },
  {
    name: 'written consultation allowed (G12), Party opinion given, the head has cast a ballot',
    over: {
      partyOpinions: [{ stage: 'approval', requestedOn: '2024-06-03', givenOn: '2024-06-05' }],
      writtenBallots: [{ personId: P.head, vote: 'for' }],
      profile: profile({ voteRule: { ...DECREE_73_PROFILE.voteRule, writtenConsultation: true } }),
    },
  },
];

/** The expected buttons for a persona, from the spec table. */
function expected(p: Persona, c: CaseSnapshot): CaseAction[] {
  return sorted(ACTIONS.filter((a) => specAllows(a, c, p.actor.personId, p.relations)));
}

function actual(p: Persona, c: CaseSnapshot): CaseAction[] {
  return sorted(allowedActions(p.actor, c));
}

function thrown(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof DomainError, `expected a DomainError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected authorise to throw');
}

describe('the rule table covers the procedure', () => {
  it('has exactly the 14 states of the procedure', () => {
    assert.equal(CASE_STATES.length, 14);
    assert.deepEqual(sorted(CASE_STATES), sorted(STATES));
  });

  it('has exactly the 36 actions of the spec table', () => {
    assert.equal(CASE_ACTIONS.length, 36);
    assert.deepEqual(sorted(CASE_ACTIONS), sorted(ACTIONS));
  });

  it('every persona of the fixture holds the relations worked out by hand', () => {
    for (const p of PERSONAS) assert.deepEqual(sorted(relationsOf(p.actor, snapshot())), sorted(p.relations), p.label);
  });

  it('every action can be taken by someone in some state of some variant; final states offer no step of the procedure', () => {
    // After the evaluation only KL14 §2.5's follow-up remains (model, showcase, institutionalisation).
    const AFTER_EVALUATION: CaseAction[] = [
      'mark_as_model',
      'approve_publication',
      'withdraw_publication',
      'propose_institutionalisation',
      'record_regulation_issued',
    ];
    const offered = new Set<CaseAction>();
    for (const v of VARIANTS) {
      for (const state of STATES) {
        const any = PERSONAS.flatMap((p) => allowedActions(p.actor, snapshot({ ...v.over, state })));
        any.forEach((a) => offered.add(a));
        const final = state === 'evaluated' || state === 'rejected' || state === 'withdrawn';
        if (final)
          assert.deepEqual(
            any.filter((a) => !(state === 'evaluated' && AFTER_EVALUATION.includes(a))),
            [],
            `state ${state}`,
          );
        else assert.notEqual(any.length, 0, `state ${state} offers nothing (${v.name})`);
      }
    }
    // Withdrawing a publication and recording the regulation follow their own earlier step.
    const followedUp = snapshot({
      state: 'evaluated',
      afterEvaluation: { outcome: 'completed', model: true, published: true, institutionalisation: 'proposed' },
    });
    PERSONAS.flatMap((p) => allowedActions(p.actor, followedUp)).forEach((a) => offered.add(a));
    assert.deepEqual(sorted(offered), sorted(ACTIONS));
  });
});

for (const v of VARIANTS) {
  describe(`allowedActions: each state × each relation (${v.name})`, () => {
    for (const state of STATES) {
      const c = snapshot({ ...v.over, state });
      for (const p of PERSONAS) {
        it(`${state} — ${p.label}: ${expected(p, c).join(', ') || '(nothing)'}`, () => {
          assert.deepEqual(actual(p, c), expected(p, c));
        });
      }
    }
  });
}

describe('authorise: each state × each action, 409 for a wrong state, 403 for a wrong relation', () => {
  for (const state of STATES) {
    for (const action of ACTIONS) {
      const rule = SPEC[action];
      const inState = rule.states.includes(state);
      it(`${action} in ${state} → ${inState ? `allowed to ${rule.who.join('/')}` : '409 action_not_allowed_in_state'}`, () => {
        for (const v of VARIANTS) checkAll(action, snapshot({ ...v.over, state }), v.name);
      });
    }
  }
});

function checkAll(action: CaseAction, c: CaseSnapshot, variant: string): void {
  const rule = SPEC[action];
  const state = c.state;
  for (const p of PERSONAS) {
    const label = `${p.label} / ${action} / ${state} / ${variant}`;
    const listed = (e: DomainError) => sorted(e.params.allowedActions as CaseAction[]);
    if (!rule.states.includes(state)) {
      const e = thrown(() => authorise(p.actor, c, action));
      assert.equal(e.kind, 'conflict', label);
      assert.equal(e.code, 'action_not_allowed_in_state', label);
      assert.equal(e.params.state, state, label);
      assert.equal(e.params.action, action, label);
      assert.deepEqual(listed(e), expected(p, c), label);
      continue;
    }
    const held = rule.who.filter((w) => p.relations.includes(w));
    if (held.length === 0) {
      const e = thrown(() => authorise(p.actor, c, action));
      assert.equal(e.kind, 'forbidden', label);
      assert.equal(e.code, 'not_permitted', label);
      assert.deepEqual(e.params, { action }, label);
      continue;
    }
    const failure = rule.guard?.(c, p.actor.personId) ?? null;
    if (failure !== null) {
      const e = thrown(() => authorise(p.actor, c, action));
      assert.equal(e.kind, 'conflict', label);
      assert.equal(e.code, failure, label);
      assert.equal(e.params.state, state, label);
      assert.deepEqual(listed(e), expected(p, c), label);
      continue;
    }
    const as = authorise(p.actor, c, action);
    assert.ok(held.includes(as), `${label}: acted as ${as}, expected one of ${held.join(', ')}`);
  }
}

describe('Step 9: the implementers may submit the completion report too ("proposer / implementers")', () => {
  for (const state of SPEC.submit_completion_report.states) {
    it(`assigned implementer may submit_completion_report in ${state}, acting as assigned_implementer`, () => {
      const p = PERSONAS.find((x) => x.label === 'assigned implementer')!;
      const c = snapshot({ state });
      assert.ok(
        allowedActions(p.actor, c).includes('submit_completion_report'),
        `submit_completion_report not offered to ${p.label} in ${state}`,
      );
      assert.equal(authorise(p.actor, c, 'submit_completion_report'), 'assigned_implementer');
    });
  }
  it('a holder of the implementer role who is not assigned to the case may not', () => {
    const c = snapshot({ state: 'awaiting_completion_report', implementerIds: [] });
    const p = PERSONAS.find((x) => x.label === 'assigned implementer')!;
    const e = thrown(() => authorise(p.actor, c, 'submit_completion_report'));
    assert.equal(e.kind, 'forbidden');
    assert.equal(e.code, 'not_permitted');
  });
});

describe('authorise returns the relation the actor acts in (recorded as the event role)', () => {
  const rows: [string, Parameters<typeof snapshot>[0], string, CaseAction, string][] = [
    [
      'head records the vote as head',
      { ...VARIANTS[1]!.over, state: 'under_consideration' },
      'head of the receiving unit',
      'record_vote',
      'head',
    ],
    [
      'head asks the Party as a collective member',
      { state: 'under_consideration' },
      'head of the receiving unit',
      'request_party_opinion',
      'collective_member',
    ],
    [
      'deputy asks the Party as a collective member',
      { state: 'completion_reported' },
      'deputy of the receiving unit',
      'request_party_opinion',
      'collective_member',
    ],
    ['co-proposer reports progress', { state: 'in_implementation' }, 'co-proposer', 'report_progress', 'co_proposer'],
    [
      'implementer declares completion',
      { state: 'in_implementation' },
      'assigned implementer',
      'declare_completed',
      'assigned_implementer',
    ],
    [
      'scope inspector assigns inspectors',
      { state: 'suspended' },
      'inspector with a subtree grant on the root',
      'assign_inspectors',
      'inspector_in_scope',
    ],
    [
      'scope inspector records an inspection',
      { state: 'completion_reported' },
      'inspector with a subtree grant on the root',
      'record_inspection',
      'inspector_in_scope',
    ],
    [
      'appraiser records the appraisal',
      { state: 'under_consideration' },
      'assigned appraiser',
      'record_appraisal',
      'assigned_appraiser',
    ],
  ];
  for (const [name, over, label, action, relation] of rows) {
    it(name, () => {
      const p = PERSONAS.find((x) => x.label === label)!;
      assert.equal(authorise(p.actor, snapshot(over), action), relation);
    });
  }

  it('someone who is both the assigned inspector and an inspector in scope acts as the assigned inspector', () => {
    const both = {
      personId: 'person-inspector',
      unitId: 'u-agency',
      grants: [{ role: 'inspector' as const, unitId: 'u-agency', includeSubtree: false }],
    };
    assert.equal(authorise(both, snapshot({ state: 'in_implementation' }), 'record_inspection'), 'assigned_inspector');
  });

  it('a wrong state is a 409 even for someone with no relation at all (the state is checked first)', () => {
    const stranger = PERSONAS.at(-1)!;
    const e = thrown(() => authorise(stranger.actor, snapshot({ state: 'evaluated' }), 'record_vote'));
    assert.equal(e.kind, 'conflict');
    assert.deepEqual(e.params, { state: 'evaluated', action: 'record_vote', allowedActions: [] });
  });
});
