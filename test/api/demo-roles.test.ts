import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { ALL_CONDITIONS, createDraft, decision, today } from '../support/fixtures.ts';
import { DEMO_PEOPLE, DEMO_UNITS } from '../../src/demo/demo-organisation.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * Issue item 12: demo data where every role works. Each demo account is walked through the first
 * step its role exists for, on cases that reach it the way real ones would. Art. 7(3)–(4) routes
 * every proposal, the heads' own included, so each unit, province node and the Government above
 * them needs a head (a commune chair's own proposal once failed with 409 unit_has_no_head).
 */
const grantsOf = (role: string) =>
  DEMO_PEOPLE.flatMap((p) =>
    p.grants.filter((g) => g[0] === role).map((g) => ({ username: p.username, unitKey: g[1] })),
  );
/** Under Decree 73 Art. 2 a specialist may not propose: this account shows the refusal (under HCMC's profile the city's specialist may). */
const SHOWS_THE_COVERAGE_RULE = 'chuyenvien.stc';

describe('issue item 12: every demo account can do what its role exists for', () => {
  let t: TestApp;
  const clients = new Map<string, TestClient>();
  const as = async (username: string) => {
    if (!clients.has(username)) clients.set(username, await t.login(username));
    return clients.get(username)!;
  };
  const unitId = (key: string) => t.org.units[key]!;
  /** Submitted cases by receiving unit id. */
  const received = new Map<string, { code: string; proposer: string }[]>();

  before(async () => (t = await startTestApp()));
  after(() => t.close());

  it('every demo unit and account exists', () => {
    for (const u of DEMO_UNITS) assert.ok(t.org.units[u.key], u.code);
    for (const p of DEMO_PEOPLE) assert.ok(t.org.people[p.username], p.username);
  });

  it('proposers: every proposer files and submits a proposal under a profile in force for their unit', async () => {
    for (const { username } of grantsOf('proposer')) {
      const proposer = await as(username);
      const draft = await createDraft(proposer, `Đề xuất của ${username}`);
      const r = await proposer.act(draft.code, 'submit', {}, draft.version);
      if (username === SHOWS_THE_COVERAGE_RULE) {
        assert.equal(r.body.error?.code, 'proposer_not_covered', JSON.stringify(r.body));
        continue;
      }
      assert.equal(r.status, 200, `${username}: ${JSON.stringify(r.body)}`);
      const list = received.get(r.body.receivingUnit.id) ?? [];
      list.push({ code: draft.code, proposer: username });
      received.set(r.body.receivingUnit.id, list);
    }
  });

  it('heads: every head, of a unit, a province node or the Government, accepts a proposal received at their unit', async () => {
    for (const { username, unitKey } of grantsOf('head')) {
      const cases = received.get(unitId(unitKey)) ?? [];
      assert.ok(cases.length > 0, `${username} receives at ${unitKey}`);
      const head = await as(username);
      const work = (await head.get('/api/worklist')).body.items;
      for (const c of cases) {
        assert.ok(
          work.some((w: any) => w.code === c.code && w.task === 'accept_for_consideration'),
          `${c.code} on ${username}'s worklist`,
        );
        await head.must(c.code, 'accept_for_consideration', ALL_CONDITIONS);
      }
    }
  });

  it('deputies: every deputy, as a member of the collective, asks the Party committee’s opinion (Art. 4)', async () => {
    const asked = new Set<string>();
    for (const { username, unitKey } of grantsOf('deputy')) {
      const deputy = await as(username);
      const cases = (received.get(unitId(unitKey)) ?? []).filter((c) => !asked.has(c.code));
      assert.ok((received.get(unitId(unitKey)) ?? []).length > 0, `${username} has a case at ${unitKey}`);
      const view = await deputy.get(`/api/cases/${(received.get(unitId(unitKey)) ?? [])[0]!.code}`);
      assert.ok(
        view.body.allowedActions.includes('request_party_opinion') || asked.has(view.body.code),
        `${username} may ask`,
      );
      const mine = cases.find((c) => c.proposer !== username) ?? cases[0];
      if (!mine) continue; // every case of the unit already asked by another deputy
      await deputy.must(mine.code, 'request_party_opinion', {});
      asked.add(mine.code);
    }
    // Heads without deputies ask themselves, except the Government: no Party committee sits beside it in the demo.
    for (const { username, unitKey } of grantsOf('head')) {
      if (unitKey === 'central') continue;
      for (const c of received.get(unitId(unitKey)) ?? []) {
        if (!asked.has(c.code)) {
          await (await as(username)).must(c.code, 'request_party_opinion', {});
          asked.add(c.code);
        }
      }
    }
  });

  it('Party liaisons: every liaison gives the opinions asked of their committee', async () => {
    for (const { username } of grantsOf('party_liaison')) {
      const liaison = await as(username);
      const work = (await liaison.get('/api/worklist')).body.items.filter(
        (w: any) => w.task === 'record_party_opinion',
      );
      assert.ok(work.length > 0, `${username} has an opinion to give`);
      for (const w of work)
        await liaison.must(w.code, 'record_party_opinion', {
          opinion: 'agree',
          content: 'Đồng ý chủ trương.',
          givenOn: today(t),
        });
    }
  });

  it('appraisers, implementers, inspectors: each does their step on a case of their province or city', async () => {
    const teams = [
      {
        head: 'giamdoc.stc',
        unit: 'finance',
        members: ['giamdoc.stc', 'phogiamdoc1.stc', 'phogiamdoc2.stc'],
        appraiser: 'thamdinh.skhcn',
        implementer: 'chuyenvien.stc',
        inspector: 'thanhtra',
      },
      {
        head: 'giamdoc.snv.hcm',
        unit: 'hcmHomeAffairs',
        members: ['giamdoc.snv.hcm', 'phogiamdoc1.snv.hcm', 'phogiamdoc2.snv.hcm'],
        appraiser: 'thamdinh.skhcn.hcm',
        implementer: 'chuyenvien.snv.hcm',
        inspector: 'thanhtra.hcm',
      },
    ];
    for (const team of teams) {
      const head = await as(team.head);
      // A case whose Party opinion is given and which none of the collective proposed.
      let code: string | undefined;
      for (const c of received.get(unitId(team.unit)) ?? []) {
        if (team.members.includes(c.proposer) || c.proposer === team.implementer) continue;
        if ((await head.get(`/api/cases/${c.code}`)).body.allowedActions.includes('record_vote')) code = c.code;
      }
      assert.ok(code, `a case ready for the vote at ${team.unit}`);
      await head.must(code, 'assign_appraisers', { appraiserIds: [t.org.people[team.appraiser]] });
      await (await as(team.appraiser)).must(code, 'record_appraisal', {
        opinion: 'supports',
        content: 'Ủng hộ thí điểm.',
      });
      const ids = team.members.map((u) => t.org.people[u]!);
      await head.must(code, 'record_vote', {
        meetingOn: today(t),
        attendeeIds: ids,
        votes: ids.map((personId) => ({ personId, vote: 'for' })),
      });
      await head.must(code, 'approve', decision(undefined, today(t)));
      await head.must(code, 'assign_implementers', { implementerIds: [t.org.people[team.implementer]] });
      await (await as(team.implementer)).must(code, 'report_progress', {
        percentComplete: 20,
        content: 'Đã xây dựng quy trình thí điểm.',
      });
      await (await as(team.inspector)).must(code, 'record_inspection', {
        inspectedOn: today(t),
        findings: 'Đúng kế hoạch.',
        recommendation: 'continue',
      });
    }
  });

  it('organisation officers and the administrator reach their own work', async () => {
    for (const { username } of grantsOf('org_officer')) {
      assert.equal((await (await as(username)).get('/api/rewards/candidates')).status, 200, username);
    }
    for (const { username } of grantsOf('administrator')) {
      assert.equal((await (await as(username)).get('/api/admin/jobs?status=failed')).status, 200, username);
    }
  });

  it('every demo account had a step (no role is left without its work)', () => {
    const roles = new Set(DEMO_PEOPLE.flatMap((p) => p.grants.map((g) => g[0])));
    assert.deepEqual([...roles].sort(), [
      'administrator',
      'appraiser',
      'deputy',
      'head',
      'implementer',
      'inspector',
      'org_officer',
      'party_liaison',
      'proposer',
    ]);
    for (const p of DEMO_PEOPLE) assert.ok(clients.has(p.username), `${p.username} was walked`);
  });
});
