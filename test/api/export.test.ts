import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
// The auditor's tool is plain JavaScript with no import from the project.
// @ts-expect-error: an .mjs script without type declarations
import { verifyExport } from '../../scripts/verify-export.mjs';

describe('exporting a record that can be checked without the server', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('exports a case that the standalone verifier accepts, and catches any edit of the file', async () => {
    const code = await caseIn(t, 'in_implementation');
    const proposer = await t.login('truongphong.stc');
    const r = await proposer.get(`/api/cases/${code}/export`);
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-disposition']), new RegExp(`${code}\\.json`));
    const bundle = r.body;
    assert.equal(bundle.format, 'khien-case-export/2');
    assert.deepEqual(verifyExport(bundle).problems, []);

    const votes = structuredClone(bundle);
    const vote = votes.events.find((e: { type: string }) => e.type === 'vote_recorded');
    vote.payload.result.for += 1;
    assert.match(verifyExport(votes).problems[0], new RegExp(`event ${vote.seq}: content does not match`));

    const plan = structuredClone(bundle);
    plan.planVersions[0].plan.scope.targets = 'Mục tiêu khác';
    assert.match(verifyExport(plan).problems.join('\n'), /plan version 1: content does not match/);

    const cut = structuredClone(bundle);
    cut.events.pop();
    assert.match(verifyExport(cut).problems.join('\n'), /case.eventCount: the chain has \d+ events/);

    const outsider = await t.login('truongphong.snv');
    assert.equal((await outsider.get(`/api/cases/${code}/export`)).status, 404);
  });
});
