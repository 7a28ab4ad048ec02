import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ACTION_RULES, CASE_ACTIONS, ruleFor } from '../../../src/domain/case/action-rules.ts';
import type { DeadlineStep } from '../../../src/domain/case/case-snapshot.ts';
import type { ClockEffect } from '../../../src/domain/case/clock-effects.ts';

/**
 * Issue 15, "workflow knowledge in one table": which action starts or stops which clock is written
 * beside who may act, in the rule table; `deadlines.ts` interprets it and names no action.
 */
const effects = (a: (typeof CASE_ACTIONS)[number]): readonly ClockEffect[] => ruleFor(a).clock ?? [];
const stepsWhere = (ops: ClockEffect['op'][]) =>
  new Set(
    CASE_ACTIONS.flatMap((a) => effects(a))
      .filter((e) => ops.includes(e.op) && 'step' in e)
      .map((e) => (e as { step: DeadlineStep }).step),
  );

describe('the legal clock in the rule table (issue 15)', () => {
  it('every clock some action starts is ended, or cancelled, by another action', () => {
    const closedByAll = CASE_ACTIONS.some((a) => effects(a).some((e) => e.op === 'cancel_all'));
    assert.ok(closedByAll, 'closing a case cancels its clocks');
    const ended = stepsWhere(['end', 'cancel']);
    for (const step of stepsWhere(['start'])) assert.ok(ended.has(step), `${step} is started but never ended`);
  });

  it('Art. 8(1): the vote ends the consideration clock; Art. 7(4): submission to the superior unit uses its own limit', () => {
    assert.ok(ACTION_RULES.record_vote.clock.some((e) => e.op === 'end' && e.step === 'consideration'));
    const start = ACTION_RULES.submit.clock[0];
    assert.equal(start?.op, 'start');
    assert.equal(start?.superiorDays, 'superiorConsiderationDays');
  });

  it('a returned plan holds its clock and a resubmitted one releases it, as the profile says', () => {
    assert.deepEqual(ACTION_RULES.return_for_completion.clock, [{ op: 'hold', step: 'consideration' }]);
    assert.equal(ACTION_RULES.resubmit.clock[0]?.op, 'release');
  });

  it('deadlines.ts names no action: it only interprets the table', () => {
    const source = readFileSync(new URL('../../../src/domain/case/deadlines.ts', import.meta.url), 'utf8');
    for (const action of CASE_ACTIONS) assert.ok(!source.includes(`'${action}'`), `deadlines.ts names ${action}`);
  });
});
