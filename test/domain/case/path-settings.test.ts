import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseSnapshot } from '../../../src/domain/case/case-snapshot.ts';
import type { CaseAction } from '../../../src/domain/case/action-rules.ts';
import { allowedActions, authorise } from '../../../src/domain/case/authorise.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { P, persona, profile, snapshot } from './fixtures.ts';

/**
 * Requirement 2 (rules half): the profile switches and case facts that open or close a step —
 * override, appraisal none/optional/required, Party opinion by stage, pending adjustment.
 * Each row: the case, who acts, the action, and 'ok' or the 409 code expected.
 */
const HEAD = 'head of the receiving unit';
const DEPUTY = 'deputy of the receiving unit';
const LIAISON = 'party liaison';
const APPRAISER = 'assigned appraiser';
const PROPOSER = 'proposer';

const asked = (stage: 'approval' | 'evaluation', givenOn: string | null = null) => ({
  stage,
  requestedOn: '2024-06-03',
  givenOn,
});
const given = (stage: 'approval' | 'evaluation') => asked(stage, '2024-06-05');

type Row = [name: string, over: Partial<CaseSnapshot>, who: string, action: CaseAction, expect: 'ok' | string];

const ROWS: Row[] = [
  // Step 5: head override of a collective rejection.
  ['override allowed by the profile', { state: 'vote_failed' }, HEAD, 'override_rejection', 'ok'],
  [
    'override not allowed by the profile',
    { state: 'vote_failed', profile: profile({ headOverrideAllowed: false }) },
    HEAD,
    'override_rejection',
    'override_not_allowed',
  ],
  [
    'reject stays open when override is not allowed',
    { state: 'vote_failed', profile: profile({ headOverrideAllowed: false }) },
    HEAD,
    'reject',
    'ok',
  ],

  // Step 6: appraisal none / optional / required.
  [
    'appraisal none: no appraisers can be assigned',
    { state: 'under_consideration', profile: profile({ appraisal: 'none' }) },
    HEAD,
    'assign_appraisers',
    'appraisal_not_in_profile',
  ],
  [
    'appraisal optional: appraisers can be assigned',
    { state: 'under_consideration', profile: profile({ appraisal: 'optional' }) },
    HEAD,
    'assign_appraisers',
    'ok',
  ],
  [
    'appraisal required: appraisers can be assigned',
    { state: 'under_consideration', profile: profile({ appraisal: 'required' }) },
    HEAD,
    'assign_appraisers',
    'ok',
  ],
  [
    'appraisal optional: the vote need not wait for the appraiser',
    { state: 'under_consideration', partyOpinions: [given('approval')] },
    HEAD,
    'record_vote',
    'ok',
  ],
  [
    'appraisal required: the vote waits for the unanswered appraiser',
    { state: 'under_consideration', partyOpinions: [given('approval')], profile: profile({ appraisal: 'required' }) },
    HEAD,
    'record_vote',
    'appraisal_required',
  ],
  [
    'appraisal required and nobody assigned: the vote waits',
    {
      state: 'under_consideration',
      partyOpinions: [given('approval')],
      appraisers: [],
      profile: profile({ appraisal: 'required' }),
    },
    HEAD,
    'record_vote',
    'appraisal_required',
  ],
  [
    'appraisal required and every appraiser answered: the vote may be recorded',
    {
      state: 'under_consideration',
      partyOpinions: [given('approval')],
      appraisers: [{ personId: P.appraiser, answered: true }],
      profile: profile({ appraisal: 'required' }),
    },
    HEAD,
    'record_vote',
    'ok',
  ],
  ['appraiser answers once', { state: 'under_consideration' }, APPRAISER, 'record_appraisal', 'ok'],
  [
    'appraiser cannot answer twice',
    { state: 'under_consideration', appraisers: [{ personId: P.appraiser, answered: true }] },
    APPRAISER,
    'record_appraisal',
    'appraisal_already_recorded',
  ],

  // Steps 3 and 10: Party opinion, by stage.
  [
    'approval stage: nothing asked, a collective member may ask',
    { state: 'under_consideration' },
    DEPUTY,
    'request_party_opinion',
    'ok',
  ],
  [
    'approval stage: nothing asked, the liaison has nothing to answer',
    { state: 'under_consideration' },
    LIAISON,
    'record_party_opinion',
    'party_opinion_not_requested',
  ],
  [
    'approval stage: asked, not again',
    { state: 'under_consideration', partyOpinions: [asked('approval')] },
    HEAD,
    'request_party_opinion',
    'party_opinion_already_requested',
  ],
  [
    'approval stage: asked, the liaison answers',
    { state: 'under_consideration', partyOpinions: [asked('approval')] },
    LIAISON,
    'record_party_opinion',
    'ok',
  ],
  [
    'approval stage: answered, may be asked again',
    { state: 'under_consideration', partyOpinions: [given('approval')] },
    DEPUTY,
    'request_party_opinion',
    'ok',
  ],
  [
    'approval stage: answered, nothing left to answer',
    { state: 'under_consideration', partyOpinions: [given('approval')] },
    LIAISON,
    'record_party_opinion',
    'party_opinion_not_requested',
  ],
  [
    'approval stage: the vote waits for the opinion (required)',
    { state: 'under_consideration' },
    HEAD,
    'record_vote',
    'party_opinion_required',
  ],
  [
    'approval stage: an open request is not an opinion',
    { state: 'under_consideration', partyOpinions: [asked('approval')] },
    HEAD,
    'record_vote',
    'party_opinion_required',
  ],
  [
    'approval stage: an evaluation opinion does not count',
    { state: 'under_consideration', partyOpinions: [given('evaluation')] },
    HEAD,
    'record_vote',
    'party_opinion_required',
  ],
  [
    'approval stage: not required by the profile, the vote goes ahead',
    { state: 'under_consideration', profile: profile({ partyOpinionBeforeApproval: false }) },
    HEAD,
    'record_vote',
    'ok',
  ],
  [
    'approval stage: not required, asking is still possible',
    { state: 'under_consideration', profile: profile({ partyOpinionBeforeApproval: false }) },
    DEPUTY,
    'request_party_opinion',
    'ok',
  ],
  [
    'evaluation stage: an open approval request does not block a new evaluation request',
    { state: 'completion_reported', partyOpinions: [asked('approval')] },
    DEPUTY,
    'request_party_opinion',
    'ok',
  ],
  [
    'evaluation stage: an open approval request is not for the liaison to answer now',
    { state: 'completion_reported', partyOpinions: [asked('approval')] },
    LIAISON,
    'record_party_opinion',
    'party_opinion_not_requested',
  ],
  [
    'evaluation stage: asked, not again',
    { state: 'completion_reported', partyOpinions: [given('approval'), asked('evaluation')] },
    HEAD,
    'request_party_opinion',
    'party_opinion_already_requested',
  ],
  [
    'evaluation stage: asked, the liaison answers',
    { state: 'completion_reported', partyOpinions: [given('approval'), asked('evaluation')] },
    LIAISON,
    'record_party_opinion',
    'ok',
  ],
  [
    'evaluation stage: the evaluation waits for the opinion',
    { state: 'completion_reported', partyOpinions: [given('approval')] },
    HEAD,
    'record_evaluation',
    'party_opinion_required',
  ],
  [
    'evaluation stage: with the opinion, the evaluation may be recorded',
    { state: 'completion_reported', partyOpinions: [given('approval'), given('evaluation')] },
    HEAD,
    'record_evaluation',
    'ok',
  ],
  [
    'evaluation stage: not required by the profile',
    { state: 'completion_reported', profile: profile({ partyOpinionBeforeEvaluation: false }) },
    HEAD,
    'record_evaluation',
    'ok',
  ],
  [
    'approval required but evaluation not: the evaluation does not wait',
    {
      state: 'completion_reported',
      profile: profile({ partyOpinionBeforeApproval: true, partyOpinionBeforeEvaluation: false }),
    },
    HEAD,
    'record_evaluation',
    'ok',
  ],

  // Step 8: adjustments of the plan during implementation.
  [
    'no adjustment pending: the proposer may propose one',
    { state: 'in_implementation' },
    PROPOSER,
    'propose_adjustment',
    'ok',
  ],
  [
    'no adjustment pending: the head has nothing to decide',
    { state: 'in_implementation' },
    HEAD,
    'decide_adjustment',
    'no_adjustment_pending',
  ],
  [
    'adjustment pending: no second proposal',
    { state: 'in_implementation', pendingAdjustment: true },
    PROPOSER,
    'propose_adjustment',
    'adjustment_pending',
  ],
  [
    'adjustment pending: the head decides',
    { state: 'in_implementation', pendingAdjustment: true },
    HEAD,
    'decide_adjustment',
    'ok',
  ],
];

