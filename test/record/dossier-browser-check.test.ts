import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { createCheckpoint } from '../../src/app/verify/create-checkpoint.ts';
import { filesFromZip, verifyDossierFiles } from '../../web/src/verify/dossier-check.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
import { multipart } from './record-fixture.ts';

/**
 * Issue 12, item 5: the web app's dossier check (the shared record checks with Web Crypto and a pure
 * SHA-256) gives the offline verifier's answer: OK for the dossier as served, a named problem
 * after one byte is flipped in any file. The browser page itself is driven in test/e2e/verify-dossier.test.ts.
 */
describe('the browser dossier check agrees with the offline verifier (issue 12, item 5)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('accepts the dossier as served, zipped again with compression, and names what is wrong after any byte is flipped', async () => {
    const code = await caseIn(t, 'draft', 'Hồ sơ kiểm tra trên trình duyệt');
    const proposer = await t.login('truongphong.stc');
    const m = multipart('Tờ trình.pdf', Buffer.from('%PDF-1.4\ntờ trình\n%%EOF\n'));
    assert.equal((await proposer.post(`/api/cases/${code}/attachments`, m.body, m.headers)).status, 201);
    await createCheckpoint(t.runtime.app);
    const r = await t.server.inject({
      method: 'GET',
      url: `/api/cases/${code}/dossier`,
      headers: { cookie: (proposer as any).cookies },
    });
    assert.equal(r.statusCode, 200, r.body);

    const files = filesFromZip(new Uint8Array(r.rawPayload));
    const good = await verifyDossierFiles(files);
    assert.deepEqual(good.problems, []);
    assert.equal(good.ok, true);
    assert.equal(good.caseCode, code);
    assert.ok(good.events > 1);
    assert.ok(!good.unchecked.some((u) => u.startsWith('checkpoint')), 'the checkpoint was checked');

    // An unzip tool's folder and deflate compression change nothing.
    const rezipped = zipSync(Object.fromEntries([...files].map(([n, b]) => [`${code}/${n}`, b])), { level: 6 });
    assert.equal((await verifyDossierFiles(filesFromZip(rezipped))).ok, true);

    for (const [name, bytes] of files) {
      if (name === 'verify-export.mjs') continue;
      for (const at of [0, Math.floor(bytes.length / 2), bytes.length - 2]) {
        const flipped = new Uint8Array(bytes);
        flipped[at] = flipped[at]! ^ 0x01;
        const verdict = await verifyDossierFiles(new Map(files).set(name, flipped));
        assert.equal(verdict.ok, false, `${name} byte ${at}`);
        assert.ok(
          verdict.problems.length > 0 && verdict.problems.every((p) => p.detector && p.subject),
          `${name} byte ${at}`,
        );
      }
    }
    const missing = new Map(files);
    missing.delete('export.json');
    assert.ok((await verifyDossierFiles(missing)).problems.some((p) => p.subject === 'export.json'));
  });
});
