// A checkpoint over many chain heads (issue 12, "≈ 1,000,000 heads in ≤ 10 s; checkpoint work never
// holds a request for more than 50 ms on PGlite"). Copies one real case N times (made-up heads),
// then measures: the Merkle hashing alone of N heads in memory (bytes, node:crypto); reading the
// N heads alone (the keyset pages the checkpoint reads); the first checkpoint over them (read,
// hash, write leaves and subtrees, sign); an inclusion and a consistency proof from the stored
// subtrees; and, during the checkpoint, the time a request to the database takes from when it was
// due (one every 10 ms, against the same requests with nothing else running).
// PGlite unless TEST_DATABASE_URL is set.   npx tsx bench/checkpoint-scale.ts [heads=1000000] [--memory]
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createCheckpoint } from '../src/app/verify/create-checkpoint.ts';
import { chainInclusion, consistencyBetween } from '../src/app/verify/checkpoint-proofs.ts';
import { everyHead, Pacer } from '../src/app/verify/checkpoint-heads.ts';
import { digest } from '../src/app/verify/checkpoint-tree.ts';
import { headLeafBytes, leafDigest, treeEdge } from '../src/domain/audit/merkle.mjs';
import { startTestApp } from '../test/support/test-app.ts';
import { caseIn } from '../test/support/fixtures.ts';
import { cloneCases } from '../test/record/clone-cases.ts';

const heads = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 1_000_000);
const backend = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const ms = (x: number) => `${x.toFixed(1)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
/** Wall time, and the CPU time of this process (the machine is shared: the wall time is an upper bound). */
const timed = async <T>(work: () => Promise<T> | T) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
};
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;

// The hashing alone: leaf hashes, the tree's right edge and its root, in memory.
const hashing = await timed(() => {
  const edge = treeEdge(digest, [], 0);
  for (let i = 0; i < heads; i++)
    edge.append(
      leafDigest(
        digest,
        headLeafBytes({
          chain: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          size: 12,
          head: 'ab'.repeat(32),
        }),
      ),
    );
  return edge.root();
});
console.log(
  `memory: Merkle hashing of ${heads.toLocaleString('en')} heads (bytes): ${s(hashing.ms)}, CPU ${s(hashing.cpuMs)} (${load()})`,
);

// On PGlite a data directory on disk, as `npm start` keeps it (--memory: PGlite's in-memory files).
if (!process.env.TEST_DATABASE_URL && !process.argv.includes('--memory'))
  process.env.KHIEN_TEST_PGLITE_DIR = mkdtempSync(join(tmpdir(), 'khien-checkpoint-scale-'));
const t = await startTestApp();
try {
  const code = await caseIn(t, 'submitted', 'Mẫu để đo điểm kiểm chứng');
  const template = await t.runtime.app.db
    .selectFrom('cases')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  // The copies need none of the search and list indexes nor the statistics trigger (the
  // checkpoint reads the primary key only); without them a million copies take minutes, not hours.
  const pool = t.runtime.database.pool;
  const secondary = (
    await pool.query(
      `select indexname from pg_indexes where tablename = 'cases' and schemaname = current_schema()
       and indexname not in ('cases_pkey', 'cases_code_key')`,
    )
  ).rows.map((r) => `"${r.indexname}"`);
  for (const index of secondary) await pool.query(`drop index ${index}`);
  await pool.query('alter table cases disable trigger user');
  const cloned = await timed(() => cloneCases(pool, template.id, heads - 1));
  await pool.query('alter table cases enable trigger user');
  await pool.query('analyze cases');
  console.log(`${backend}: ${heads.toLocaleString('en')} cases in the database (copies made in ${s(cloned.ms)})`);

  // A request meant to start every 10 ms, timed from when it was due: a held event loop delays its
  // start, a held connection its statement, and both count.
  const probe = async () => {
    const due = performance.now() + 10;
    await new Promise((r) => setTimeout(r, 10));
    await t.anonymous().get('/api/checkpoints/999');
    return performance.now() - due;
  };
  // How long the event loop was held at a time (what a request waits behind), alone and during the checkpoint.
  const loopDelay = () => {
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    return () => {
      h.disable();
      return `loop held p99 ${ms(h.percentile(99) / 1e6)}, longest ${ms(h.max / 1e6)}`;
    };
  };
  const idle: number[] = [];
  const idleLoop = loopDelay();
  for (let i = 0; i < 100; i++) idle.push(await probe());
  const idleHeld = idleLoop();

  const reading = await timed(async () => {
    let n = 0;
    for await (const batch of everyHead(t.runtime.app, new Pacer(20))) n += batch.length;
    return n;
  });
  console.log(
    `${backend}: reading the ${reading.result.toLocaleString('en')} heads alone: ${s(reading.ms)}, CPU of this process ${s(reading.cpuMs)} (${load()})`,
  );

  const during: number[] = [];
  let done = false;
  const probing = (async () => {
    while (!done) during.push(await probe());
  })();
  const busyLoop = loopDelay();
  const first = await timed(() => createCheckpoint(t.runtime.app));
  const busyHeld = busyLoop();
  done = true;
  await probing;
  console.log(
    `${backend}: first checkpoint over ${first.result.treeSize.toLocaleString('en')} heads: ${s(first.ms)}, CPU of this process ${s(first.cpuMs)} (${load()})`,
  );
  console.log(
    `${backend}: a request alone: p50 ${ms(quantile(idle, 0.5))}, p99 ${ms(quantile(idle, 0.99))}, slowest ${ms(Math.max(...idle))}, ${idleHeld}; ` +
      `during the checkpoint (${during.length} requests): p50 ${ms(quantile(during, 0.5))}, p99 ${ms(quantile(during, 0.99))}, slowest ${ms(Math.max(...during))}, ${busyHeld}`,
  );

  await (await t.login('truongphong.stc')).must(code, 'withdraw', { reason: 'no_longer_needed' });
  const next = await timed(() => createCheckpoint(t.runtime.app));
  console.log(
    `${backend}: next checkpoint, 1 head moved of ${next.result.treeSize.toLocaleString('en')}: ${ms(next.ms)}`,
  );
  const inclusion = await timed(() => chainInclusion(t.runtime.app, template.id, next.result.id));
  const consistency = await timed(() => consistencyBetween(t.runtime.app, first.result.id, next.result.id));
  console.log(
    `${backend}: inclusion proof of one chain (${inclusion.result.heads.length} heads): ${ms(inclusion.ms)}; consistency proof: ${ms(consistency.ms)}`,
  );
} finally {
  await t.close();
}
