import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startRuntime, type Runtime } from '../../src/bootstrap.ts';
import { loadChain } from '../../src/db/repositories/event-repository.ts';
import { verifyChain } from '../../src/domain/audit/hash-chain.ts';
import { generate } from '../../bench/generate.ts';
import { SCALES } from '../../bench/gen/scales.ts';

/** The benchmark generator at its tiny scale, on the test database: what CI runs of the benchmark. */
async function testDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { url: 'pglite:memory://', drop: async () => undefined };
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const run = async (text: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await run(
    `create extension if not exists pg_trgm schema public; create extension if not exists btree_gin schema public; create schema ${schema}`,
  );
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  return { url: url.toString(), drop: () => run(`drop schema ${schema} cascade`) };
}

const rows = async (rt: Runtime, text: string) => (await rt.database.pool.query(text)).rows;

describe('benchmark data generator (tiny scale)', () => {
  let rt: Runtime;
  let drop: () => Promise<void>;
  before(async () => {
    const db = await testDatabase();
    drop = db.drop;
    rt = await startRuntime({ databaseUrl: db.url });
    await generate(rt, SCALES.tiny!);
  });
  after(async () => {
    await rt.close();
    await drop();
  });

  it('gives each province one implementation plan with 10–20 tasks, some done, some late and urged', async () => {
    const [provinces] = await rows(rt, `select count(*)::int as n from units where type_code = 'province'`);
    const plans = await rows(
      rt,
      `select p.id, count(t.id)::int as tasks, count(*) filter (where t.status = 'done')::int as done
         from implementation_plans p join plan_tasks t on t.plan_id = p.id group by p.id`,
    );
    assert.equal(plans.length, provinces.n);
    for (const p of plans) assert.ok(p.tasks >= 10 && p.tasks <= 20 && p.done > 0, JSON.stringify(p));
    const [history] = await rows(
      rt,
      `select (select count(*) from plan_task_reports)::int as reports, (select count(*) from plan_task_urges)::int as urges`,
    );
    assert.ok(history.reports > 0 && history.urges > 0, JSON.stringify(history));
  });

  it('builds the organisation and a history over every kind of state', async () => {
    const [counts] = await rows(
      rt,
      `select (select count(*) from units)::int as units, (select count(*) from people)::int as people,
      (select count(*) from cases)::int as cases, (select count(*) from case_events)::int as events`,
    );
    assert.ok(counts.units > 40 && counts.people > 250, JSON.stringify(counts));
    assert.ok(counts.cases >= SCALES.tiny!.casesPerProvince, JSON.stringify(counts));
    assert.ok(counts.events > counts.cases * 10, 'a case has a history, not just a creation event');
    const states = (await rows(rt, 'select distinct state from cases')).map((r) => r.state);
    for (const s of [
      'draft',
      'under_consideration',
      'in_implementation',
      'awaiting_completion_report',
      'evaluated',
      'rejected',
      'withdrawn',
    ]) {
      assert.ok(states.includes(s), `some case is ${s}`);
    }
    const [v] = await rows(
      rt,
      `select count(*)::int as n from cases c where c.version <> (select count(*) from case_events e where e.case_id = c.id)`,
    );
    assert.equal(v.n, 0, 'the version of a case is the number of its events');
    const [h] = await rows(
      rt,
      `select count(*)::int as n from cases c where c.event_count <> c.version
      or c.head_hash is distinct from (select hash from case_events e where e.case_id = c.id order by seq desc limit 1)`,
    );
    assert.equal(h.n, 0, 'the case row holds the count and the head of its chain');
    const [w] = await rows(
      rt,
      `select count(*)::int as n from work_items w join cases c on c.id = w.case_id where c.state in ('evaluated','rejected','withdrawn')`,
    );
    assert.equal(w.n, 0, 'closed cases await nobody');
    const [p] = await rows(
      rt,
      `select count(*) filter (where province_id is distinct from case_province(array[proposer_unit_id]
        || route_unit_ids || route_ancestor_ids || route_party_unit_ids))::int as wrong,
        count(*) filter (where province_id is null)::int as none from cases`,
    );
    assert.deepEqual(p, { wrong: 0, none: 0 }, 'each case has the province the trigger of migration 029 gives');
    const [titles] = await rows(
      rt,
      `select count(*)::int as n from cases where title ~ '[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]'`,
    );
    assert.ok(titles.n > 0, 'titles are Vietnamese with diacritics');
  });

  it('writes hash chains that verify', async () => {
    const ids = (await rows(rt, 'select id from cases order by code')).map((r) => r.id as string);
    for (const id of ids) {
      const verdict = verifyChain(await loadChain(rt.db, id));
      assert.equal(verdict.ok, true, `${id}: ${JSON.stringify(verdict)}`);
    }
  });

  it('stores the statistics a rebuild from the histories gives', async () => {
    const snapshot = async () => ({
      counts: await rows(
        rt,
        'select unit_id, state, domain, shard, n from stat_state_counts where n <> 0 order by 1,2,3,4',
      ),
      due: await rows(rt, 'select unit_id, due_on::text, shard, n from stat_due_counts where n <> 0 order by 1,2,3'),
      durations: await rows(
        rt,
        'select unit_id, state, shard, n, total_seconds from stat_state_durations order by 1,2,3',
      ),
      cases: await rows(rt, 'select case_id, state, domain, entered_at from stat_case_state order by 1'),
    });
    const generated = await snapshot();
    await rt.database.pool.query('select stat_rebuild()');
    const rebuilt = await snapshot();
    // Sums of seconds are floating point, added in a different order: equal to the millisecond.
    const seconds = (d: { total_seconds: number }[]) => d.map((r) => r.total_seconds);
    rebuilt.durations.forEach((r, i) =>
      assert.ok(Math.abs(r.total_seconds - seconds(generated.durations)[i]!) < 0.001),
    );
    const strip = (s: typeof generated) => ({ ...s, durations: s.durations.map(({ total_seconds: _t, ...r }) => r) });
    assert.deepEqual(strip(generated), strip(rebuilt));
  });

  it('resumes without duplicating anything', async () => {
    const before = await rows(rt, 'select count(*)::int as n from case_events');
    const report = await generate(rt, SCALES.tiny!);
    assert.equal(report.chunksRun, 0);
    assert.deepEqual(await rows(rt, 'select count(*)::int as n from case_events'), before);
  });
});