describe('profile settings and case facts that open or close a step', () => {
  for (const [name, over, who, action, expect] of ROWS) {
    it(`${name}: ${action} → ${expect}`, () => {
      const c = snapshot(over);
      const p = persona(who);
      const offered = allowedActions(p.actor, c).includes(action);
      if (expect === 'ok') {
        assert.equal(offered, true, `${action} should be offered`);
        assert.doesNotThrow(() => authorise(p.actor, c, action));
        return;
      }
      assert.equal(offered, false, `${action} should not be offered`);
      assert.throws(
        () => authorise(p.actor, c, action),
        (e: unknown) =>
          e instanceof DomainError &&
          e.kind === 'conflict' &&
          e.code === expect &&
          e.params.state === c.state &&
          e.params.action === action &&
          JSON.stringify(e.params.allowedActions) === JSON.stringify(allowedActions(p.actor, c)),
      );
    });
  }
});

describe('what the head sees after a failed vote', () => {
  it('with override allowed: override or reject', () => {
    assert.deepEqual(allowedActions(persona(HEAD).actor, snapshot({ state: 'vote_failed' })).sort(), [
      'override_rejection',
      'reject',
    ]);
  });
  it('without override: reject only, and the 409 lists it', () => {
    const c = snapshot({ state: 'vote_failed', profile: profile({ headOverrideAllowed: false }) });
    assert.deepEqual(allowedActions(persona(HEAD).actor, c), ['reject']);
    assert.throws(
      () => authorise(persona(HEAD).actor, c, 'override_rejection'),
      (e: unknown) => e instanceof DomainError && JSON.stringify(e.params.allowedActions) === '["reject"]',
    );
  });
});
