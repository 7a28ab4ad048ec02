import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startRuntime } from '../../src/bootstrap.ts';
import { TEMPLATE_DIR, templateMeta, copyFirstStartTemplate } from '../../src/demo/first-start-template.ts';
import { DEMO_PREPARED_MARKER } from '../../src/demo/prepared-marker.ts';

/**
 * Issue 16, target 6: `npm install` prepares the demo database that the first `npm start` copies,
 * so that the first page does not wait for a cluster, the migrations and the demo data.
 */
describe('the first start copies the database prepared at install (issue 16)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khien-first-start-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const metaFile = join(TEMPLATE_DIR, 'meta.json');
  const current = templateMeta(new Date());
  const stale =
    !existsSync(metaFile) || JSON.stringify(JSON.parse(readFileSync(metaFile, 'utf8'))) !== JSON.stringify(current);
  if (stale) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-first-start.ts'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'the install step prepares the template');
  }

  it('a template made on another day is not used (the demo deadlines count from the day they were made)', () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    assert.equal(copyFirstStartTemplate(join(dir, 'other', 'pglite'), join(dir, 'other'), tomorrow), false);
  });

  it('a fresh data directory gets the migrated demo database, and the accounts are printed once', async () => {
    const pgliteDir = join(dir, 'pglite');
    assert.equal(copyFirstStartTemplate(pgliteDir, dir, new Date()), true);
    assert.ok(existsSync(join(dir, DEMO_PREPARED_MARKER)));
    assert.equal(copyFirstStartTemplate(pgliteDir, dir, new Date()), false, 'never over an existing database');
    const runtime = await startRuntime({ databaseUrl: `pglite:${pgliteDir}` });
    try {
      const units = await runtime.db.selectFrom('units').select('id').execute();
      const cases = await runtime.db.selectFrom('cases').select('id').execute();
      assert.ok(units.length > 5 && cases.length > 0, 'the demo organisation and its cases are there');
    } finally {
      await runtime.close();
    }
  });
});
