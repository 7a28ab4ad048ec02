import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { relationsOf, type Relation } from '../../domain/case/relations.ts';
import { DomainError } from '../../domain/errors.ts';
import type { DeterminationStatus } from '../../db/schema-protection.ts';

/**
 * Who may do what in a protection case. The deciding unit's head decides; its collective (head
 * and deputies) may read and contribute facts; inspectors and organisation officers in scope may
 * read; each person concerned sees their own determination. Nobody acts on their own determination.
 */
export const DETERMINATION_ACTIONS = ['record_facts', 'decide', 'revoke'] as const;
export type DeterminationAction = (typeof DETERMINATION_ACTIONS)[number];

/** Relations to the proposal that let someone read every determination of its protection cases. */
const READ_ALL: readonly Relation[] = [
  'head',
  'collective_member',
  'inspector_in_scope',
  'assigned_inspector',
  'org_officer_in_scope',
];
/** Relations that may open a protection case after the evaluation (e.g. on an inspection finding). */
const OPENERS: readonly Relation[] = ['head', 'inspector_in_scope', 'assigned_inspector'];

export interface DeterminationRef {
  person_id: string;
  deciding_unit_id: string;
  status: DeterminationStatus;
  decided_result: string | null;
}

const holds = (actor: Actor, role: 'head' | 'deputy', unitId: string) =>
  actor.grants.some((g) => g.role === role && g.unitId === unitId);

/** The actor's relations to one determination: its deciding unit's head, or a member of that unit's collective. */
type DeterminationRelation = 'deciding_head' | 'deciding_collective_member';

interface DeterminationRule {
  /** The determination statuses the action may be taken in. */
  from: readonly DeterminationStatus[];
  who: readonly DeterminationRelation[];
  /** A further condition on the determination; null when the action is open. */
  when?: (d: DeterminationRef) => string | null;
}

/** Who may do what to a determination, in which status: read the same way as the case rule table. */
export const DETERMINATION_RULES = {
  record_facts: { from: ['pending', 'facts_recorded'], who: ['deciding_head', 'deciding_collective_member'] },
  decide: { from: ['facts_recorded'], who: ['deciding_head'] },
  // Only a protection granted can be revoked (Art. 11(4)); a refusal has nothing to withdraw.
  revoke: {
    from: ['decided'],
    who: ['deciding_head'],
    when: (d) => (d.decided_result === 'not_protected' ? 'nothing_to_revoke' : null),
  },
} as const satisfies Record<DeterminationAction, DeterminationRule>;

/**
 * `concerned` are the people the protection case judges: as a deputy who proposed does not vote
 * (Art. 8(1)), a deputy concerned does not contribute to the others' determinations either.
 * Nobody acts on their own determination.
 */
function determinationRelations(
  actor: Actor,
  d: DeterminationRef,
  concerned: readonly DeterminationRef[],
): Set<DeterminationRelation> {
  const relations = new Set<DeterminationRelation>();
  if (d.person_id === actor.personId) return relations;
  const head = holds(actor, 'head', d.deciding_unit_id);
  if (head) relations.add('deciding_head');
  if (head || (holds(actor, 'deputy', d.deciding_unit_id) && !concerned.some((c) => c.person_id === actor.personId)))
    relations.add('deciding_collective_member');
  return relations;
}

export function determinationActions(
  actor: Actor,
  d: DeterminationRef,
  concerned: readonly DeterminationRef[] = [],
): DeterminationAction[] {
  const relations = determinationRelations(actor, d, concerned);
  return DETERMINATION_ACTIONS.filter((action) => {
    const rule: DeterminationRule = DETERMINATION_RULES[action];
    return rule.who.some((r) => relations.has(r)) && rule.from.includes(d.status) && (rule.when?.(d) ?? null) === null;
  });
}

/** The relation an action is recorded under in the event: the deciding unit's head, or a collective member. */
export function actingRelation(actor: Actor, d: DeterminationRef): 'deciding_head' | 'deciding_collective_member' {
  return holds(actor, 'head', d.deciding_unit_id) ? 'deciding_head' : 'deciding_collective_member';
}

export type ReadScope = 'all' | 'own' | null;

export function readScope(
  actor: Actor,
  snapshot: CaseSnapshot,
  determinations: readonly DeterminationRef[],
): ReadScope {
  const relations = relationsOf(actor, snapshot);
  if (READ_ALL.some((r) => relations.has(r))) return 'all';
  if (
    determinations.some((d) => holds(actor, 'head', d.deciding_unit_id) || holds(actor, 'deputy', d.deciding_unit_id))
  )
    return 'all';
  if (determinations.some((d) => d.person_id === actor.personId)) return 'own';
  return null;
}

export function openerRelation(actor: Actor, snapshot: CaseSnapshot): Relation | null {
  const relations = relationsOf(actor, snapshot);
  return OPENERS.find((r) => relations.has(r)) ?? null;
}

/** Checks a determination action: 403 when the actor never may, 409 (with what is allowed) when not now. */
export function authoriseDetermination(
  actor: Actor,
  d: DeterminationRef,
  action: DeterminationAction,
  concerned: readonly DeterminationRef[],
): void {
  const allowed = determinationActions(actor, d, concerned);
  if (allowed.includes(action)) return;
  if (d.person_id === actor.personId) throw new DomainError('forbidden', 'own_determination');
  const statusFor: Record<DeterminationAction, DeterminationStatus> = {
    record_facts: 'pending',
    decide: 'facts_recorded',
    revoke: 'decided',
  };
  const couldEver = determinationActions(
    actor,
    { ...d, status: statusFor[action], decided_result: 'not_liable' },
    concerned,
  );
  if (!couldEver.includes(action)) throw new DomainError('forbidden', 'not_permitted', [], { action });
  throw new DomainError('conflict', 'determination_action_not_allowed', [], {
    status: d.status,
    action,
    allowedActions: allowed,
  });
}
