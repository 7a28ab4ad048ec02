// Where the project is, and a fingerprint of its server sources: plain JavaScript, because
// `npm start` reads both before it knows whether TypeScript can be loaded (scripts/start.mjs).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The folder holding Khiên's package.json, found upwards from this module, so that the same code
 * finds its files whether it runs from `src/` or from the server bundle in `.cache/server/`.
 */
function findProjectRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'khien') return dir;
    if (dirname(dir) === dir) throw new Error(`Khiên's package.json was not found above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/** A hash of every file under `src/`: what was prepared from other code is not used. */
export function sourceFingerprint() {
  const root = join(PROJECT_ROOT, 'src');
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex');
}
