import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { buildTestFiles } from '../../scripts/test-build.mjs';
import { PROJECT_ROOT } from '../../src/source-fingerprint.mjs';

/**
 * The suite runs as one esbuild build (scripts/test-build.mjs). Built code must behave as the
 * TypeScript does through tsx: each module's `import.meta` names its own file, the project's
 * plain `.mjs` modules load from where they are, and a package is either built in whole or loaded
 * whole from node_modules, never half of each.
 */
describe('the test files built once (scripts/test-build.mjs)', async () => {
  const build = await buildTestFiles(['scripts/build-verifier.ts', 'test/support/test-app.ts']);
  after(() => build.remove());
  const [verifierScript] = build.built as [string, string];

  it("keeps a module's import.meta its own: paths beside it, and a script's command-line entry does not run", async () => {
    const m = (await import(pathToFileURL(verifierScript).href)) as { VERIFIER_PATH: string };
    assert.equal(m.VERIFIER_PATH, join(PROJECT_ROOT, 'scripts', 'verify-export.mjs'));
    assert.doesNotMatch(readFileSync(verifierScript, 'utf8'), /import\.meta/);
  });

  it("loads the project's .mjs modules from src/, and no package file by path from node_modules", () => {
    // The entries and the chunks they share.
    const code = readdirSync(build.outdir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => readFileSync(join(build.outdir, f), 'utf8'))
      .join('\n');
    assert.ok(code.includes(`from "${pathToFileURL(join(PROJECT_ROOT, 'src', 'source-fingerprint.mjs')).href}"`));
    assert.doesNotMatch(code, /from "file:[^"]*node_modules/);
    assert.doesNotMatch(code, /from "(kysely|typebox)["/]/, 'the packages built in are not loaded again');
  });

  it('names the sources each file is made of, through the chunks it shares, so a file that cannot read the database URL is known', () => {
    const verifier = build.sourcesOf(0);
    const app = build.sourcesOf(1);
    assert.ok(verifier.includes('scripts/build-verifier.ts'));
    assert.ok(!verifier.some((s) => s.startsWith('test/')), verifier.join(' '));
    assert.ok(app.includes('test/support/test-app.ts'));
    // What both import is built into a shared chunk, not into either entry: it is found in both.
    assert.ok(readdirSync(join(build.outdir, 'chunks')).some((f) => f.endsWith('.mjs')));
    assert.ok(
      verifier.some((s) => app.includes(s) && s !== 'scripts/build-verifier.ts'),
      'the sources of the shared chunk',
    );
    assert.equal(build.reads(1, 'TEST_DATABASE_URL'), true);
    assert.equal(build.reads(0, 'TEST_DATABASE_URL'), false);
  });
});
