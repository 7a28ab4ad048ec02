import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ROLES, type Actor, type CaseSnapshot, type Role } from '../../../src/domain/case/case-snapshot.ts';
import { canRead, relationsOf, visibilityScope, type Relation, type VisibilityScope } from '../../../src/domain/case/relations.ts';
import { P, U, actor, grant, snapshot, sorted } from './fixtures.ts';

/**
 * Requirement 4: how a person relates to a case, who may read it, and that the list query's
 * visibility (`visibleTo` in src/app/cases/case-queries.ts) agrees with `canRead`.
 * Fixture case: routed first → agency; ancestors root, ministry; Party committee p-agency.
 */
type Row = [name: string, who: Actor, expected: Relation[], over?: Partial<CaseSnapshot>];

const ROWS: Row[] = [
  ['proposer', actor(P.proposer), ['proposer']],
  ['co-proposer', actor(P.co), ['co_proposer']],
  ['head of the receiving unit', actor('h', [grant('head', U.agency)]), ['head', 'collective_member', 'route_leader']],
  ['deputy of the receiving unit', actor('d', [grant('deputy', U.agency)]), ['collective_member', 'route_leader']],
  ['liaison of the receiving Party committee', actor('l', [grant('party_liaison', U.partyAgency)]), ['party_liaison']],
  ['liaison granted on the receiving unit itself', actor('l', [grant('party_liaison', U.agency)]), ['party_liaison', 'route_leader']],
  ['appraiser, not yet answered', actor(P.appraiser), ['assigned_appraiser']],
  ['appraiser, answered', actor(P.appraiser), ['assigned_appraiser'], { appraisers: [{ personId: P.appraiser, answered: true }] }],
  ['implementer', actor(P.implementer), ['assigned_implementer']],
  ['assigned inspector', actor(P.inspector), ['assigned_inspector']],
  ['inspector of the receiving unit', actor('i', [grant('inspector', U.agency)]), ['inspector_in_scope']],
  ['inspector of the earlier route unit', actor('i', [grant('inspector', U.first)]), ['inspector_in_scope']],
  ['inspector of an ancestor, with subtree', actor('i', [grant('inspector', U.ministry, true)]), ['inspector_in_scope']],
  ['inspector of the root, with subtree', actor('i', [grant('inspector', U.root, true)]), ['inspector_in_scope']],
  ['inspector of an ancestor, without subtree', actor('i', [grant('inspector', U.ministry, false)]), []],
  ['inspector of an unrelated unit, with subtree', actor('i', [grant('inspector', U.other, true)]), []],
  ['org officer of the receiving unit', actor('o', [grant('org_officer', U.agency)]), ['org_officer_in_scope']],
  ['org officer of an ancestor, with subtree', actor('o', [grant('org_officer', U.root, true)]), ['org_officer_in_scope']],
  ['org officer of an ancestor, without subtree', actor('o', [grant('org_officer', U.root)]), []],
  ['head of the earlier route unit', actor('e', [grant('head', U.first)]), ['route_leader']],
  ['deputy of the earlier route unit', actor('e', [grant('deputy', U.first)]), ['route_leader']],
  ['liaison granted on the earlier route unit', actor('e', [grant('party_liaison', U.first)]), ['route_leader']],
  ['head of an ancestor, even with subtree (leaders see only cases routed to them)', actor('x', [grant('head', U.ministry, true)]), []],
  ['administrator of the receiving unit', actor('x', [grant('administrator', U.agency, true)]), []],
  ['holder of the implementer role, not assigned', actor('x', [grant('implementer', U.agency)]), []],
  ['holder of the appraiser role, not assigned', actor('x', [grant('appraiser', U.agency)]), []],
  ['unrelated person', actor(P.stranger, [grant('head', U.other, true)]), []],
  ['a person with no grants at all', actor('nobody'), []],
  [
    'the head who is also a co-proposer and an inspector in scope',
    actor(P.co, [grant('head', U.agency), grant('inspector', U.root, true)]),
    ['co_proposer', 'head', 'collective_member', 'route_leader', 'inspector_in_scope'],
  ],
  ['draft: no receiving unit, the head of the proposer unit has no say', actor('h', [grant('head', U.first)]), [], {
    state: 'draft',
    receivingUnitId: null,
    receivingPartyUnitId: null,
    routeUnitIds: [],
    routeAncestorIds: [],
  }],
  ['no Party committee unit: a liaison of nothing is no liaison', actor('l', [grant('party_liaison', U.partyAgency)]), [], { receivingPartyUnitId: null }],
  [
    'after forwarding: the new receiving unit’s head is head; the old one is a route leader',
    actor('h', [grant('head', U.ministry)]),
    ['head', 'collective_member', 'route_leader'],
    { receivingUnitId: U.ministry, routeUnitIds: [U.first, U.agency, U.ministry] },
  ],
];

