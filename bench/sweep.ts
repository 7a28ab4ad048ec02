import { parseArgs } from './support/databases.ts';
import { measureSweep } from './support/sweep.ts';

/**
 * `npx tsx bench/sweep.ts --db postgres --scale province`: the deadline sweep alone (also part
 * of `npm run bench`): incremental with nothing new, the full sweep it replaced, and after 100
 * changed cases.
 */
const args = parseArgs(process.argv.slice(2));
const r = await measureSweep(args.db ?? 'postgres', args.scale ?? 'province', 10);
console.log(JSON.stringify(r, null, 2));
