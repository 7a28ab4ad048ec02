import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, CaseSnapshot } from '../../../src/domain/case/case-snapshot.ts';
import type { CaseAction } from '../../../src/domain/case/action-rules.ts';
import { allowedActions, authorise } from '../../../src/domain/case/authorise.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { nextActors, type WorkItem } from '../../../src/domain/case/next-actors.ts';
import type { CaseState } from '../../../src/domain/case/states.ts';
import { P, PERSONAS, STATES, U, actor, grant, profile, snapshot } from './fixtures.ts';

/** Requirement 5: who must act next, for every state. */
const head = (task: string): WorkItem => ({ kind: 'unit_role', unitId: U.agency, role: 'head', task });
const proposer = (task: string): WorkItem => ({ kind: 'person', personId: P.proposer, task });
const liaison: WorkItem = {
  kind: 'unit_role',
  unitId: U.partyAgency,
  role: 'party_liaison',
  task: 'record_party_opinion',
};
const appraiser = (personId: string): WorkItem => ({ kind: 'person', personId, task: 'record_appraisal' });

const given = (stage: 'approval' | 'evaluation') => ({ stage, requestedOn: '2024-06-03', givenOn: '2024-06-05' });
const asked = (stage: 'approval' | 'evaluation') => ({ stage, requestedOn: '2024-06-03', givenOn: null });

/**
 * The fixture case under Decree 73: the Party committee's opinion is required before approval and
 * before evaluation (Art. 4, Steps 3 and 10) and has not been asked for; appraisal is optional; one
 * appraiser is assigned and has not answered; the head may override a rejection (Step 5).
 */
const BY_STATE: Record<CaseState, WorkItem[]> = {
  draft: [proposer('submit')],
  submitted: [head('accept_for_consideration')],
  returned_for_completion: [proposer('resubmit')],
  // Step 3 before Step 4: the meeting cannot vote yet, so the head is asked to consult the Party committee.
  under_consideration: [appraiser(P.appraiser), head('request_party_opinion')],
  vote_passed: [head('approve')],
  vote_failed: [head('override_rejection')],
  in_implementation: [proposer('report_progress')],
  suspended: [head('resume')],
  awaiting_completion_report: [proposer('submit_completion_report')],
  terminated: [proposer('submit_completion_report')],
  // Step 10 before Step 11.
  completion_reported: [head('request_party_opinion')],
  evaluated: [],
  rejected: [],
  withdrawn: [],
};

describe('nextActors for every state (fixture case: one unanswered appraiser, no Party opinion asked yet)', () => {
  for (const state of STATES) {
    it(`${state} → ${BY_STATE[state].map((w) => w.task).join(', ') || 'nobody'}`, () => {
      assert.deepEqual(nextActors(snapshot({ state })), BY_STATE[state]);
    });
  }
});

