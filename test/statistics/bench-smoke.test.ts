import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { startRuntime, type Runtime } from '../../src/bootstrap.ts';
import { loadChain } from '../../src/db/repositories/event-repository.ts';
import { verifyChain } from '../../src/domain/audit/hash-chain.ts';
import { generate } from '../../bench/generate.ts';
import { campaignCompliance } from '../../src/app/campaigns/campaign-compliance.ts';
import { loadDashboard } from '../../src/app/statistics/load-dashboard.ts';
import { showcasePage } from '../../src/app/programme/showcase.ts';
import { loadActor } from '../../src/db/repositories/org-repository.ts';
import { replicationsOf } from '../../src/db/repositories/model-repository.ts';
import { verifyCaseRecord } from '../../src/app/verify/verify-case-record.ts';
import type { CaseRow } from '../../src/db/schema.ts';
import { complianceStatus, levelOfCase } from '../../src/domain/campaigns/campaign-rules.ts';
import type { CaseState } from '../../src/domain/case/states.ts';
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

  it('opens a campaign a year in each province, with most proposals of its window registered', async () => {
    const campaigns = await rows(
      rt,
      `select c.id, c.year, c.owner_unit_id, c.status, count(cc.case_id)::int as linked
         from registration_campaigns c left join campaign_cases cc on cc.campaign_id = c.id group by c.id order by c.year`,
    );
    assert.ok(campaigns.length >= SCALES.tiny!.years, JSON.stringify(campaigns));
    assert.ok(
      campaigns.some((c) => c.linked > 0),
      'proposals are registered in campaigns',
    );
    const [links] = await rows(
      rt,
      `select (select count(*) from campaign_cases)::int as links,
        (select count(*) from case_events where type = 'campaign_linked')::int as events,
        (select count(*) from campaign_cases cc join cases c on c.id = cc.case_id
          where cc.unit_id <> c.proposer_unit_id or cc.linked_at <> c.created_at)::int as misplaced,
        (select count(*) from case_events e join campaign_cases cc on cc.case_id = e.case_id
          where e.type = 'campaign_linked' and (e.seq <> 2 or e.payload->>'campaignId' <> cc.campaign_id::text))::int as off_chain`,
    );
    assert.deepEqual(links, { links: links.links, events: links.links, misplaced: 0, off_chain: 0 });
  });

  it('gives the same compliance, in its list and on the dashboard, as a naive GROUP BY', async () => {
    const [officer] = await rows(
      rt,
      `select g.person_id, u.id as province from role_grants g join units u on u.id = g.unit_id
        where g.role = 'org_officer' and u.type_code = 'province' limit 1`,
    );
    const actor = (await loadActor(rt.db, officer.person_id))!;
    for (const c of await rows(rt, 'select id, year, minimum_per_unit from registration_campaigns')) {
      const linked = await rows(
        rt,
        `select u.id, array_remove(array_agg(k.state), null) as states from units u
           left join campaign_cases cc on cc.unit_id = u.id and cc.campaign_id = '${c.id}'
           left join cases k on k.id = cc.case_id
          where u.active and u.ancestor_ids @> array['${officer.province}']::uuid[] group by u.id`,
      );
      const naive = { none: 0, registered: 0, submitted: 0, approved: 0 };
      for (const u of linked) {
        const counts = { registered: 0, submitted: 0, approved: 0 };
        for (const level of (u.states as CaseState[]).map(levelOfCase)) {
          if (level === 'none') continue;
          counts.registered++;
          if (level !== 'registered') counts.submitted++;
          if (level === 'approved') counts.approved++;
        }
        naive[complianceStatus(counts, c.minimum_per_unit)]++;
      }
      const listed = await campaignCompliance(rt.app, actor, c.id, { limit: 500, offset: 0 });
      assert.deepEqual(listed.summary, naive, `campaign ${c.year}`);
      assert.equal(listed.total, linked.length);
      const dashboard = await loadDashboard(rt.db, actor, {
        unitId: officer.province,
        year: c.year,
        today: '2026-12-31',
      });
      assert.deepEqual(
        dashboard.compliance.map((d) => d.summary),
        [naive],
        `dashboard ${c.year}`,
      );
    }
  });

  it('marks models, publishes some and links their adoptions as the app reads them', async () => {
    const [n] = await rows(
      rt,
      `select (select count(*) from case_models)::int as models, (select count(*) from showcase_items)::int as published,
        (select count(*) from cases where replicated_from_case_id is not null)::int as replications,
        (select count(*) from case_models m join cases c on c.id = m.case_id
          where c.state <> 'evaluated' or c.facts->>'evaluationOutcome' <> 'completed' or c.facts->'model' is null)::int as bad_models,
        (select count(*) from cases r left join case_models m on m.case_id = r.replicated_from_case_id
          where r.replicated_from_case_id is not null and (m.case_id is null or r.created_at < m.marked_on::timestamptz - interval '1 day'))::int as bad_origins,
        (select count(*) from cases r join case_events e on e.case_id = r.id and e.seq = 1
          join cases o on o.id = r.replicated_from_case_id where e.payload->>'replicatedFrom' <> o.code)::int as bad_events`,
    );
    assert.ok(n.models > 0 && n.published > 0 && n.replications > 0, JSON.stringify(n));
    assert.deepEqual(
      { ...n, models: 0, published: 0, replications: 0 },
      {
        models: 0,
        published: 0,
        replications: 0,
        bad_models: 0,
        bad_origins: 0,
        bad_events: 0,
      },
    );
    const [adopted] = await rows(
      rt,
      `select o.id, o.code, count(*)::int as n, array_agg(r.code order by r.code) as codes from cases r join cases o on o.id = r.replicated_from_case_id
        group by o.id, o.code order by count(*) desc limit 1`,
    );
    const listed = await replicationsOf(rt.db, adopted.id);
    assert.deepEqual(
      listed.map((r) => r.code),
      adopted.codes,
      'the origin lists its adoptions',
    );
    const page = await showcasePage(rt.app, { limit: 100 });
    assert.equal(page.items.length, n.published);
    const first = page.items[0]!;
    const found = await showcasePage(rt.app, { q: first.title.split(' ').slice(0, 3).join(' '), limit: 100 });
    assert.ok(
      found.items.some((i) => i.code === first.code),
      'the showcase finds an item by the words of its title',
    );
  });

  it("passes the app's /verify on registered, model, published and adopted cases", async () => {
    const kinds = {
      registered: 'id in (select case_id from campaign_cases)',
      model: 'id in (select case_id from case_models)',
      published: 'id in (select case_id from showcase_items)',
      adopted: 'replicated_from_case_id is not null',
      other: 'true',
    };
    for (const [kind, where] of Object.entries(kinds)) {
      const cases = (await rt.db
        .selectFrom('cases')
        .selectAll()
        .where(sql<boolean>`${sql.raw(where)}`)
        .orderBy('code')
        .limit(15)
        .execute()) as CaseRow[];
      assert.ok(cases.length > 0, kind);
      for (const row of cases) {
        const verdict = await verifyCaseRecord(rt.app, row);
        assert.equal(verdict.ok, true, `${kind} ${row.code}: ${JSON.stringify(verdict.problems.slice(0, 3))}`);
      }
    }
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
      `select count(*)::int as n from cases c where c.version <> (select count(*) from case_events e where e.case_id = c.id and e.payload ? 'to')`,
    );
    assert.equal(v.n, 0, 'the version of a case is the number of its events that move it (a campaign link does not)');
    const [h] = await rows(
      rt,
      `select count(*)::int as n from cases c where c.event_count <> (select count(*) from case_events e where e.case_id = c.id)
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
    const [areas] = await rows(
      rt,
      `select count(*)::int as wrong from people p join units u on u.id = p.unit_id
        where p.area_id is distinct from coalesce(u.ancestor_ids[2], u.id)`,
    );
    assert.equal(areas.wrong, 0, 'each person has the area the trigger of migration 035 gives');
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
      cases: await rows(rt, 'select case_id, state, domain, entered_at from stat_case_state order by 1'),
      tallies: await rows(
        rt,
        `select unit_id, figure, year, k1, k2, shard, n, round(seconds::numeric, 3)::text as seconds
           from stat_tallies where n <> 0 order by 1,2,3,4,5,6`,
      ),
      unitYears: await rows(rt, 'select unit_id, year, shard, n from stat_unit_years where n <> 0 order by 1,2,3'),
      campaigns: await rows(
        rt,
        'select campaign_id, unit_id, state, shard, n from campaign_tallies where n <> 0 order by 1,2,3,4',
      ),
    });
    const generated = await snapshot();
    assert.ok(generated.campaigns.length > 0, 'the generator fills the campaign tallies');
    await rt.database.pool.query('select stat_rebuild()');
    const rebuilt = await snapshot();
    assert.deepEqual(generated, rebuilt);
  });

  it('resumes without duplicating anything', async () => {
    const before = await rows(rt, 'select count(*)::int as n from case_events');
    const report = await generate(rt, SCALES.tiny!);
    assert.equal(report.chunksRun, 0);
    assert.deepEqual(await rows(rt, 'select count(*)::int as n from case_events'), before);
  });
});
