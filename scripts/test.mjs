// Runs node's test runner over every *.test.ts below the given folders (default: test/).
// Node 20's --test does not expand globs, so the file list is built here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = (roots.length ? roots : ['test'])
  .flatMap((root) =>
    root.endsWith('.ts')
      ? [root]
      : readdirSync(root, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('e2e'))
          .map((f) => join(root, f)),
  )
  .sort();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...passThrough, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