describe('nextActors: the Party opinion before the meetings (Art. 4, Steps 3 and 10)', () => {
  it('under consideration, an open request goes to the liaison, then each unanswered appraiser; the head waits for the opinion', () => {
    const c = snapshot({
      state: 'under_consideration',
      partyOpinions: [asked('approval')],
      appraisers: [
        { personId: 'a1', answered: false },
        { personId: 'a2', answered: true },
        { personId: 'a3', answered: false },
      ],
    });
    assert.deepEqual(nextActors(c), [liaison, appraiser('a1'), appraiser('a3')]);
  });
  it('the same, when the profile does not require the opinion before approval: the head may hold the vote meanwhile', () => {
    const c = snapshot({
      state: 'under_consideration',
      partyOpinions: [asked('approval')],
      appraisers: [
        { personId: 'a1', answered: false },
        { personId: 'a2', answered: true },
      ],
      profile: profile({ partyOpinionBeforeApproval: false }),
    });
    assert.deepEqual(nextActors(c), [liaison, appraiser('a1'), head('record_vote')]);
  });
  it('under consideration, opinion given and every appraiser answered: the head records the vote', () => {
    const c = snapshot({
      state: 'under_consideration',
      partyOpinions: [given('approval')],
      appraisers: [{ personId: P.appraiser, answered: true }],
    });
    assert.deepEqual(nextActors(c), [head('record_vote')]);
  });
  it('under consideration, opinion not required and not asked: the head records the vote, nobody is sent to the Party', () => {
    const c = snapshot({
      state: 'under_consideration',
      appraisers: [],
      profile: profile({ partyOpinionBeforeApproval: false }),
    });
    assert.deepEqual(nextActors(c), [head('record_vote')]);
  });
  it('under consideration, an opinion given and a second request open: the liaison answers, the vote need not wait', () => {
    const c = snapshot({
      state: 'under_consideration',
      appraisers: [],
      partyOpinions: [given('approval'), asked('approval')],
    });
    assert.deepEqual(nextActors(c), [liaison, head('record_vote')]);
  });
  it('under consideration, only an evaluation opinion given: it does not count, the head asks for the approval opinion', () => {
    const c = snapshot({ state: 'under_consideration', appraisers: [], partyOpinions: [given('evaluation')] });
    assert.deepEqual(nextActors(c), [head('request_party_opinion')]);
  });
  it('after the completion report, an open evaluation request goes to the liaison; the head waits for the opinion', () => {
    const c = snapshot({ state: 'completion_reported', partyOpinions: [given('approval'), asked('evaluation')] });
    assert.deepEqual(nextActors(c), [liaison]);
  });
  it('after the completion report, opinion not required before evaluation: liaison for the open request, and the head evaluates', () => {
    const c = snapshot({
      state: 'completion_reported',
      partyOpinions: [given('approval'), asked('evaluation')],
      profile: profile({ partyOpinionBeforeEvaluation: false }),
    });
    assert.deepEqual(nextActors(c), [liaison, head('record_evaluation')]);
  });
  it('after the completion report, with the evaluation opinion given: the head evaluates', () => {
    const c = snapshot({ state: 'completion_reported', partyOpinions: [given('approval'), given('evaluation')] });
    assert.deepEqual(nextActors(c), [head('record_evaluation')]);
  });
  it('after the completion report, the approval opinion does not stand in for the evaluation one', () => {
    const c = snapshot({ state: 'completion_reported', partyOpinions: [given('approval')] });
    assert.deepEqual(nextActors(c), [head('request_party_opinion')]);
  });
  it('after the completion report, a stale approval-stage request is nobody’s task; the head asks for the evaluation opinion', () => {
    // Reachable when partyOpinionBeforeApproval is false: a request is made, the vote goes ahead unanswered.
    const c = snapshot({
      state: 'completion_reported',
      partyOpinions: [asked('approval')],
      profile: profile({ partyOpinionBeforeApproval: false }),
    });
    assert.deepEqual(nextActors(c), [head('request_party_opinion')]);
    const lax = { ...c, profile: profile({ partyOpinionBeforeApproval: false, partyOpinionBeforeEvaluation: false }) };
    assert.deepEqual(nextActors(lax), [head('record_evaluation')]);
  });
  it('without a separate Party committee unit the liaison of the receiving unit is asked', () => {
    const c = snapshot({
      state: 'under_consideration',
      appraisers: [],
      receivingPartyUnitId: null,
      partyOpinions: [asked('approval')],
    });
    assert.deepEqual(nextActors(c), [{ ...liaison, unitId: U.agency }]);
  });
  it('an open Party request does not show in states where it cannot be answered', () => {
    for (const state of ['vote_passed', 'in_implementation', 'suspended', 'evaluated'] as const) {
      assert.deepEqual(nextActors(snapshot({ state, partyOpinions: [asked('approval')] })), BY_STATE[state], state);
      assert.deepEqual(nextActors(snapshot({ state, partyOpinions: [asked('evaluation')] })), BY_STATE[state], state);
    }
  });
});