describe('relationsOf and canRead, relation by relation', () => {
  for (const [name, who, expected, over] of ROWS) {
    it(`${name} → ${expected.join(', ') || 'no relation, cannot read'}`, () => {
      const c = snapshot(over);
      assert.deepEqual(sorted(relationsOf(who, c)), sorted(expected));
      assert.equal(canRead(who, c), expected.length > 0);
    });
  }
});

describe('visibilityScope', () => {
  it('sorts the grants into leader, party, scope and subtree units, without duplicates', () => {
    const a = actor('x', [
      grant('head', 'u1'),
      grant('deputy', 'u2'),
      grant('party_liaison', 'p1'),
      grant('inspector', 'u3', true),
      grant('org_officer', 'u4'),
      grant('org_officer', 'u3'),
      grant('administrator', 'u5', true),
      grant('proposer', 'u6'),
      grant('head', 'u1', true),
    ]);
    assert.deepEqual(visibilityScope(a), {
      personId: 'x',
      leaderUnitIds: ['u1', 'u2', 'p1'],
      partyUnitIds: ['p1'],
      scopeUnitIds: ['u3', 'u4'],
      subtreeUnitIds: ['u3'],
    });
  });
  it('a person with no grants sees only cases naming them', () => {
    assert.deepEqual(visibilityScope(actor('y')), { personId: 'y', leaderUnitIds: [], partyUnitIds: [], scopeUnitIds: [], subtreeUnitIds: [] });
  });
});

// --- The list query, re-expressed in plain TS ---------------------------------------------

