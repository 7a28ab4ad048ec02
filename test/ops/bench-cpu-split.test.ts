import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { observe } from '../../bench/support/process-stats.ts';

/** Spends this much of the process's own CPU time, however busy the machine is. */
const BURN = (ms: number) =>
  `{ const t0 = process.cpuUsage(); while ((process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000 < ${ms}) Math.sqrt(Math.random()); }`;
const burn = (ms: number) => new Function(BURN(ms))();

/**
 * A measurement's cores back to CPU seconds. `/proc` counts a process's CPU in ticks of 10 ms,
 * read at both ends, and cores are rounded to 0.01: the slack allows both.
 */
async function measured<T>(pid: number, work: () => Promise<T>) {
  const t0 = performance.now();
  const o = await observe(pid, work);
  const seconds = (performance.now() - t0) / 1000;
  return { ...o, seconds: (cores: number) => cores * seconds, slack: 0.02 + 0.006 * seconds };
}

/**
 * The benchmark splits a saturation run's CPU between the observed process, PostgreSQL and its
 * own load generator (bench/support/cpu-report.ts): each share must be the process it names.
 */
describe("the benchmark's CPU split (bench/support/process-stats.ts)", () => {
  it('counts the observed process and the load generator apart', async () => {
    // The child spends 300 ms of CPU, says so, and stays alive until killed, as a server does.
    const child = spawn(
      process.execPath,
      ['-e', `${BURN(300)}; process.stdout.write('done'); setTimeout(() => {}, 60000);`],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    try {
      const o = await measured(child.pid!, async () => {
        burn(200);
        await once(child.stdout!, 'data');
      });
      const observed = o.seconds(o.cpu.observed);
      const generator = o.seconds(o.cpu.generator);
      assert.ok(observed >= 0.3 - o.slack && observed < 0.9, `the child: ${observed} s`);
      assert.ok(generator >= 0.2 - o.slack && generator < 0.6, `this process: ${generator} s`);
      assert.ok(o.cpu.postgres >= 0);
    } finally {
      child.kill();
    }
  });

  it('reports no separate load generator when the observed process is the one that measures', async () => {
    const o = await measured(process.pid, async () => burn(150));
    assert.equal(o.cpu.generator, 0);
    assert.ok(o.seconds(o.cpu.observed) >= 0.15 - o.slack, `observed ${o.cpu.observed} cores`);
  });
});
