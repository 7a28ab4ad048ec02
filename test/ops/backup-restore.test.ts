import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { backupDatabase } from '../../src/ops/backup.ts';
import { restoreDatabase } from '../../src/ops/restore.ts';
import { caseIn } from '../support/fixtures.ts';
import { onPostgres, startTestApp } from '../support/test-app.ts';

/**
 * Issue 17, item 6: a backup is proven by its restore. A database with cases in several states is
 * backed up, restored into an empty database, and the restore checks the row counts and the chains'
 * fingerprint against the manifest and verifies every case's record; a tampered copy is named.
 */
describe('backup and restore, verified (issue 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khien-backup-'));
  const dropAfter: (() => Promise<void>)[] = [];
  after(async () => {
    for (const drop of dropAfter) await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every row and every chain, each case verified', { timeout: 300_000 }, async () => {
    let sourceUrl: string;
    const t = onPostgres ? await startTestApp() : undefined;
    if (t) {
      await caseIn(t, 'in_implementation', 'Thí điểm sao lưu');
      await caseIn(t, 'evaluated', 'Thí điểm khôi phục');
      sourceUrl = t.runtime.database.pool.options.connectionString!;
    } else {
      // PGlite's copy is of a data directory on disk, taken with its server stopped.
      const { startRuntime } = await import('../../src/bootstrap.ts');
      const { seedDemoIfEmpty } = await import('../../src/demo/seed-if-empty.ts');
      sourceUrl = `pglite:${join(dir, 'source')}`;
      const runtime = await startRuntime({ databaseUrl: sourceUrl });
      await seedDemoIfEmpty(runtime);
      await runtime.close();
    }
    const manifest = await backupDatabase(sourceUrl, join(dir, 'backup'));
    await t?.close();
    assert.ok(manifest.chains.cases > 0 && manifest.chains.events > manifest.chains.cases);
    assert.equal(manifest.format, onPostgres ? 'pg_dump-custom' : 'pglite-datadir-tgz');

    const targetUrl = onPostgres ? await freshDatabase(manifest.schema) : `pglite:${join(dir, 'restored')}`;
    const report = await restoreDatabase(join(dir, 'backup'), targetUrl);
    assert.deepEqual(report.differences, []);
    assert.deepEqual(report.brokenCases, []);
    assert.equal(report.casesVerified, manifest.chains.cases);
    assert.ok(report.ok);

    // A copy that is not what its manifest says (here: one event fewer than recorded) is named.
    const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
    cpSync(join(dir, 'backup'), join(dir, 'altered'), { recursive: true });
    const altered = JSON.parse(readFileSync(join(dir, 'altered', 'manifest.json'), 'utf8'));
    altered.chains.events += 1;
    writeFileSync(join(dir, 'altered', 'manifest.json'), JSON.stringify(altered));
    const second = onPostgres ? await freshDatabase(manifest.schema) : `pglite:${join(dir, 'restored-2')}`;
    const refused = await restoreDatabase(join(dir, 'altered'), second);
    assert.equal(refused.ok, false);
    assert.match(refused.differences.join('\n'), /chains\.events/);
  });

  async function freshDatabase(schema: string): Promise<string> {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `khien_restore_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    dropAfter.push(async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    });
    const url = new URL(base);
    url.pathname = `/${name}`;
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  }
});
