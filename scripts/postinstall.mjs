// `npm install` prepares what the first `npm start` would otherwise make while the user waits:
// the web app's build, the server's bundle, and (for the embedded database with demo data) a
// migrated demo database.
// A failure here is reported and leaves `npm start` to do the work itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;

if (!run(['scripts/build-web-if-needed.mjs']))
  console.warn('khien: the web app was not built; `npm start` will try again.');

// The server as one file, which loads in about half the time of its sources (scripts/server-bundle.mjs).
if (existsSync('node_modules/esbuild') && !run(['scripts/server-bundle.mjs']))
  console.warn('khien: the server bundle was not built; `npm start` runs the sources.');

const embedded = !process.env.DATABASE_URL;
const demo = process.env.KHIEN_DEMO_DATA
  ? process.env.KHIEN_DEMO_DATA === 'true'
  : process.env.NODE_ENV !== 'production';
if (embedded && demo && existsSync('node_modules/tsx')) {
  if (!run(['--import', 'tsx', 'scripts/prepare-first-start.ts']))
    console.warn('khien: the demo database was not prepared; `npm start` will make it.');
}
