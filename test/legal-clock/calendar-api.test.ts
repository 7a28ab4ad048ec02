import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { onPostgres, startTestApp, type TestApp } from '../support/test-app.ts';
import type { Res } from '../support/test-client.ts';
import { startRuntime } from '../../src/bootstrap.ts';
import { buildServer } from '../../src/http/app.ts';
import { CalendarService } from '../../src/app/calendar/calendar-service.ts';
import { legalClockCounts } from './support.ts';

const fields = (r: Res) =>
  (r.body.error?.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`);

/** A 2027 decision as an administrator would enter it: a 9-day Tết with a swapped Thursday. */
export function decision2027() {
  return {
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
}

describe('the working-day calendar as data', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('counts a due date across Tết 2026 for anyone, naming the days skipped', async () => {
    const r = await t.anonymous().get('/api/calendar/due-date?from=2026-02-13&workingDays=7');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.due, '2026-03-03');
    assert.equal(r.body.provisional, false);
    const skipped = r.body.skipped.map((d: { date: string; reason: string }) => `${d.date}:${d.reason}`);
    assert.deepEqual(skipped.slice(0, 9), [
      '2026-02-14:weekend',
      '2026-02-15:weekend',
      '2026-02-16:tet',
      '2026-02-17:tet',
      '2026-02-18:tet',
      '2026-02-19:tet',
      '2026-02-20:tet',
      '2026-02-21:weekend',
      '2026-02-22:weekend',
    ]);
    assert.match(r.body.skipped[2].label, /Tết Nguyên đán/);
  });

  it('lists a year’s days off with reasons, status and source', async () => {
    const y2026 = await t.anonymous().get('/api/calendar/days-off?year=2026');
    assert.equal(y2026.status, 200);
    assert.equal(y2026.body.status, 'decided');
    assert.match(y2026.body.source, /12729\/VPCP-KGVX/);
    const swap = y2026.body.daysOff.find((d: { date: string }) => d.date === '2026-01-02');
    assert.equal(swap.reason, 'swap');
    assert.deepEqual(
      y2026.body.workingDays.map((w: { date: string }) => w.date),
      ['2026-01-10', '2026-08-22'],
    );
    const y2027 = await t.anonymous().get('/api/calendar/days-off?year=2027');
    assert.equal(y2027.body.status, 'provisional');
    assert.ok(
      y2027.body.daysOff.some((d: { reason: string }) => d.reason === 'tet'),
      'the Labour Code rules propose Tết',
    );
    const stored = await t.anonymous().get('/api/calendar/years/2026');
    assert.equal(stored.status, 200);
    assert.equal(stored.body.revision, 1);
    assert.equal(stored.body.decision.daysOff.length, 14);
    assert.equal((await t.anonymous().get('/api/calendar/years/2031')).status, 404);
  });

  it('lets an administrator enter a decision, keeps who changed what, and every process counts with it', async () => {
    const admin = await t.login('quantri');
    // Another server process sharing the database: a second runtime on PostgreSQL, a second
    // calendar service over the same database on PGlite (which allows one process only).
    const other = onPostgres ? await otherProcess(t) : undefined;
    const otherCalendars = new CalendarService(t.runtime.db);
    await otherCalendars.reload();
    const before = await t.anonymous().get('/api/calendar/due-date?from=2027-02-03&workingDays=3');
    assert.equal(before.body.due, '2027-02-15', 'provisional: Tết 4–8/2 and compensatory 9–10/2');
    assert.equal(before.body.provisional, true);
    if (other)
      assert.equal((await other.get('/api/calendar/due-date?from=2027-02-03&workingDays=3')).due, '2027-02-15');

    const put = await admin.request('PUT', '/api/calendar/years/2027', decision2027(), { 'if-match': '"1"' });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body.revision, 2);
    assert.equal(put.body.status, 'decided');
    assert.equal(put.body.updatedBy.id, t.org.people.quantri);

    const afterEdit = await t.anonymous().get('/api/calendar/due-date?from=2027-02-03&workingDays=3');
    assert.equal(afterEdit.body.due, '2027-02-16', 'the swapped Thursday 11/2 is off too');
    assert.equal(afterEdit.body.provisional, false);
    const saturday = await t.anonymous().get('/api/calendar/due-date?from=2027-02-19&workingDays=1');
    assert.equal(saturday.body.due, '2027-02-20', 'the Saturday worked in exchange counts');
    await otherCalendars.refresh();
    assert.equal(otherCalendars.calendar.addWorkingDays('2027-02-03', 3).due, '2027-02-16');
    if (other)
      assert.equal((await other.get('/api/calendar/due-date?from=2027-02-03&workingDays=3')).due, '2027-02-16');
    await other?.close();

    const history = await admin.get('/api/calendar/years/2027/history');
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.body.items.map((h: { origin: string; revision: number }) => `${h.origin}:${h.revision}`),
      ['edit:2', 'seed:1'],
    );
    const edit = history.body.items[0];
    assert.equal(edit.changedBy.id, t.org.people.quantri);
    assert.equal(edit.changedBy.name, 'Nguyễn Quản Trị');
    assert.equal(edit.before.decided, false);
    assert.equal(edit.after.decided, true);
    assert.equal(edit.after.workingDays[0].date, '2027-02-20');
    assert.equal(
      (await t.anonymous().get('/api/calendar/years/2027/history')).status,
      401,
      'the history names people: sign in',
    );

    const stale = await admin.request('PUT', '/api/calendar/years/2027', decision2027(), { 'if-match': '"1"' });
    assert.equal(stale.status, 412);
  });

  it('refuses calendar edits by anyone but an administrator, writing nothing', async () => {
    const head = await t.login('giamdoc.stc');
    const counts = await legalClockCounts(t);
    const r = await head.request('PUT', '/api/calendar/years/2028', { ...decision2027(), daysOff: [] });
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, 'not_permitted');
    const anonymous = await t
      .anonymous()
      .request('PUT', '/api/calendar/years/2028', { ...decision2027(), daysOff: [] });
    assert.equal(anonymous.status, 401);
    const noCsrf = await (await t.login('quantri'))
      .withoutCsrf()
      .request('PUT', '/api/calendar/years/2028', { ...decision2027(), daysOff: [] });
    assert.equal(noCsrf.status, 403);
    assert.deepEqual(await legalClockCounts(t), counts);
  });

  it('rejects a bad year decision with field paths, writing nothing', async () => {
    const admin = await t.login('quantri');
    const counts = await legalClockCounts(t);
    const put = (year: string, body: unknown) => admin.request('PUT', `/api/calendar/years/${year}`, body);
    const base = { decided: true, source: 'x', sourceUrls: [], daysOff: [], workingDays: [] };

    const shape = await put('2028', { ...base, extra: 1, decided: 'yes' });
    assert.equal(shape.status, 400);
    assert.deepEqual(fields(shape).sort(), ['decided:invalid_type', 'extra:unknown_field']);

    const semantics = await put('2028', {
      ...base,
      year: 2029,
      daysOff: [
        { date: '2028-02-30', reason: 'tet', label: 'Tết' },
        { date: '2028-03-01', reason: 'weekend', label: 'Cuối tuần' },
        { date: '2029-01-02', reason: 'other', label: '' },
      ],
      workingDays: [{ date: '2028-03-01', label: 'Làm bù', inExchangeFor: '2028-03-02' }],
    });
    assert.equal(semantics.status, 422);
    assert.equal(semantics.body.error.code, 'invalid_year_decision');
    assert.deepEqual(fields(semantics).sort(), [
      'daysOff[0].date:invalid_date',
      'daysOff[1].reason:invalid_value',
      'daysOff[2].date:out_of_range',
      'daysOff[2].label:required',
      'workingDays[0].date:duplicate',
      'workingDays[0].date:not_a_weekend',
      'workingDays[0].inExchangeFor:exchange_not_listed',
      'year:invalid_value',
    ]);

    const farYear = await put('1800', base);
    assert.equal(farYear.status, 422);
    assert.deepEqual(fields(farYear), ['year:out_of_range']);
    const notAYear = await put('20x8', base);
    assert.equal(notAYear.status, 400);
    assert.deepEqual(fields(notAYear), ['params.year:invalid_format']);
    assert.deepEqual(await legalClockCounts(t), counts);
  });

  it('rejects bad calendar queries with field paths', async () => {
    const anon = t.anonymous();
    const cases: [string, number, string[]][] = [
      ['/api/calendar/due-date?workingDays=3', 400, ['querystring.from:required']],
      ['/api/calendar/due-date?from=2026-02-30&workingDays=3', 422, ['querystring.from:invalid_date']],
      ['/api/calendar/due-date?from=1850-01-01&workingDays=3', 422, ['querystring.from:out_of_range']],
      ['/api/calendar/due-date?from=2026-02-13&workingDays=-1', 400, ['querystring.workingDays:invalid_format']],
      ['/api/calendar/due-date?from=2026-02-13&workingDays=3&x=1', 400, ['querystring.x:unknown_field']],
      ['/api/calendar/days-off?year=26', 400, ['querystring.year:invalid_format']],
      ['/api/calendar/days-off?year=2300', 422, ['querystring.year:out_of_range']],
      ['/api/calendar/years/abcd', 400, ['params.year:invalid_format']],
      ['/api/calendar/years/1700', 422, ['params.year:out_of_range']],
    ];
    for (const [url, status, expected] of cases) {
      const r = await anon.get(url);
      assert.equal(r.status, status, `${url}: ${JSON.stringify(r.body)}`);
      assert.deepEqual(fields(r), expected, url);
    }
  });
});

/** A second server process on the same PostgreSQL schema: its own runtime, pool and calendar. */
async function otherProcess(t: TestApp) {
  const url = (t.runtime.database.pool as unknown as { options: { connectionString: string } }).options
    .connectionString;
  const runtime = await startRuntime({ databaseUrl: url, now: t.clock.now });
  const server = await buildServer(runtime.app, {
    cookieSecret: 'another-process-secret-0123456789',
    secureCookies: false,
    logger: false,
  });
  return {
    async get(url: string) {
      return (await server.inject({ method: 'GET', url })).json();
    },
    async close() {
      await server.close();
      await runtime.close();
    },
  };
}
