import { randomBytes } from 'node:crypto';
import { loadActor } from '../src/db/repositories/org-repository.ts';
import { personForSession, sha256 } from '../src/db/repositories/session-repository.ts';
import { SCALES } from './gen/scales.ts';
import { openBenchRuntime, parseArgs } from './support/databases.ts';
import { closedLoop, rotate, summarise } from './support/load.ts';

/**
 * What authenticating a request costs the database today (session lookup, then the person, then
 * the grants: three round trips) against the single statement recommended in docs/performance.md,
 * at the benchmark's concurrency. `tsx bench/auth-probe.ts --scale national`
 */
const ONE_STATEMENT = `
select p.id, p.unit_id,
       coalesce(json_agg(json_build_object('unitId', g.unit_id, 'role', g.role, 'includeSubtree', g.include_subtree))
                filter (where g.id is not null), '[]') as grants
from sessions s
join people p on p.id = s.person_id and p.active
left join role_grants g on g.person_id = p.id
where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2
group by p.id`;

const args = parseArgs(process.argv.slice(2));
const scale = SCALES[args.scale ?? 'national']!;
const { runtime } = await openBenchRuntime(args.db ?? 'postgres', scale.name);
const pool = runtime.database.pool;
// Sessions of the busiest heads, made for this probe and removed after it.
const heads = (await pool.query(`select person_id from role_grants where role = 'head' order by md5(id::text) limit 20`)).rows.map((r) => r.person_id as string);
const tokens = heads.map(() => randomBytes(24).toString('base64url'));
const expires = new Date(Date.now() + 3_600_000);
for (const [i, person] of heads.entries()) {
  await pool.query('insert into sessions (token_hash, person_id, expires_at) values ($1, $2, $3)', [sha256(tokens[i]!), person, expires]);
}
const next = rotate(tokens);
const now = () => new Date();
const threeRoundTrips = async () => {
  const person = await personForSession(runtime.db, next(), now());
  const actor = await loadActor(runtime.db, person!);
  return { status: actor ? 200 : 500, bytes: 0 };
};
const oneStatement = async () => {
  const r = await pool.query(ONE_STATEMENT, [sha256(next()), now()]);
  return { status: r.rowCount ? 200 : 500, bytes: 0 };
};
const out: Record<string, unknown> = { scale: scale.name };
for (const [name, op] of [['three round trips', threeRoundTrips], ['one statement', oneStatement]] as const) {
  await closedLoop(op, 32, 1000);
  out[name] = summarise(await closedLoop(op, 32, 5000));
}
await pool.query('delete from sessions where token_hash = any($1)', [tokens.map(sha256)]);
console.log(JSON.stringify(out, null, 2));
await runtime.close();
