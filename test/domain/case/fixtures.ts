/**
 * Shared fixtures for the case-domain tests: one case routed through two units, and one person
 * for each way of standing to it. Written by hand from legal-procedure.md §(b) and the glossary,
 * never derived from the code under test.
 */
import type { Actor, CaseSnapshot, Role } from '../../../src/domain/case/case-snapshot.ts';
import type { CaseState } from '../../../src/domain/case/states.ts';
import type { Relation } from '../../../src/domain/case/relations.ts';
import { DECREE_73_PROFILE, type ProcedureProfile } from '../../../src/domain/profile/procedure-profile.ts';

/**
 * Org tree: root › ministry › agency (receiving unit); root › first (the unit the case came from).
 * Party committees: p-first (of first) and p-agency (of agency).
 */
export const U = {
  root: 'u-root',
  ministry: 'u-ministry',
  agency: 'u-agency',
  first: 'u-first',
  other: 'u-other',
  partyAgency: 'p-agency',
  partyFirst: 'p-first',
} as const;

export const P = {
  proposer: 'person-proposer',
  co: 'person-co',
  head: 'person-head',
  deputy: 'person-deputy',
  liaison: 'person-liaison',
  appraiser: 'person-appraiser',
  implementer: 'person-implementer',
  inspector: 'person-inspector',
  scopeInspector: 'person-scope-inspector',
  orgOfficer: 'person-org-officer',
  earlierHead: 'person-earlier-head',
  stranger: 'person-stranger',
} as const;

export const STATES: readonly CaseState[] = [
  'draft',
  'submitted',
  'returned_for_completion',
  'under_consideration',
  'vote_passed',
  'vote_failed',
  'in_implementation',
  'suspended',
  'awaiting_completion_report',
  'terminated',
  'completion_reported',
  'evaluated',
  'rejected',
  'withdrawn',
];

export function grant(role: Role, unitId: string, includeSubtree = false) {
  return { role, unitId, includeSubtree };
}

export function actor(personId: string, grants: Actor['grants'] = [], unitId: string = U.agency): Actor {
  return { personId, unitId, grants };
}

export function profile(over: Partial<ProcedureProfile> = {}): ProcedureProfile {
  return { ...DECREE_73_PROFILE, ...over, limits: { ...DECREE_73_PROFILE.limits, ...(over.limits ?? {}) } };
}

/**
 * A case forwarded from `first` to `agency`: the agency's head decides; an appraiser is assigned
 * and has not answered; no Party opinion has been asked; no adjustment is pending.
 */
export function snapshot(over: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    id: 'case-1',
    state: 'draft',
    version: 1,
    proposerId: P.proposer,
    coProposerIds: [P.co],
    proposerUnitId: U.first,
    receivingUnitId: U.agency,
    receivingPartyUnitId: U.partyAgency,
    routeUnitIds: [U.first, U.agency],
    routeAncestorIds: [U.root, U.first, U.ministry, U.agency],
    routePartyUnitIds: [U.partyFirst, U.partyAgency],
    appraisers: [{ personId: P.appraiser, answered: false }],
    implementerIds: [P.implementer],
    inspectorIds: [P.inspector],
    partyOpinions: [],
    pendingAdjustment: false,
    deadlines: [],
    profile: profile(),
    ...over,
  };
}

export interface Persona {
  label: string;
  actor: Actor;
  /** The relations this person holds to `snapshot()`, worked out by hand. */
  relations: Relation[];
}

export const PERSONAS: readonly Persona[] = [
  { label: 'proposer', actor: actor(P.proposer, [], U.first), relations: ['proposer'] },
  { label: 'co-proposer', actor: actor(P.co, [], U.first), relations: ['co_proposer'] },
  {
    label: 'head of the receiving unit',
    actor: actor(P.head, [grant('head', U.agency)]),
    relations: ['head', 'collective_member', 'route_leader'],
  },
  {
    label: 'deputy of the receiving unit',
    actor: actor(P.deputy, [grant('deputy', U.agency)]),
    relations: ['collective_member', 'route_leader'],
  },
  // The receiving unit's Party committee is also on the route, so its liaison is a route leader too (read access).
  {
    label: 'party liaison',
    actor: actor(P.liaison, [grant('party_liaison', U.partyAgency)]),
    relations: ['party_liaison', 'route_leader'],
  },
  {
    label: 'assigned appraiser',
    actor: actor(P.appraiser, [grant('appraiser', U.other)]),
    relations: ['assigned_appraiser'],
  },
  {
    label: 'assigned implementer',
    actor: actor(P.implementer, [grant('implementer', U.agency)]),
    relations: ['assigned_implementer'],
  },
  {
    label: 'assigned inspector',
    actor: actor(P.inspector, [grant('inspector', U.other)]),
    relations: ['assigned_inspector'],
  },
  {
    label: 'inspector with a subtree grant on the root',
    actor: actor(P.scopeInspector, [grant('inspector', U.root, true)]),
    relations: ['inspector_in_scope'],
  },
  {
    label: 'org officer of the receiving unit',
    actor: actor(P.orgOfficer, [grant('org_officer', U.agency)]),
    relations: ['org_officer_in_scope'],
  },
  {
    label: 'head of the earlier route unit',
    actor: actor(P.earlierHead, [grant('head', U.first)]),
    relations: ['route_leader'],
  },
  { label: 'unrelated head of another unit', actor: actor(P.stranger, [grant('head', U.other, true)]), relations: [] },
];

export const persona = (label: string): Persona => {
  const p = PERSONAS.find((x) => x.label === label);
  if (!p) throw new Error(`no persona ${label}`);
  return p;
};

export const sorted = <T extends string>(xs: Iterable<T>): T[] => [...xs].sort();
