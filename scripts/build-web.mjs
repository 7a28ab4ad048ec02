// Builds the web app into web/dist with Vite and reports how much JavaScript the first pages load.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const webRoot = resolve('web');
const dist = join(webRoot, 'dist');
export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;
/** The first pages people see: signing in, and the worklist every signed-in person lands on. */
const FIRST_PAGES = { login: 'src/pages/LoginPage.tsx', worklist: 'src/pages/WorklistPage.tsx' };

export async function buildWeb({ quiet = false } = {}) {
  await build({ configFile: join(webRoot, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  return measureWeb();
}

/**
 * Gzip sizes from Vite's manifest: the entry with its static imports (what index.html loads),
 * and each first page: the entry plus the page's route chunk and its static imports.
 */
export function measureWeb() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
  const closure = (key, seen = new Set()) => {
    const entry = manifest[key];
    if (!entry || seen.has(entry.file)) return seen;
    seen.add(entry.file);
    for (const dep of entry.imports ?? []) closure(dep, seen);
    return seen;
  };
  const sum = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entry = closure(entryKey);
  const pages = Object.fromEntries(
    Object.entries(FIRST_PAGES).map(([name, key]) => [name, sum(closure(key, new Set(entry)))]),
  );
  const allJs = [...new Set(Object.values(manifest).map((m) => m.file))].filter((f) => f.endsWith('.js'));
  const css = [...new Set(Object.values(manifest).flatMap((m) => m.css ?? []))];
  return {
    entryJsGzip: sum(entry),
    firstPageJsGzip: pages,
    initialJsGzip: Math.max(...Object.values(pages)),
    allJsGzip: allJs.reduce((n, f) => n + gz(f), 0),
    chunks: allJs.length,
    cssGzip: css.reduce((n, f) => n + gz(f), 0),
  };
}

export function printSizes(s) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const pages = Object.entries(s.firstPageJsGzip)
    .map(([p, n]) => `${p} ${kb(n)}`)
    .join(', ');
  console.log(
    `web: entry JS ${kb(s.entryJsGzip)} gzip; first page with its route chunks: ${pages} (budget ${kb(INITIAL_JS_BUDGET_BYTES)})`,
  );
  console.log(`web: all JS ${kb(s.allJsGzip)} gzip in ${s.chunks} chunks; CSS ${kb(s.cssGzip)} gzip`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await buildWeb();
  printSizes(sizes);
  if (sizes.initialJsGzip > INITIAL_JS_BUDGET_BYTES) {
    console.error('web: the JavaScript of a first page is over its budget');
    process.exit(1);
  }
}
