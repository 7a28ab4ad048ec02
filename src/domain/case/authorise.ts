import { DomainError } from '../errors.ts';
import { ACTION_RULES, CASE_ACTIONS, type CaseAction } from './action-rules.ts';
import type { Actor, CaseSnapshot } from './case-snapshot.ts';
import { relationsOf, type Relation } from './relations.ts';

/** The actions this actor may take on this case now: what the UI shows as buttons. */
export function allowedActions(actor: Actor, c: CaseSnapshot): CaseAction[] {
  const relations = relationsOf(actor, c);
  return CASE_ACTIONS.filter((action) => check(action, c, actor.personId, relations) === null);
}

/**
 * Why an action is refused, or null. A plain value, not an error: the case page asks this of every
 * action on every view, and an Error captures a stack trace each time it is made.
 */
type Refusal = { kind: 'conflict' | 'forbidden'; code: string; params: Record<string, unknown> };

function check(action: CaseAction, c: CaseSnapshot, personId: string, relations: Set<Relation>): Refusal | null {
  const rule = ACTION_RULES[action];
  if (!(rule.from as readonly string[]).includes(c.state)) {
    return { kind: 'conflict', code: 'action_not_allowed_in_state', params: { state: c.state, action } };
  }
  if (!rule.who.some((w) => relations.has(w))) {
    return { kind: 'forbidden', code: 'not_permitted', params: { action } };
  }
  const failure = 'when' in rule ? rule.when(c, personId) : null;
  if (failure) return { kind: 'conflict', code: failure, params: { state: c.state, action } };
  return null;
}

/**
 * Checks that the actor may take the action now and returns the relation they act in (recorded
 * as the event's role). A wrong state is a 409 carrying the state and the allowed actions; a
 * missing relation is a 403.
 */
export function authorise(actor: Actor, c: CaseSnapshot, action: CaseAction): Relation {
  const relations = relationsOf(actor, c);
  const error = check(action, c, actor.personId, relations);
  if (error) {
    if (error.kind === 'conflict') {
      throw new DomainError('conflict', error.code, [], { ...error.params, allowedActions: allowedActions(actor, c) });
    }
    throw new DomainError(error.kind, error.code, [], error.params);
  }
  const rule = ACTION_RULES[action];
  return rule.who.find((w) => relations.has(w))!;
}
