import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn } from '../support/fixtures.ts';
import { sweepDeadlines } from '../../src/jobs/sweep-deadlines.ts';
import { dueByFullSweep, sweepDeadlinesFull } from '../../src/jobs/sweep-deadlines-full.ts';
import { addDays } from '../../src/domain/calendar/working-calendar.ts';
import type { Deadline } from '../../src/domain/case/case-snapshot.ts';
import { at } from './support.ts';

/**
 * Performance, second round, item 5: the deadline sweep reads what is due, not what is open, and
 * its results equal a full sweep's. Many cases with deadlines at varied dates (open, paused, met,
 * overdue long ago, due months ahead), changed a few at a time each simulated day as actions
 * would, with a calendar edit and two reminder-policy changes on the way, and days on which no
 * sweep ran. Each day the incremental sweep runs first; then:
 * - everything it created is among what the full sweep would record that day, and
 * - the full sweep finds nothing left to create,
 * so, day after day, the records are exactly those the full sweep alone would have made.
 */
const CASES = 240;
const STEPS: Deadline['step'][] = ['consideration', 'party_opinion', 'appraisal', 'completion_report', 'evaluation'];

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the incremental deadline sweep equals the full sweep', () => {
  let t: TestApp;
  const rnd = random(73);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  let ids: string[] = [];

  const deadlinesOn = (day: string): Deadline[] =>
    STEPS.filter(() => rnd() < 0.4)
      .slice(0, 3)
      .map((step) => {
        const startedOn = addDays(day, -int(0, 40));
        const r = rnd();
        const status = r < 0.75 ? 'open' : r < 0.85 ? 'paused' : r < 0.95 ? 'met' : 'cancelled';
        return {
          step,
          startedOn,
          dueOn: status === 'paused' ? null : addDays(startedOn, int(2, 75)),
          status,
          remainingDays: status === 'paused' ? int(1, 5) : null,
        };
      });

  async function save(id: string, deadlines: Deadline[]) {
    const open = deadlines.filter((d) => d.status === 'open' && d.dueOn).sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
    await t.runtime.database.pool.query(
      'update cases set deadlines = $2::jsonb, due_on = $3, due_step = $4 where id = $1',
      [id, JSON.stringify(deadlines), open[0]?.dueOn ?? null, open[0]?.step ?? null],
    );
  }

  /** What actions do to a clock: meet a step, start one, resume a paused one, move a due date. */
  async function actOn(day: string) {
    for (let n = 0; n < 8; n++) {
      const id = pick(ids);
      const { rows } = await t.runtime.database.pool.query('select deadlines from cases where id = $1', [id]);
      const list = rows[0].deadlines as Deadline[];
      const r = rnd();
      if (r < 0.3 && list.some((d) => d.status === 'open')) {
        const d = pick(list.filter((x) => x.status === 'open'));
        d.status = 'met';
      } else if (r < 0.55) {
        const step = pick(STEPS);
        const kept = list.filter((d) => d.step !== step);
        kept.push({ step, startedOn: day, dueOn: addDays(day, int(1, 25)), status: 'open', remainingDays: null });
        list.splice(0, list.length, ...kept);
      } else if (r < 0.75 && list.some((d) => d.status === 'paused')) {
        const d = pick(list.filter((x) => x.status === 'paused'));
        Object.assign(d, { status: 'open', dueOn: addDays(day, int(1, 10)), remainingDays: null });
      } else if (list.some((d) => d.status === 'open')) {
        const d = pick(list.filter((x) => x.status === 'open'));
        d.dueOn = addDays(d.dueOn!, int(-3, 12));
      }
      await save(id, list);
    }
  }

  const keys = async () => {
    const pool = t.runtime.database.pool;
    const r = await pool.query(
      `select concat_ws('|', case_id, step, started_on, due_on, offset_days) as k from deadline_reminders`,
    );
    const o = await pool.query(
      `select concat_ws('|', case_id, step, started_on, due_on, overdue_since) as k from deadline_overdue`,
    );
    return new Set([...r.rows.map((x) => `r|${x.k}`), ...o.rows.map((x) => `o|${x.k}`)]);
  };

  before(async () => {
    t = await startTestApp({ start: '2027-01-04T02:00:00Z' });
    const code = await caseIn(t, 'submitted', 'Hồ sơ mẫu cho các thời hạn');
    const pool = t.runtime.database.pool;
    const codes = Array.from({ length: CASES }, (_, i) => `${code}-${i}`);
    const columns = (
      await pool.query(
        `select string_agg(quote_ident(column_name), ', ') as list from information_schema.columns
          where table_name = 'cases' and table_schema = current_schema() and is_generated = 'NEVER'`,
      )
    ).rows[0].list as string;
    const { rows } = await pool.query(
      `insert into cases (${columns})
       select ${columns} from (
         select (jsonb_populate_record(null::cases, to_jsonb(c) || jsonb_build_object('id', gen_random_uuid(), 'code', n))).*
           from cases c, unnest($2::text[]) n where c.code = $1) copy
       returning id`,
      [code, codes],
    );
    ids = rows.map((r) => r.id as string);
    for (const id of ids) await save(id, deadlinesOn('2027-01-04'));
  });
  after(() => t.close());

  it('creates, day after day, exactly what the full sweep creates, and looks at nothing when nothing is new', async () => {
    let totals = { reminders: 0, overdue: 0, days: 0 };
    for (let day = '2027-01-04'; day <= '2027-03-20'; day = addDays(day, 1)) {
      at(t, day, '00:30');
      const admin = ['2027-01-20', '2027-02-01', '2027-02-22'].includes(day) ? await t.login('quantri') : undefined;
      if (admin && day === '2027-01-20') {
        // The Government's Tết decision for 2027: five more days off and a swapped Saturday.
        const put = await admin.request('PUT', '/api/calendar/years/2027', TET_2027, { 'if-match': '"1"' });
        assert.equal(put.status, 200, JSON.stringify(put.body));
      }
      if (admin && day === '2027-02-01')
        assert.equal(
          (await admin.request('PUT', '/api/admin/reminder-policies/*', { offsets: [-3, 0, 2] })).status,
          200,
        );
      if (admin && day === '2027-02-22')
        assert.equal(
          (await admin.request('PUT', '/api/admin/reminder-policies/ND73', { offsets: [-5, 1] })).status,
          200,
        );
      await actOn(day);
      if (rnd() < 0.12) continue; // no sweep that day: the server was down

      const { due } = await dueByFullSweep(t.runtime.app, t.runtime.db);
      const fullKeys = new Set([
        ...due.reminders.map((r) => `r|${r.case_id}|${r.step}|${r.started_on}|${r.due_on}|${r.offset_days}`),
        ...due.overdue.map((o) => `o|${o.case_id}|${o.step}|${o.started_on}|${o.due_on}|${o.overdue_since}`),
      ]);
      const beforeKeys = await keys();
      const inc = await sweepDeadlines(t.runtime.app);
      const created = [...(await keys())].filter((k) => !beforeKeys.has(k));
      assert.equal(created.length, inc.reminders + inc.overdue);
      for (const k of created)
        assert.ok(fullKeys.has(k), `${day}: the incremental sweep created ${k}, the full would not`);
      const full = await sweepDeadlinesFull(t.runtime.app);
      assert.deepEqual(
        { reminders: full.reminders, overdue: full.overdue },
        { reminders: 0, overdue: 0 },
        `${day}: missed`,
      );
      const again = await sweepDeadlines(t.runtime.app);
      assert.deepEqual({ looked: again.looked, reminders: again.reminders }, { looked: 0, reminders: 0 }, day);
      totals = {
        reminders: totals.reminders + inc.reminders,
        overdue: totals.overdue + inc.overdue,
        days: totals.days + 1,
      };
    }
    // The run exercised what it claims to: many reminders and overdue marks over many days.
    assert.ok(totals.reminders > 200 && totals.overdue > 100 && totals.days > 50, JSON.stringify(totals));
  });
});

