import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startRuntime } from '../../src/bootstrap.ts';
import { seedDemoOrganisation } from '../../src/demo/demo-organisation.ts';
import { claimPeriodic } from '../../src/jobs/periodic.ts';
import { restoreDatabase } from '../../src/ops/restore.ts';
import { snapshotSettingsFromEnv, takeSnapshot } from '../../src/ops/snapshot.ts';
import { TestClock } from '../support/test-app.ts';
import { SAME_IN_BOTH_SUITES } from '../support/suites.ts';

const HOUR = 3_600_000;
const snapshotsIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.startsWith('khien-'))
    .sort();

/**
 * Identity issue, item 6 (backups): a small office on PGlite sets KHIEN_SNAPSHOT_INTERVAL_HOURS and
 * the server copies its own running database on that schedule, claimed once per interval, keeping
 * the last KHIEN_SNAPSHOT_KEEP copies; each copy restores and verifies like `npm run backup`'s.
 */
describe('scheduled snapshots of the embedded database (PGlite)', { skip: SAME_IN_BOTH_SUITES }, () => {
  const root = mkdtempSync(join(tmpdir(), 'khien-snapshot-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads its settings: off unless an interval is set; 7 kept by default; nonsense refused', () => {
    assert.equal(snapshotSettingsFromEnv({}, root), undefined);
    assert.equal(snapshotSettingsFromEnv({ KHIEN_SNAPSHOT_INTERVAL_HOURS: '0' }, root), undefined);
    assert.deepEqual(snapshotSettingsFromEnv({ KHIEN_SNAPSHOT_INTERVAL_HOURS: '24' }, root), {
      intervalHours: 24,
      dir: join(root, 'snapshots'),
      keep: 7,
    });
    assert.throws(() => snapshotSettingsFromEnv({ KHIEN_SNAPSHOT_INTERVAL_HOURS: 'daily' }, root), /INTERVAL_HOURS/);
    assert.throws(
      () => snapshotSettingsFromEnv({ KHIEN_SNAPSHOT_INTERVAL_HOURS: '1', KHIEN_SNAPSHOT_KEEP: '0' }, root),
      /KEEP/,
    );
  });

  it('copies the running server on schedule, once per interval, keeps the last ones, and each restores', {
    timeout: 300_000,
  }, async () => {
    const dir = join(root, 'snapshots');
    const clock = new TestClock(Date.parse('2026-03-02T02:00:00Z'));
    const runtime = await startRuntime({
      databaseUrl: `pglite:${join(root, 'db')}`,
      now: clock.now,
      background: { sweepIntervalMs: HOUR, digestHour: 7 },
      snapshot: { intervalHours: 6, dir, keep: 2 },
    });
    try {
      await seedDemoOrganisation(runtime.db);
      writeFileSync(join(root, 'unrelated.txt'), 'kept');
      // The background's first round takes the first snapshot.
      runtime.startBackground();
      for (let i = 0; i < 600 && !existsSync(join(dir, 'khien-20260302T020000Z', 'manifest.json')); i++)
        await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(snapshotsIn(dir), ['khien-20260302T020000Z']);
      // Claimed once: nobody else takes it again before the interval has passed.
      assert.equal(
        await claimPeriodic(runtime.app, 'snapshot', new Date(clock.now().getTime() + 6 * HOUR), clock.now(), 'other'),
        false,
      );
      clock.set('2026-03-02T08:00:00Z');
      assert.equal(
        await claimPeriodic(runtime.app, 'snapshot', new Date(clock.now().getTime() + 6 * HOUR), clock.now(), 'other'),
        true,
      );

      // Writes go on while a copy is taken; later copies replace the oldest beyond the two kept.
      const people = await runtime.database.pool.query('select count(*)::int as n from people');
      for (const at of ['2026-03-02T08:00:00Z', '2026-03-02T14:00:00Z']) {
        clock.set(at);
        const writes = Promise.all(
          [1, 2, 3].map((i) =>
            runtime.db
              .insertInto('audit_log')
              .values({ actor_id: null, action: 'test_write', entity: 'test', entity_id: `${at}-${i}`, payload: '{}' })
              .execute(),
          ),
        );
        await Promise.all([takeSnapshot(runtime.database, { dir, keep: 2 }, clock.now()), writes]);
      }
      assert.deepEqual(snapshotsIn(dir), ['khien-20260302T080000Z', 'khien-20260302T140000Z']);
      assert.ok(existsSync(join(root, 'unrelated.txt')));

      const report = await restoreDatabase(join(dir, 'khien-20260302T140000Z'), `pglite:${join(root, 'restored')}`);
      assert.deepEqual(report.differences, []);
      assert.ok(report.ok);
      const { PGlite } = await import('@electric-sql/pglite');
      const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
      const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
      const restored = await PGlite.create(join(root, 'restored'), { extensions: { pg_trgm, btree_gin } });
      try {
        const { rows } = await restored.query<{ n: number }>('select count(*)::int as n from people');
        assert.equal(rows[0]!.n, people.rows[0].n);
        assert.ok(rows[0]!.n > 0);
      } finally {
        await restored.close();
      }
    } finally {
      await runtime.close();
    }
  });
});
