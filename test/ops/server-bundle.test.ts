import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildServerBundle, currentBundle } from '../../scripts/server-bundle.mjs';
import { PROJECT_ROOT } from '../../src/source-fingerprint.mjs';
import { startOnFreePort } from '../support/free-port.ts';
import { SAME_IN_BOTH_SUITES } from '../support/suites.ts';

/**
 * Issue 16, target 6 (first page ≤ 5 s after `npm start`): `npm install` bundles the server into
 * one file, which loads in about half the time of its sources. The bundle must start the real
 * server, find its files from inside `.cache/`, and never run once the sources have changed.
 */
describe('the server bundle built at install (issue 16)', { skip: SAME_IN_BOTH_SUITES }, () => {
  const dir = join(PROJECT_ROOT, '.cache', `server-test-${process.pid}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'khien-bundle-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is current when built from the sources as they are, and not once they differ', async () => {
    const entry = await buildServerBundle(dir);
    assert.equal(currentBundle(dir), entry);
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ fingerprint: 'built from other sources' }));
    assert.equal(currentBundle(dir), undefined, 'sources changed since: the sources run');
    rmSync(join(dir, 'meta.json'));
    assert.equal(currentBundle(dir), undefined, 'no record of its sources: the sources run');
  });

  it('serves the API on the embedded database, from inside .cache/', { timeout: 120_000 }, async () => {
    const entry = await buildServerBundle(dir);
    const { child, port, output } = await startOnFreePort((port) => startBundle(entry, port, dataDir));
    try {
      // The health check asks the database, which runs on its worker thread (src/db/pglite-worker.mjs).
      assert.deepEqual(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json(), { ok: true });
      assert.match(output(), /\(pglite\)/, 'the embedded database, found from inside .cache/');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});

/**
 * Starts the bundle on `port` and waits for its health check. If it ends first (another process
 * took the port meanwhile), rejects with its output, which then names EADDRINUSE.
 */
async function startBundle(entry: string, port: number, dataDir: string) {
  const child = spawn(process.execPath, [entry], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KHIEN_DATA_DIR: dataDir,
      KHIEN_DEMO_DATA: 'false',
      KHIEN_LOG_REQUESTS: 'false',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  let status = 0;
  for (let i = 0; i < 600 && status !== 200 && child.exitCode === null; i++) {
    status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status !== 200) await new Promise((r) => setTimeout(r, 100));
  }
  if (status !== 200) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    throw new Error(`the bundle did not answer on port ${port}:\n${output}`);
  }
  return { child, port, output: () => output };
}
