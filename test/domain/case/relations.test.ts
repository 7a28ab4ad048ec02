import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ROLES, type Actor, type CaseSnapshot, type Role } from '../../../src/domain/case/case-snapshot.ts';
import {
  canRead,
  relationsOf,
  visibilityScope,
  type Relation,
  type VisibilityScope,
} from '../../../src/domain/case/relations.ts';
import { P, U, actor, grant, snapshot, sorted } from './fixtures.ts';

/**
 * Requirement 4: how a person relates to a case, who may read it, and that the list query's
 * visibility (`visibleTo` in src/app/cases/case-queries.ts) agrees with `canRead`.
 * Fixture case: routed first → agency; ancestors root, ministry; Party committees p-first, p-agency
 * (the agency's is the receiving one). A liaison of any Party committee on the route may read the case.
 */
type Row = [name: string, who: Actor, expected: Relation[], over?: Partial<CaseSnapshot>];

const ROWS: Row[] = [
  ['proposer', actor(P.proposer), ['proposer']],
  ['co-proposer', actor(P.co), ['co_proposer']],
  ['head of the receiving unit', actor('h', [grant('head', U.agency)]), ['head', 'collective_member', 'route_leader']],
  ['deputy of the receiving unit', actor('d', [grant('deputy', U.agency)]), ['collective_member', 'route_leader']],
  [
    'liaison of the receiving Party committee (it is also on the route)',
    actor('l', [grant('party_liaison', U.partyAgency)]),
    ['party_liaison', 'route_leader'],
  ],
  [
    'liaison of the earlier route unit’s Party committee',
    actor('l', [grant('party_liaison', U.partyFirst)]),
    ['route_leader'],
  ],
  ['liaison of a Party committee not on the route', actor('l', [grant('party_liaison', 'p-other')]), []],
  [
    'head or deputy granted on a Party committee unit of the route (not a liaison)',
    actor('l', [grant('head', U.partyFirst), grant('deputy', U.partyAgency)]),
    [],
  ],
  [
    'liaison granted on the receiving unit itself',
    actor('l', [grant('party_liaison', U.agency)]),
    ['party_liaison', 'route_leader'],
  ],
  ['appraiser, not yet answered', actor(P.appraiser), ['assigned_appraiser']],
  [
    'appraiser, answered',
    actor(P.appraiser),
    ['assigned_appraiser'],
    { appraisers: [{ personId: P.appraiser, answered: true }] },
  ],
  ['implementer', actor(P.implementer), ['assigned_implementer']],
  ['assigned inspector', actor(P.inspector), ['assigned_inspector']],
  ['inspector of the receiving unit', actor('i', [grant('inspector', U.agency)]), ['inspector_in_scope']],
  ['inspector of the earlier route unit', actor('i', [grant('inspector', U.first)]), ['inspector_in_scope']],
  [
    'inspector of an ancestor, with subtree',
    actor('i', [grant('inspector', U.ministry, true)]),
    ['inspector_in_scope'],
  ],
  ['inspector of the root, with subtree', actor('i', [grant('inspector', U.root, true)]), ['inspector_in_scope']],
  ['inspector of an ancestor, without subtree', actor('i', [grant('inspector', U.ministry, false)]), []],
  ['inspector of an unrelated unit, with subtree', actor('i', [grant('inspector', U.other, true)]), []],
  ['org officer of the receiving unit', actor('o', [grant('org_officer', U.agency)]), ['org_officer_in_scope']],
  [
    'org officer of an ancestor, with subtree',
    actor('o', [grant('org_officer', U.root, true)]),
    ['org_officer_in_scope'],
  ],
  ['org officer of an ancestor, without subtree', actor('o', [grant('org_officer', U.root)]), []],
  ['head of the earlier route unit', actor('e', [grant('head', U.first)]), ['route_leader']],
  ['deputy of the earlier route unit', actor('e', [grant('deputy', U.first)]), ['route_leader']],
  ['liaison granted on the earlier route unit', actor('e', [grant('party_liaison', U.first)]), ['route_leader']],
  [
    'head of an ancestor, even with subtree (leaders see only cases routed to them)',
    actor('x', [grant('head', U.ministry, true)]),
    [],
  ],
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
  [
    'draft: no receiving unit, the head of the proposer unit has no say',
    actor('h', [grant('head', U.first)]),
    [],
    {
      state: 'draft',
      receivingUnitId: null,
      receivingPartyUnitId: null,
      routeUnitIds: [],
      routeAncestorIds: [],
      routePartyUnitIds: [],
    },
  ],
  [
    'draft: a liaison of the proposer unit’s Party committee has no say either',
    actor('l', [grant('party_liaison', U.partyFirst)]),
    [],
    {
      state: 'draft',
      receivingUnitId: null,
      receivingPartyUnitId: null,
      routeUnitIds: [],
      routeAncestorIds: [],
      routePartyUnitIds: [],
    },
  ],
  [
    'units without a separate Party committee (the unit stands in for it): a liaison of some other committee is no liaison',
    actor('l', [grant('party_liaison', U.partyAgency)]),
    [],
    { receivingPartyUnitId: U.agency, routePartyUnitIds: [U.first, U.agency] },
  ],
  [
    'after forwarding: the new receiving unit’s head is head; the old one is a route leader',
    actor('h', [grant('head', U.ministry)]),
    ['head', 'collective_member', 'route_leader'],
    {
      receivingUnitId: U.ministry,
      receivingPartyUnitId: U.ministry,
      routeUnitIds: [U.first, U.agency, U.ministry],
      routePartyUnitIds: [U.partyFirst, U.partyAgency, U.ministry],
    },
  ],
  [
    'after forwarding: the liaison of the old receiving unit’s Party committee is no longer the liaison, but may still read',
    actor('l', [grant('party_liaison', U.partyAgency)]),
    ['route_leader'],
    {
      receivingUnitId: U.ministry,
      receivingPartyUnitId: U.ministry,
      routeUnitIds: [U.first, U.agency, U.ministry],
      routePartyUnitIds: [U.partyFirst, U.partyAgency, U.ministry],
    },
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
    assert.deepEqual(visibilityScope(actor('y')), {
      personId: 'y',
      leaderUnitIds: [],
      partyUnitIds: [],
      scopeUnitIds: [],
      subtreeUnitIds: [],
    });
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
      hops: fc.uniqueArray(fc.record({ unit: fc.constantFrom(...UNITS), ownParty: fc.boolean() }), {
        minLength: 0,
        maxLength: 3,
        selector: (h) => h.unit,
      }),
      proposer: person,
      co: fc.uniqueArray(person, { maxLength: 2 }),
      appraisers: fc.uniqueArray(fc.record({ personId: person, answered: fc.boolean() }), {
        maxLength: 2,
        selector: (a) => a.personId,
      }),
      implementers: fc.uniqueArray(person, { maxLength: 2 }),
      inspectors: fc.uniqueArray(person, { maxLength: 2 }),
    })
    .map(({ hops, proposer, co, appraisers, implementers, inspectors }) => {
      const routeUnitIds = hops.map((h) => h.unit);
      const party = hops.map((h, i) =>
        (separateParty === true || (separateParty === 'last_only' && i === hops.length - 1)) && h.ownParty
          ? `party-${h.unit}`
          : h.unit,
      );
      const routeAncestorIds = [...new Set(hops.flatMap((h) => TREE[h.unit]!))];
      const row: Row4 = {
        participantIds: [
          ...new Set([proposer, ...co, ...appraisers.map((a) => a.personId), ...implementers, ...inspectors]),
        ],
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
        routePartyUnitIds: party,
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
    fc.record({
      role: fc.constantFrom<Role>(...ROLES),
      unitId: fc.constantFrom(...UNITS, ...PARTY),
      includeSubtree: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
});

/** Liaisons of Party committees (or of units), so that the separate-committee property meets many of them. */
const liaisonActor: fc.Arbitrary<Actor> = fc.record({
  personId: fc.constantFrom(...PEOPLE, 'outsider'),
  unitId: fc.constantFrom(...UNITS),
  grants: fc.array(
    fc.record({
      role: fc.constant<Role>('party_liaison'),
      unitId: fc.constantFrom(...PARTY, ...UNITS),
      includeSubtree: fc.boolean(),
    }),
    {
      minLength: 1,
      maxLength: 2,
    },
  ),
});
const actorOrLiaison = fc.oneof(anyActor, liaisonActor);

describe('canRead agrees with the list query (visibleTo)', () => {
  it('when every Party committee is its own unit, or only the current hop has a separate one', () => {
    for (const mode of [false, 'last_only'] as const) {
      fc.assert(
        fc.property(
          world(mode),
          anyActor,
          ({ row, snap }, a) => canRead(a, snap) === visibleTo(visibilityScope(a), row),
        ),
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

  it('for any route with separate Party committees (a liaison of any of them may list and open the case)', () => {
    fc.assert(
      fc.property(
        world(true),
        actorOrLiaison,
        ({ row, snap }, a) => canRead(a, snap) === visibleTo(visibilityScope(a), row),
      ),
      { numRuns: 3000 },
    );
  });

  it('that property reaches liaisons of an earlier hop’s separate Party committee (not trivially true)', () => {
    let reached = 0;
    fc.assert(
      fc.property(world(true), actorOrLiaison, ({ row, snap }, a) => {
        const earlier = row.routePartyUnitIds
          .slice(0, -1)
          .filter((id) => id.startsWith('party-') && id !== snap.receivingPartyUnitId);
        if (a.grants.some((g) => g.role === 'party_liaison' && earlier.includes(g.unitId))) reached++;
      }),
      { numRuns: 3000 },
    );
    assert.ok(reached > 30, `only ${reached} of 3000 runs had a liaison of an earlier hop’s Party committee`);
  });

  it('the concrete case: the liaison of the first hop’s Party committee both sees the case listed and may open it', () => {
    const row: Row4 = {
      participantIds: [P.proposer],
      routeUnitIds: [U.first, U.agency],
      routePartyUnitIds: [U.partyFirst, U.partyAgency],
      routeAncestorIds: [U.root, U.first, U.ministry, U.agency],
    };
    const a = actor('lf', [grant('party_liaison', U.partyFirst)]);
    assert.equal(visibleTo(visibilityScope(a), row), true, 'the list query shows the case');
    assert.equal(canRead(a, snapshot()), true, 'canRead (and so GET /cases/:code) lets them open it');
    assert.deepEqual(
      sorted(relationsOf(a, snapshot())),
      ['route_leader'],
      'read access only: not the liaison who answers for the receiving unit',
    );
  });

  it('a liaison of a Party committee that is not on the route is neither listed nor let in', () => {
    const row: Row4 = {
      participantIds: [P.proposer],
      routeUnitIds: [U.first, U.agency],
      routePartyUnitIds: [U.partyFirst, U.partyAgency],
      routeAncestorIds: [U.root, U.first, U.ministry, U.agency],
    };
    const a = actor('lo', [grant('party_liaison', 'p-other')]);
    assert.equal(visibleTo(visibilityScope(a), row), false, 'the list query hides the case');
    assert.equal(canRead(a, snapshot()), false, 'canRead hides it too');
  });
});
