import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, sampleBodies } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';
import { CASE_ACTIONS } from '../../src/domain/case/action-rules.ts';

/**
 * Each person against each action in each state, through the API: who sees the case (others get
 * 404), which actions the server offers them, and that every other action is refused with
 * 403/404/409 and changes nothing. Expectations are written here from the procedure, not read
 * from the rule table.
 */
const PERSONAS = {
  proposer: 'truongphong.stc',
  head: 'giamdoc.stc',
  deputy: 'phogiamdoc1.stc',
  liaison: 'dangu.ducq',
  inspector: 'thanhtra',
  orgOfficer: 'tochuc.snv',
  unassignedAppraiser: 'thamdinh.skhcn',
  colleague: 'chuyenvien.stc',
  otherHead: 'giamdoc.snv',
  otherLiaison: 'dangu.tanphu',
  administrator: 'quantri',
} as const;
type Persona = keyof typeof PERSONAS;

const READERS_AFTER_SUBMISSION: Persona[] = ['proposer', 'head', 'deputy', 'liaison', 'inspector', 'orgOfficer'];

const EXPECTED: Record<string, Partial<Record<Persona, string[]>>> = {
  draft: { proposer: ['set_co_proposers', 'submit', 'update_plan', 'withdraw'] },
  submitted: {
    proposer: ['withdraw'],
    head: ['accept_for_consideration', 'forward_to_superior', 'return_for_completion'],
  },
  returned_for_completion: { proposer: ['resubmit', 'update_plan', 'withdraw'] },
  under_consideration: {
    proposer: ['withdraw'],
    head: ['assign_appraisers', 'request_party_opinion', 'return_for_completion'],
    deputy: ['request_party_opinion'],
  },
  vote_passed: { head: ['approve'] },
  vote_failed: { head: ['override_rejection', 'reject'] },
  rejected: {},
  in_implementation: {
    proposer: ['declare_completed', 'propose_adjustment', 'report_progress'],
    head: ['allocate_resources', 'assign_implementers', 'assign_inspectors', 'direct_continue', 'suspend', 'terminate'],
    inspector: ['assign_inspectors', 'record_inspection'],
  },
  suspended: {
    head: ['assign_implementers', 'assign_inspectors', 'resume', 'terminate'],
    inspector: ['assign_inspectors', 'record_inspection'],
  },
  terminated: { proposer: ['submit_completion_report'] },
  awaiting_completion_report: { proposer: ['submit_completion_report'], inspector: ['record_inspection'] },
  completion_reported: {
    head: ['request_party_opinion'],
    deputy: ['request_party_opinion'],
    inspector: ['record_inspection'],
  },
  // KL14 §2.5: after the evaluation only the deciding head follows the initiative up.
  evaluated: { head: ['approve_publication', 'mark_as_model', 'propose_institutionalisation'] },
};

describe('permission matrix: each person, each action, each state', () => {
  let t: TestApp;
  let clients: Record<Persona, TestClient>;
  before(async () => {
    t = await startTestApp();
    clients = {} as Record<Persona, TestClient>;
    for (const [persona, username] of Object.entries(PERSONAS)) clients[persona as Persona] = await t.login(username);
  });
  after(() => t.close());

  for (const [state, expected] of Object.entries(EXPECTED)) {
    it(`in state ${state}`, async () => {
      const code = await caseIn(t, state);
      const bodies = sampleBodies(t);
      for (const persona of Object.keys(PERSONAS) as Persona[]) {
        const client = clients[persona];
        const view = await client.get(`/api/cases/${code}`);
        const reads = state === 'draft' ? persona === 'proposer' : READERS_AFTER_SUBMISSION.includes(persona);
        if (!reads) {
          assert.equal(view.status, 404, `${persona} must not see a ${state} case`);
        } else {
          assert.equal(view.status, 200, `${persona} reads a ${state} case`);
          assert.equal(view.body.state, state);
          assert.deepEqual(
            [...view.body.allowedActions].sort(),
            (expected[persona] ?? []).slice().sort(),
            `${persona} in ${state}`,
          );
        }
        const version = reads ? view.body.version : 1;
        const allowed = new Set(expected[persona] ?? []);
        for (const action of CASE_ACTIONS) {
          if (allowed.has(action)) continue;
          const r = await client.act(code, action, bodies[action], version);
          const expectedStatus = !reads ? [404] : [403, 409];
          assert.ok(
            expectedStatus.includes(r.status),
            `${persona} ${action} in ${state}: ${r.status} ${JSON.stringify(r.body)}`,
          );
        }
        if (reads) {
          const again = await client.get(`/api/cases/${code}`);
          assert.equal(again.body.version, version, `refused actions changed nothing for ${persona} in ${state}`);
        }
      }
    });
  }

  it('lists for each person only the cases they may read', async () => {
    const code = await caseIn(t, 'submitted', 'Đề xuất kiểm tra phạm vi xem');
    for (const persona of Object.keys(PERSONAS) as Persona[]) {
      const list = await clients[persona].get('/api/cases?limit=100');
      assert.equal(list.status, 200);
      const sees = list.body.items.some((c: { code: string }) => c.code === code);
      assert.equal(sees, READERS_AFTER_SUBMISSION.includes(persona), `${persona} in list`);
    }
  });
});
