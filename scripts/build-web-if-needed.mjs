// Builds web/dist when it is missing or older than the web app's sources; quick when up to date.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const web = resolve('web');
const builtAt = (() => {
  const index = join(web, 'dist', 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : 0;
})();

function newestIn(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestIn(join(path, name))), st.mtimeMs);
}

// The web app also bundles the shared contract and the pure domain modules it republishes.
const sources = [
  join(web, 'src'),
  join(web, 'public'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  resolve('src/contract'),
  resolve('src/domain'),
].filter(existsSync);
const newest = Math.max(...sources.map(newestIn));

if (builtAt === 0 || newest > builtAt) {
  console.log(builtAt === 0 ? 'web: web/dist is missing, building…' : 'web: sources changed, rebuilding…');
  const { buildWeb, printSizes } = await import('./build-web.mjs');
  printSizes(await buildWeb({ quiet: true }));
}