describe('nextActors: the appraisal before the vote (Step 6)', () => {
  const opinionGiven = { state: 'under_consideration' as const, partyOpinions: [given('approval')] };
  it('appraisal required and nobody assigned: the head assigns appraisers', () => {
    assert.deepEqual(
      nextActors(snapshot({ ...opinionGiven, appraisers: [], profile: profile({ appraisal: 'required' }) })),
      [head('assign_appraisers')],
    );
  });
  it('appraisal required and an appraiser has not answered: the appraisers, and nothing for the head yet', () => {
    const c = snapshot({
      ...opinionGiven,
      appraisers: [
        { personId: 'a1', answered: true },
        { personId: 'a2', answered: false },
      ],
      profile: profile({ appraisal: 'required' }),
    });
    assert.deepEqual(nextActors(c), [appraiser('a2')]);
  });
  it('appraisal required and every appraiser answered: the head records the vote', () => {
    const c = snapshot({
      ...opinionGiven,
      appraisers: [{ personId: P.appraiser, answered: true }],
      profile: profile({ appraisal: 'required' }),
    });
    assert.deepEqual(nextActors(c), [head('record_vote')]);
  });
  it('appraisal optional: the vote need not wait for an unanswered appraiser', () => {
    assert.deepEqual(nextActors(snapshot(opinionGiven)), [appraiser(P.appraiser), head('record_vote')]);
  });
  it('appraisal optional or none, nobody assigned: the head records the vote', () => {
    for (const appraisal of ['optional', 'none'] as const) {
      assert.deepEqual(
        nextActors(snapshot({ ...opinionGiven, appraisers: [], profile: profile({ appraisal }) })),
        [head('record_vote')],
        appraisal,
      );
    }
  });
  it('both the opinion and a required appraisal outstanding: the head gets exactly one of the two preliminary steps', () => {
    const items = nextActors(
      snapshot({ state: 'under_consideration', appraisers: [], profile: profile({ appraisal: 'required' }) }),
    );
    assert.equal(items.length, 1, JSON.stringify(items));
    assert.ok(
      ['request_party_opinion', 'assign_appraisers'].includes(items[0]!.task) &&
        items[0]!.kind === 'unit_role' &&
        items[0]!.role === 'head',
      `expected the head to ask the Party or assign appraisers, got ${JSON.stringify(items)}`,
    );
  });
});

describe('nextActors: other facts that change the list', () => {
  it('a failed vote with override allowed: the head may override (Step 5)', () => {
    assert.deepEqual(nextActors(snapshot({ state: 'vote_failed' })), [head('override_rejection')]);
  });
  it('a failed vote when the profile forbids override: the head rejects', () => {
    assert.deepEqual(nextActors(snapshot({ state: 'vote_failed', profile: profile({ headOverrideAllowed: false }) })), [
      head('reject'),
    ]);
  });
  it('a pending adjustment puts the head first, then the proposer', () => {
    assert.deepEqual(nextActors(snapshot({ state: 'in_implementation', pendingAdjustment: true })), [
      head('decide_adjustment'),
      proposer('report_progress'),
    ]);
  });
  it('a case with no receiving unit yet has no head to ask', () => {
    for (const state of ['submitted', 'vote_passed', 'suspended'] as const) {
      assert.deepEqual(nextActors(snapshot({ state, receivingUnitId: null })), [], state);
    }
  });
  it('the head of the current receiving unit is asked, not the head of an earlier one', () => {
    const items = nextActors(snapshot({ state: 'submitted' }));
    assert.ok(
      items.every((w) => w.kind !== 'unit_role' || w.unitId === U.agency),
      JSON.stringify(items),
    );
  });
});

/** The person (or someone holding the unit role) a work item is addressed to. */
function addressee(w: WorkItem): Actor {
  if (w.kind === 'person') return PERSONAS.find((p) => p.actor.personId === w.personId)?.actor ?? actor(w.personId);
  return actor(`holder-of-${w.role}-${w.unitId}`, [grant(w.role, w.unitId)]);
}