/** The columns of a `cases` row that `visibleTo` reads. */
interface Row4 {
  participantIds: string[];
  routeUnitIds: string[];
  routePartyUnitIds: string[];
  routeAncestorIds: string[];
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** case-queries.ts `visibleTo`: four `&&` (array overlap) tests joined by `or`. */
function visibleTo(s: VisibilityScope, row: Row4): boolean {
  return (
    overlaps(row.participantIds, [s.personId]) ||
    overlaps(row.routeUnitIds, [...s.leaderUnitIds, ...s.scopeUnitIds]) ||
    overlaps(row.routePartyUnitIds, s.partyUnitIds) ||
    overlaps(row.routeAncestorIds, s.subtreeUnitIds)
  );
}

/** Org tree for the generator: each unit's path from the root, itself last (as units.ancestor_ids). */
const TREE: Record<string, string[]> = {
  r: ['r'],
  a: ['r', 'a'],
  b: ['r', 'b'],
  a1: ['r', 'a', 'a1'],
  a2: ['r', 'a', 'a2'],
  b1: ['r', 'b', 'b1'],
};
const UNITS = Object.keys(TREE);
const PARTY = UNITS.map((u) => `party-${u}`);
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5'];

interface World {
  row: Row4;
  snap: CaseSnapshot;
}

/**
 * A case as perform-case-action.ts stores it: each hop appends the unit, its ancestors and its
 * Party committee (or the unit itself when it has none); the snapshot is read back as toSnapshot does.
 */
function world(separateParty: boolean | 'last_only'): fc.Arbitrary<World> {
  const person = fc.constantFrom(...PEOPLE);
  return fc
    .record({
      hops: fc.uniqueArray(fc.record({ unit: fc.constantFrom(...UNITS), ownParty: fc.boolean() }), { minLength: 0, maxLength: 3, selector: (h) => h.unit }),
      proposer: person,
      co: fc.uniqueArray(person, { maxLength: 2 }),
      appraisers: fc.uniqueArray(fc.record({ personId: person, answered: fc.boolean() }), { maxLength: 2, selector: (a) => a.personId }),
      implementers: fc.uniqueArray(person, { maxLength: 2 }),
      inspectors: fc.uniqueArray(person, { maxLength: 2 }),
    })
    .map(({ hops, proposer, co, appraisers, implementers, inspectors }) => {
      const routeUnitIds = hops.map((h) => h.unit);
      const party = hops.map((h, i) =>
        (separateParty === true || (separateParty === 'last_only' && i === hops.length - 1)) && h.ownParty ? `party-${h.unit}` : h.unit,
      );
      const routeAncestorIds = [...new Set(hops.flatMap((h) => TREE[h.unit]!))];
      const row: Row4 = {
        participantIds: [...new Set([proposer, ...co, ...appraisers.map((a) => a.personId), ...implementers, ...inspectors])],
        routeUnitIds,
        routePartyUnitIds: party,
        routeAncestorIds,
      };
      const snap = snapshot({
        proposerId: proposer,
        coProposerIds: co,
        receivingUnitId: routeUnitIds.at(-1) ?? null,
        receivingPartyUnitId: party.at(-1) ?? null,
        routeUnitIds,
        routeAncestorIds,
        appraisers,
        implementerIds: implementers,
        inspectorIds: inspectors,
      });
      return { row, snap };
    });
}

const anyActor: fc.Arbitrary<Actor> = fc.record({
  personId: fc.constantFrom(...PEOPLE, 'outsider'),
  unitId: fc.constantFrom(...UNITS),
  grants: fc.array(
    fc.record({ role: fc.constantFrom<Role>(...ROLES), unitId: fc.constantFrom(...UNITS, ...PARTY), includeSubtree: fc.boolean() }),
    { maxLength: 4 },
  ),
});

describe('canRead agrees with the list query (visibleTo)', () => {
  it('when every Party committee is its own unit, or only the current hop has a separate one', () => {
    for (const mode of [false, 'last_only'] as const) {
      fc.assert(
        fc.property(world(mode), anyActor, ({ row, snap }, a) => canRead(a, snap) === visibleTo(visibilityScope(a), row)),
        { numRuns: 3000 },
      );
    }
  });

  it('finds cases both ways (the generator is not trivially empty)', () => {
    let seen = 0;
    let hidden = 0;
    fc.assert(
      fc.property(world('last_only'), anyActor, ({ snap }, a) => {
        if (canRead(a, snap)) seen++;
        else hidden++;
      }),
      { numRuns: 2000 },
    );
    assert.ok(seen > 200 && hidden > 200, `seen ${seen}, hidden ${hidden}`);
  });

  it(
    'for any route with separate Party committees',
    {
      todo: 'relations.ts:42 and :50-56 give the liaison of an EARLIER hop’s Party committee no relation, but case-queries.ts:40 lists the case for them (route_party_unit_ids && partyUnitIds): listed, then 404 on open',
    },
    () => {
      fc.assert(
        fc.property(world(true), anyActor, ({ row, snap }, a) => canRead(a, snap) === visibleTo(visibilityScope(a), row)),
        { numRuns: 3000 },
      );
    },
  );

  it('the concrete case behind that todo: liaison of the first hop’s Party committee', () => {
    const row: Row4 = { participantIds: [P.proposer], routeUnitIds: [U.first, U.agency], routePartyUnitIds: [U.partyFirst, U.partyAgency], routeAncestorIds: [U.root, U.first, U.ministry, U.agency] };
    const a = actor('lf', [grant('party_liaison', U.partyFirst)]);
    assert.equal(visibleTo(visibilityScope(a), row), true, 'the list query shows the case');
    assert.equal(canRead(a, snapshot()), false, 'canRead (and so GET /cases/:code) hides it — recorded as the todo above');
  });
});
