// The server as one JavaScript file, built by `npm install` (scripts/postinstall.mjs): Node loads
// it in about half the time it takes to load the TypeScript sources one by one through tsx, which
// is most of the first start. Packages stay in node_modules, but for those that
// scripts/bundled-packages.mjs names; the bundle is used only while it was built from the sources
// as they are (`sourceFingerprint`), so an edited checkout runs its sources.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, sourceFingerprint } from '../src/source-fingerprint.mjs';
import { packagesExternalButBuiltIn } from './bundled-packages.mjs';

export const BUNDLE_DIR = join(PROJECT_ROOT, '.cache', 'server');

export async function buildServerBundle(outDir = BUNDLE_DIR) {
  const { build } = await import('esbuild');
  const fingerprint = sourceFingerprint();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(PROJECT_ROOT, 'src', 'main.ts')],
    outfile: join(outDir, 'main.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [packagesExternalButBuiltIn],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'meta.json'), `${JSON.stringify({ fingerprint })}\n`);
  return join(outDir, 'main.mjs');
}

/** The bundle's entry when it was built from the sources as they are now, otherwise undefined. */
export function currentBundle(dir = BUNDLE_DIR) {
  const meta = join(dir, 'meta.json');
  const entry = join(dir, 'main.mjs');
  if (!existsSync(meta) || !existsSync(entry)) return undefined;
  const built = JSON.parse(readFileSync(meta, 'utf8')).fingerprint;
  return built === sourceFingerprint() ? entry : undefined;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const started = performance.now();
  await buildServerBundle();
  console.log(`khien: server bundle built in ${Math.round(performance.now() - started)} ms`);
}