/** Whether the addressee may take the task now: `authorise` accepts it (it throws exactly when allowedActions leaves it out). */
function mayDo(w: WorkItem, c: CaseSnapshot): boolean {
  try {
    authorise(addressee(w), c, w.task as CaseAction);
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}

/** Work items whose addressee may not take the task now. */
function unactionable(c: CaseSnapshot): string[] {
  return nextActors(c)
    .filter((w) => !mayDo(w, c))
    .map((w) => `${c.state}: ${w.kind === 'person' ? w.personId : `${w.role}@${w.unitId}`} cannot ${w.task}`);
}

describe('every work item is something its addressee may do now', () => {
  it('mayDo agrees with allowedActions (the buttons) for every work item of every state', () => {
    for (const state of STATES) {
      for (const c of [
        snapshot({ state }),
        snapshot({ state, partyOpinions: [given('approval'), asked('evaluation')], appraisers: [] }),
      ]) {
        for (const w of nextActors(c)) {
          assert.equal(
            mayDo(w, c),
            allowedActions(addressee(w), c).includes(w.task as CaseAction),
            `${state}: ${w.task}`,
          );
        }
      }
    }
  });
  const inOrder = {
    partyOpinions: [given('approval'), given('evaluation')],
    appraisers: [{ personId: P.appraiser, answered: false }],
  };
  for (const state of STATES) {
    it(`${state}, Party opinions given`, () => {
      assert.deepEqual(unactionable(snapshot({ ...inOrder, state })), []);
    });
  }
  it('with a pending adjustment', () => {
    assert.deepEqual(unactionable(snapshot({ ...inOrder, state: 'in_implementation', pendingAdjustment: true })), []);
  });
  it('with an open request for the current stage', () => {
    assert.deepEqual(
      unactionable(
        snapshot({
          state: 'under_consideration',
          partyOpinions: [asked('approval')],
          profile: profile({ partyOpinionBeforeApproval: false }),
        }),
      ),
      [],
    );
    assert.deepEqual(
      unactionable(
        snapshot({
          state: 'completion_reported',
          partyOpinions: [asked('evaluation')],
          profile: profile({ partyOpinionBeforeEvaluation: false }),
        }),
      ),
      [],
    );
  });
  it('vote failed and the profile forbids override', () => {
    assert.deepEqual(
      unactionable(snapshot({ state: 'vote_failed', profile: profile({ headOverrideAllowed: false }) })),
      [],
    );
  });
  it('after the completion report with a stale approval-stage request', () => {
    const c = snapshot({
      state: 'completion_reported',
      partyOpinions: [asked('approval')],
      profile: profile({ partyOpinionBeforeApproval: false, partyOpinionBeforeEvaluation: false }),
    });
    assert.deepEqual(unactionable(c), []);
  });
  it('Party opinion required but not yet asked', () => {
    assert.deepEqual(unactionable(snapshot({ state: 'under_consideration', appraisers: [] })), []);
    assert.deepEqual(unactionable(snapshot({ state: 'completion_reported', partyOpinions: [given('approval')] })), []);
  });
  it('appraisal required and nobody assigned', () => {
    const c = snapshot({
      state: 'under_consideration',
      appraisers: [],
      partyOpinions: [given('approval')],
      profile: profile({ appraisal: 'required' }),
    });
    assert.deepEqual(unactionable(c), []);
  });

  /** Every combination of the profile switches and the case facts nextActors reads. */
  const OPINIONS = (stage: 'approval' | 'evaluation') => [
    [],
    [asked(stage)],
    [given(stage)],
    [given(stage), asked(stage)],
  ];
  const APPRAISERS = [[], [{ personId: 'a1', answered: false }], [{ personId: 'a1', answered: true }]];
  const FINAL: CaseState[] = ['evaluated', 'rejected', 'withdrawn'];
  it('in every combination, each item is actionable and no open case is left with nobody to act', () => {
    let checked = 0;
    // The override switch matters only after a failed vote, a pending adjustment only during implementation.
    for (const partyOpinionBeforeApproval of [true, false])
      for (const partyOpinionBeforeEvaluation of [true, false])
        for (const appraisal of ['none', 'optional', 'required'] as const)
          for (const a of OPINIONS('approval'))
            for (const e of OPINIONS('evaluation'))
              for (const appraisers of APPRAISERS)
                for (const state of STATES)
                  for (const headOverrideAllowed of state === 'vote_failed' ? [true, false] : [true])
                    for (const pendingAdjustment of state === 'in_implementation' ? [false, true] : [false]) {
                      const over = {
                        partyOpinionBeforeApproval,
                        partyOpinionBeforeEvaluation,
                        appraisal,
                        headOverrideAllowed,
                      };
                      const c = snapshot({
                        state,
                        partyOpinions: [...a, ...e],
                        appraisers,
                        pendingAdjustment,
                        profile: profile(over),
                      });
                      const bad = unactionable(c);
                      const idle = nextActors(c).length === 0;
                      if (bad.length > 0 || idle !== FINAL.includes(state)) {
                        assert.fail(
                          `${JSON.stringify({ state, ...over, a, e, appraisers, pendingAdjustment })}: unactionable ${JSON.stringify(bad)}, idle ${idle}`,
                        );
                      }
                      checked++;
                    }
    assert.equal(checked, 2 * 2 * 3 * 4 * 4 * 3 * (STATES.length + 2));
  });
});
