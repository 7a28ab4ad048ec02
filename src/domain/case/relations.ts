import type { Actor, CaseSnapshot, Role } from './case-snapshot.ts';

/**
 * How a person stands to a case. Permissions are granted to relations, never to bare roles:
 * a head of one department has no say over another department's case.
 */
export const RELATIONS = [
  'proposer',
  'co_proposer',
  'head', // head of the receiving (deciding) unit
  'collective_member', // head or deputy of the receiving unit
  'party_liaison', // liaison of the receiving unit's Party committee
  'assigned_appraiser',
  'assigned_implementer',
  'assigned_inspector',
  'inspector_in_scope',
  'org_officer_in_scope',
  'route_leader', // leader or liaison of a unit the case passed through earlier
] as const;
export type Relation = (typeof RELATIONS)[number];

function holds(actor: Actor, role: Role, unitId: string | null): boolean {
  return unitId !== null && actor.grants.some((g) => g.role === role && g.unitId === unitId);
}

/** A grant on a unit on the route, or a subtree grant on one of the route's ancestors. */
function holdsInScope(actor: Actor, role: Role, c: CaseSnapshot): boolean {
  return actor.grants.some(
    (g) =>
      g.role === role &&
      (c.routeUnitIds.includes(g.unitId) || (g.includeSubtree && c.routeAncestorIds.includes(g.unitId))),
  );
}

export function relationsOf(actor: Actor, c: CaseSnapshot): Set<Relation> {
  const r = new Set<Relation>();
  const me = actor.personId;
  if (c.proposerId === me) r.add('proposer');
  if (c.coProposerIds.includes(me)) r.add('co_proposer');
  if (holds(actor, 'head', c.receivingUnitId)) r.add('head');
  if (holds(actor, 'head', c.receivingUnitId) || holds(actor, 'deputy', c.receivingUnitId)) r.add('collective_member');
  if (holds(actor, 'party_liaison', c.receivingPartyUnitId) || holds(actor, 'party_liaison', c.receivingUnitId)) {
    r.add('party_liaison');
  }
  if (c.appraisers.some((a) => a.personId === me)) r.add('assigned_appraiser');
  if (c.implementerIds.includes(me)) r.add('assigned_implementer');
  if (c.inspectorIds.includes(me)) r.add('assigned_inspector');
  if (holdsInScope(actor, 'inspector', c)) r.add('inspector_in_scope');
  if (holdsInScope(actor, 'org_officer', c)) r.add('org_officer_in_scope');
  if (
    actor.grants.some(
      (g) =>
        ((g.role === 'head' || g.role === 'deputy' || g.role === 'party_liaison') &&
          c.routeUnitIds.includes(g.unitId)) ||
        (g.role === 'party_liaison' && c.routePartyUnitIds.includes(g.unitId)),
    )
  ) {
    r.add('route_leader');
  }
  return r;
}

/** Reading a case needs some relation to it; everyone else is told it does not exist. */
export function canRead(actor: Actor, c: CaseSnapshot): boolean {
  return relationsOf(actor, c).size > 0;
}

/**
 * The same visibility as `canRead`, in the shape a list query needs: sets of unit ids to
 * intersect with a case's route arrays. Kept beside `relationsOf` so the two cannot drift apart.
 */
export interface VisibilityScope {
  personId: string;
  /** Units where the actor is head, deputy or liaison: cases routed through them. */
  leaderUnitIds: string[];
  /** Party committee units where the actor is liaison. */
  partyUnitIds: string[];
  /** Units where the actor is inspector or organisation officer. */
  scopeUnitIds: string[];
  /** Of those, the ones granted with their subtree. */
  subtreeUnitIds: string[];
}

export function visibilityScope(actor: Actor): VisibilityScope {
  const ids = (pred: (g: Actor['grants'][number]) => boolean) => [
    ...new Set(actor.grants.filter(pred).map((g) => g.unitId)),
  ];
  return {
    personId: actor.personId,
    leaderUnitIds: ids((g) => g.role === 'head' || g.role === 'deputy' || g.role === 'party_liaison'),
    partyUnitIds: ids((g) => g.role === 'party_liaison'),
    scopeUnitIds: ids((g) => g.role === 'inspector' || g.role === 'org_officer'),
    subtreeUnitIds: ids((g) => (g.role === 'inspector' || g.role === 'org_officer') && g.includeSubtree),
  };
}
