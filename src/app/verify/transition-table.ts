import { ACTION_RULES, type CaseAction } from '../../domain/case/action-rules.ts';
import { CASE_STATES } from '../../domain/case/states.ts';
import type { TransitionTable } from '../../domain/audit/record-checks.mjs';
import { CASE_ACTION_DEFS } from '../cases/actions/index.ts';

/** The states an action whose rule says `by_outcome` may lead to (only the vote decides by its input). */
const OUTCOMES: Partial<Record<CaseAction, string[]>> = { record_vote: ['vote_passed', 'vote_failed'] };

/**
 * The rule table as the record's checks read it: by event type, the states it may be recorded
 * in and where it may lead (`same`: stays). The offline verifier embeds this table as data, built
 * from the same rule table (scripts/build-verifier.mjs), so a replay there and here agree.
 */
export function transitionTable(): TransitionTable {
  const table: TransitionTable = { created: { from: ['(none)'], to: ['draft'] } };
  for (const [action, def] of Object.entries(CASE_ACTION_DEFS) as [
    CaseAction,
    (typeof CASE_ACTION_DEFS)[CaseAction],
  ][]) {
    const rule = ACTION_RULES[action];
    const to = rule.to === 'by_outcome' ? (OUTCOMES[action] ?? [...CASE_STATES]) : [rule.to];
    const known = table[def.event];
    table[def.event] = known
      ? { from: [...new Set([...known.from, ...rule.from])], to: [...new Set([...known.to, ...to])] }
      : { from: [...rule.from], to };
  }
  return table;
}
