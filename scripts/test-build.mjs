// The test files as JavaScript, built once per run by scripts/test.mjs. Loading the test app's
// modules (test/support/test-app.ts) one by one through tsx takes a process 2.6–3.2 s and about
// 4.5 s of CPU; built by esbuild, with the packages scripts/bundled-packages.mjs names built in,
// 0.7–0.85 s. The types are checked by `npm run typecheck`, as they are for tsx, which uses the
// same esbuild transform.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/source-fingerprint.mjs';
import { packagesExternalButBuiltIn } from './bundled-packages.mjs';

/**
 * Plain JavaScript modules (`.mjs`) are loaded from where they are, not copied into the build: they
 * find their files from `import.meta` (the project's root, the PGlite worker) and the scripts'
 * command-line entry checks compare `import.meta.url` with the process's main file.
 */
const plainModulesInPlace = {
  name: 'plain-modules-in-place',
  setup(build) {
    build.onResolve({ filter: /\.mjs$/ }, (args) => {
      // The project's own modules only: a package built in keeps its `.mjs` files inside.
      if (!args.path.startsWith('.') || args.importer.includes('/node_modules/')) return undefined;
      return { path: pathToFileURL(resolve(args.resolveDir, args.path)).href, external: true };
    });
  },
};

/**
 * `import.meta` keeps naming each TypeScript module's own file, as it does when tsx loads it: code
 * finds files beside itself, and a script's command-line entry check (`import.meta.url` against
 * `process.argv[1]`) stays false when a test imports the script.
 */
const importMetaOfSource = {
  name: 'import-meta-of-source',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const values = {
        url: JSON.stringify(pathToFileURL(args.path).href),
        dirname: JSON.stringify(dirname(args.path)),
        filename: JSON.stringify(args.path),
      };
      return {
        contents: source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => values[key]),
        loader: 'ts',
      };
    });
  },
};

/**
 * Builds the given test files (paths relative to the project) into a new folder under `.cache/`,
 * one module per test file and shared chunks for what several import. Returns the folder and each
 * test file's built path, in the order given. Each run has its own folder, so runs side by side
 * (the suite on PostgreSQL beside the browser tests) do not remove each other's files.
 */
export async function buildTestFiles(files) {
  const { build } = await import('esbuild');
  const cache = join(PROJECT_ROOT, '.cache');
  mkdirSync(cache, { recursive: true });
  // A run stopped half-way (Ctrl-C) leaves its build; those of a day ago are removed.
  for (const old of readdirSync(cache).filter((n) => n.startsWith('test-build-'))) {
    const path = join(cache, old);
    if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
  const outdir = mkdtempSync(join(cache, 'test-build-'));
  const { metafile } = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: files,
    outdir,
    outbase: PROJECT_ROOT,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [packagesExternalButBuiltIn, plainModulesInPlace, importMetaOfSource],
    logLevel: 'warning',
    metafile: true,
  });
  const built = files.map((f) =>
    join(outdir, relative(PROJECT_ROOT, resolve(PROJECT_ROOT, f)).replace(/\.ts$/, '.mjs')),
  );
  const sources = sourcesOfEachEntry(metafile, built);
  const texts = new Map();
  const textOf = (source) => {
    if (!texts.has(source)) texts.set(source, readFileSync(join(PROJECT_ROOT, source), 'utf8'));
    return texts.get(source);
  };
  return {
    outdir,
    built,
    /** The project's source files (relative paths) that the built file at `index` is made of. */
    sourcesOf: (index) => sources[index],
    /** Whether any of those source files has `text` in it (the name of a setting it reads, say). */
    reads: (index, text) => sources[index].some((source) => textOf(source).includes(text)),
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/**
 * For each built entry, the source files of the project in it and in every chunk it imports, at
 * any depth: what the file can run, apart from packages in node_modules and plain `.mjs` modules.
 */
function sourcesOfEachEntry(metafile, built) {
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([path, output]) => [resolve(PROJECT_ROOT, path), output]),
  );
  return built.map((entry) => {
    const sources = new Set();
    const seen = new Set();
    const visit = (path) => {
      const output = outputs.get(path);
      if (!output || seen.has(path)) return;
      seen.add(path);
      for (const input of Object.keys(output.inputs)) if (!input.includes('node_modules/')) sources.add(input);
      for (const imported of output.imports) if (!imported.external) visit(resolve(PROJECT_ROOT, imported.path));
    };
    visit(entry);
    return [...sources].sort();
  });
}