const TET_2027 = {
  decided: true,
  source: '999/VPCP-KGVX ngày 01/11/2026 (thử nghiệm)',
  sourceUrls: ['https://example.gov.vn/thong-bao-2027'],
  daysOff: [
    { date: '2027-01-01', reason: 'new-year', label: 'Tết Dương lịch (1/1)' },
    { date: '2027-02-04', reason: 'tet', label: 'Tết Nguyên đán (28 tháng Chạp)' },
    { date: '2027-02-05', reason: 'tet', label: 'Tết Nguyên đán (29 tháng Chạp)' },
    { date: '2027-02-08', reason: 'tet', label: 'Tết Nguyên đán (mùng 3)' },
    { date: '2027-02-09', reason: 'tet', label: 'Tết Nguyên đán (mùng 4)' },
    { date: '2027-02-10', reason: 'tet', label: 'Tết Nguyên đán (mùng 5)' },
    { date: '2027-02-11', reason: 'swap', label: 'Nghỉ hoán đổi, làm bù Thứ Bảy 20/02/2027' },
    { date: '2027-05-03', reason: 'compensatory', label: 'Nghỉ bù Ngày Quốc tế lao động (Thứ Bảy 01/05/2027)' },
    { date: '2027-09-03', reason: 'national-day', label: 'Quốc khánh (ngày liền sau 2/9)' },
  ],
  workingDays: [{ date: '2027-02-20', label: 'Làm bù cho Thứ Năm 11/02/2027', inExchangeFor: '2027-02-11' }],
};
