import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors.ts';
import {
  HOLIDAY_DECISIONS,
  LegalCalendar,
  addDays,
  defaultLegalCalendar,
  weekday,
  yearDecisionIssues,
} from '../../../src/domain/calendar/index.ts';
import type { IsoDate, YearDecision } from '../../../src/domain/calendar/index.ts';

const cal = defaultLegalCalendar();
const rulesOnly = new LegalCalendar([]);

function* days(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

// The continuous periods off announced for each year (weekends included), from holidays.md.
const PERIODS: Record<number, [IsoDate, IsoDate][]> = {
  2020: [
    ['2020-01-01', '2020-01-01'],
    ['2020-01-23', '2020-01-29'],
    ['2020-04-02', '2020-04-02'],
    ['2020-04-30', '2020-05-03'],
    ['2020-09-02', '2020-09-02'],
  ],
  2021: [
    ['2021-01-01', '2021-01-03'],
    ['2021-02-10', '2021-02-16'],
    ['2021-04-21', '2021-04-21'],
    ['2021-04-30', '2021-05-03'],
    ['2021-09-02', '2021-09-05'],
  ],
  2022: [
    ['2022-01-01', '2022-01-03'],
    ['2022-01-29', '2022-02-06'],
    ['2022-04-09', '2022-04-11'],
    ['2022-04-30', '2022-05-03'],
    ['2022-09-01', '2022-09-04'],
  ],
  2023: [
    ['2022-12-31', '2023-01-02'],
    ['2023-01-20', '2023-01-26'],
    ['2023-04-29', '2023-05-03'],
    ['2023-09-01', '2023-09-04'],
  ],
  2024: [
    ['2023-12-30', '2024-01-01'],
    ['2024-02-08', '2024-02-14'],
    ['2024-04-18', '2024-04-18'],
    ['2024-04-27', '2024-05-01'],
    ['2024-08-31', '2024-09-03'],
  ],
  2025: [
    ['2025-01-01', '2025-01-01'],
    ['2025-01-25', '2025-02-02'],
    ['2025-04-05', '2025-04-07'],
    ['2025-04-30', '2025-05-04'],
    ['2025-08-30', '2025-09-02'],
  ],
  2026: [
    ['2026-01-01', '2026-01-04'],
    ['2026-02-14', '2026-02-22'],
    ['2026-04-25', '2026-04-27'],
    ['2026-04-30', '2026-05-03'],
    ['2026-08-29', '2026-09-02'],
  ],
  // Provisional model of holidays.md (no decision yet).
  2027: [
    ['2027-01-01', '2027-01-03'],
    ['2027-02-04', '2027-02-10'],
    ['2027-04-16', '2027-04-18'],
    ['2027-04-30', '2027-05-03'],
    ['2027-09-02', '2027-09-05'],
  ],
};

const WORKED_WEEKENDS = ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'];

describe('legal calendar: the announced years', () => {
  for (const [year, periods] of Object.entries(PERIODS)) {
    it(`${year}: every announced period is off and bounded by working days`, () => {
      for (const [from, to] of periods) {
        for (const d of days(from, to)) assert.ok(!cal.isWorkingDay(d), `${d} should be off`);
        assert.ok(cal.isWorkingDay(addDays(from, -1)), `${addDays(from, -1)} should be a working day`);
        assert.ok(cal.isWorkingDay(addDays(to, 1)), `${addDays(to, 1)} should be a working day`);
      }
      // No other weekday is off.
      const inPeriods = new Set(periods.flatMap(([f, t]) => [...days(f, t)]));
      for (const off of cal.listDaysOff(Number(year)))
        assert.ok(inPeriods.has(off.date), `${off.date} (${off.reason}) is off but announced nowhere`);
    });
  }

  it('2026 has the 25 days off the press counted', () => {
    const total = PERIODS[2026]!.reduce((n, [f, t]) => n + [...days(f, t)].length, 0);
    assert.equal(total, 25);
  });

  for (const decision of HOLIDAY_DECISIONS) {
    it(`${decision.year}: each listed day is off for its reason, each làm-bù day is worked`, () => {
      assert.deepEqual(yearDecisionIssues(decision), []);
      for (const off of decision.daysOff) {
        assert.deepEqual(cal.dayOff(off.date), { date: off.date, reason: off.reason, label: off.label });
      }
      for (const w of decision.workingDays) {
        assert.equal(cal.dayOff(w.date), undefined);
        assert.ok(cal.isWorkingDay(w.date));
      }
    });
  }

  it('swapped Saturdays are working days; the weekdays given for them are off', () => {
    for (const d of WORKED_WEEKENDS) assert.ok(cal.isWorkingDay(d) && weekday(d) === 6, d);
    for (const d of ['2024-04-29', '2025-05-02', '2026-01-02', '2026-08-31'])
      assert.equal(cal.dayOff(d)?.reason, 'swap', d);
    assert.deepEqual(
      cal.listWorkingWeekends(2026).map((w) => w.date),
      ['2026-01-10', '2026-08-22'],
    );
  });

  it('the Code rules alone reproduce every decided year except the swaps', () => {
    for (const decision of HOLIDAY_DECISIONS.filter((d) => d.decided)) {
      const swaps = decision.daysOff.filter((d) => d.reason === 'swap').map((d) => d.date);
      const byRule = rulesOnly.listDaysOff(decision.year).map((d) => `${d.date} ${d.reason}`);
      const decided = cal
        .listDaysOff(decision.year)
        .filter((d) => !swaps.includes(d.date))
        .map((d) => `${d.date} ${d.reason}`);
      assert.deepEqual(decided, byRule, String(decision.year));
    }
  });

  it('lists the weekday days off of 2026 with reasons and labels', () => {
    assert.deepEqual(
      cal.listDaysOff(2026).map((d) => [d.date, d.reason]),
      [
        ['2026-01-01', 'new-year'],
        ['2026-01-02', 'swap'],
        ['2026-02-16', 'tet'],
        ['2026-02-17', 'tet'],
        ['2026-02-18', 'tet'],
        ['2026-02-19', 'tet'],
        ['2026-02-20', 'tet'],
        ['2026-04-27', 'compensatory'],
        ['2026-04-30', 'reunification'],
        ['2026-05-01', 'labour-day'],
        ['2026-08-31', 'swap'],
        ['2026-09-01', 'national-day'],
        ['2026-09-02', 'national-day'],
      ],
    );
    assert.equal(cal.dayOff('2026-02-17')?.label, 'Tết Nguyên đán (mùng 1)');
    assert.equal(cal.dayOff('2026-04-26')?.reason, 'hung-kings'); // a Sunday, named for the holiday
    assert.deepEqual(cal.dayOff('2026-03-07'), { date: '2026-03-07', reason: 'weekend', label: 'Thứ bảy' });
  });

  it('reports which years are decided', () => {
    assert.equal(cal.yearStatus(2026), 'decided');
    assert.equal(cal.yearStatus(2027), 'provisional');
    assert.equal(cal.yearStatus(2031), 'provisional');
    const s = cal.summary(2024);
    assert.equal(s.status, 'decided');
    assert.match(s.source ?? '', /2450\/VPCP-KGVX/);
    assert.deepEqual(s.workingDays, [
      { date: '2024-05-04', label: 'Làm bù cho Thứ Hai 29/04/2024', inExchangeFor: '2024-04-29' },
    ]);
    assert.equal(cal.summary(2031).source, null);
  });
});

describe('legal calendar: rules', () => {
  it('gives compensatory days for holidays on a weekend (Art. 111(3))', () => {
    assert.equal(cal.dayOff('2022-05-02')?.reason, 'compensatory'); // 30/4/2022 a Saturday
    assert.equal(cal.dayOff('2022-05-03')?.reason, 'compensatory'); // 1/5/2022 a Sunday
    assert.equal(cal.dayOff('2023-05-02')?.reason, 'compensatory'); // Giỗ Tổ 2023 a Saturday
    assert.equal(cal.dayOff('2023-05-03')?.reason, 'compensatory'); // 30/4/2023 a Sunday
    assert.equal(cal.dayOff('2026-04-27')?.reason, 'compensatory'); // Giỗ Tổ 2026 a Sunday
    assert.equal(cal.dayOff('2023-01-02')?.reason, 'compensatory'); // 1/1/2023 a Sunday
    // Provisional years get them by rule: 1/5/2027 is a Saturday; 2/9/2029 a Sunday.
    assert.equal(cal.dayOff('2027-05-03')?.reason, 'compensatory');
    assert.deepEqual(
      [cal.dayOff('2029-09-03')?.reason, cal.dayOff('2029-09-04')?.reason],
      ['national-day', 'compensatory'],
    );
  });

  it('2020 followed the 2012 Code: 2/9 only', () => {
    assert.ok(cal.isWorkingDay('2020-09-01'));
    assert.ok(cal.isWorkingDay('2020-09-03'));
    assert.ok(rulesOnly.isWorkingDay('2020-09-03'));
  });

  it('places Tết by rule when no decision is entered, and can be told "last day + mùng 1–4"', () => {
    assert.deepEqual(
      rulesOnly
        .listDaysOff(2027)
        .filter((d) => d.date.startsWith('2027-02'))
        .map((d) => d.date),
      ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
    );
    const eveFirst = new LegalCalendar(HOLIDAY_DECISIONS, { tetDaysBefore: 1 });
    assert.deepEqual(
      eveFirst
        .listDaysOff(2027)
        .filter((d) => d.date.startsWith('2027-02'))
        .map((d) => d.date),
      ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
    );
    // A decided year is not affected by the rule option.
    assert.deepEqual(eveFirst.listDaysOff(2025), cal.listDaysOff(2025));
  });

  it('keeps Culture Day (24/11) off until switched on', () => {
    assert.ok(cal.isWorkingDay('2026-11-24'));
    const withCulture = defaultLegalCalendar({ cultureDayFrom: 2026 });
    assert.equal(withCulture.dayOff('2026-11-24')?.reason, 'culture-day');
    assert.ok(withCulture.isWorkingDay('2025-11-24'));
  });
});

describe('legal calendar: counting', () => {
  it('1 working day after Fri 13/2/2026 is Mon 23/2/2026, skipping the whole Tết break', () => {
    const { due, skipped } = cal.addWorkingDays('2026-02-13', 1);
    assert.equal(due, '2026-02-23');
    assert.deepEqual(
      skipped.map((s) => [s.date, s.reason]),
      [
        ['2026-02-14', 'weekend'],
        ['2026-02-15', 'weekend'],
        ['2026-02-16', 'tet'],
        ['2026-02-17', 'tet'],
        ['2026-02-18', 'tet'],
        ['2026-02-19', 'tet'],
        ['2026-02-20', 'tet'],
        ['2026-02-21', 'weekend'],
        ['2026-02-22', 'weekend'],
      ],
    );
  });

  it('crosses Tết over a month boundary and a holiday over a year boundary', () => {
    assert.equal(cal.addWorkingDays('2022-01-28', 1).due, '2022-02-07');
    assert.equal(cal.addWorkingDays('2025-01-24', 1).due, '2025-02-03');
    assert.equal(cal.addWorkingDays('2022-12-30', 1).due, '2023-01-03');
    assert.equal(cal.workingDaysBetween('2022-12-30', '2023-01-03'), 1);
    assert.equal(cal.workingDaysBetween('2026-02-23', '2026-02-13'), -1);
  });

  it('counts a swapped Saturday and skips the swapped weekday', () => {
    assert.equal(cal.addWorkingDays('2026-01-09', 1).due, '2026-01-10');
    const r = cal.addWorkingDays('2025-12-31', 2);
    assert.equal(r.due, '2026-01-06');
    assert.deepEqual(
      r.skipped.map((s) => s.reason),
      ['new-year', 'swap', 'weekend', 'weekend'],
    );
  });

  it('n = 0 moves a day off to the next working day', () => {
    assert.equal(cal.addWorkingDays('2026-02-14', 0).due, '2026-02-23');
    assert.equal(cal.addWorkingDays('2026-02-13', 0).due, '2026-02-13');
  });

  it('rejects malformed dates and years it cannot compute', () => {
    assert.throws(() => cal.dayOff('2026-02-30'), RangeError);
    assert.throws(() => cal.dayOff('26-02-03'), RangeError);
    assert.throws(() => cal.listDaysOff(2300), RangeError);
  });
});

describe('legal calendar: properties', () => {
  const date = fc.integer({ min: 0, max: 365 * 12 }).map((i) => addDays('2019-01-01', i));
  const n = fc.integer({ min: 1, max: 60 });

  it('workingDaysBetween(d, addWorkingDays(d, n)) = n, and the due day is a working day', () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        const { due, skipped } = cal.addWorkingDays(d, k);
        assert.ok(cal.isWorkingDay(due));
        assert.equal(cal.workingDaysBetween(d, due), k);
        assert.equal(cal.workingDaysBetween(due, d), -k);
        // Every day after d up to due is either counted or skipped, once.
        assert.equal(skipped.length + k, [...days(addDays(d, 1), due)].length);
      }),
      { numRuns: 300 },
    );
  });

  it('the due date grows strictly with n (and n = 0 gives the first working day from d)', () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        assert.ok(cal.addWorkingDays(d, k).due < cal.addWorkingDays(d, k + 1).due);
        const zero = cal.addWorkingDays(d, 0).due;
        assert.ok(cal.isWorkingDay(zero) && zero >= d && zero <= cal.addWorkingDays(d, 1).due);
      }),
      { numRuns: 200 },
    );
  });
});

describe('legal calendar: decisions as data', () => {
  const base = (): YearDecision => structuredClone(HOLIDAY_DECISIONS.find((d) => d.year === 2024)!);

  it('refuses malformed decisions with field issues', () => {
    const bad = base();
    bad.workingDays.push({ date: '2024-05-08', label: 'x' }); // a Wednesday
    bad.daysOff.push({ date: '2025-01-02', reason: 'other', label: 'x' }); // not in 2024
    bad.daysOff.push({ date: '2024-04-18', reason: 'hung-kings', label: 'again' }); // duplicate
    try {
      new LegalCalendar([bad, base()]);
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof DomainError);
      assert.equal(e.code, 'invalid_year_decision');
      assert.deepEqual(e.fields.map((f) => `${f.path} ${f.code}`).sort(), [
        'decisions[0].daysOff[14].date out_of_range',
        'decisions[0].daysOff[15].date duplicate',
        'decisions[0].workingDays[1].date not_a_weekend',
        'decisions[1].year duplicate',
      ]);
    }
  });

  it('refuses a làm-bù day on a fixed holiday', () => {
    const d: YearDecision = {
      year: 2022,
      decided: true,
      source: '',
      sourceUrls: [],
      daysOff: [],
      workingDays: [{ date: '2022-01-01', label: 'x' }],
    };
    assert.deepEqual(
      yearDecisionIssues(d).map((i) => i.code),
      ['is_public_holiday'],
    );
  });

  it('is not changed by later edits to the input or to returned values', () => {
    const input = [base()];
    const c = new LegalCalendar(input);
    input[0]!.workingDays.length = 0;
    c.dayOff('2024-04-29')!.reason = 'weekend';
    assert.ok(c.isWorkingDay('2024-05-04'));
    assert.equal(c.dayOff('2024-04-29')?.reason, 'swap');
  });

  it('a partial decision (not yet decided) adds to the rules', () => {
    const partial: YearDecision = {
      year: 2028,
      decided: false,
      source: 'test',
      sourceUrls: [],
      daysOff: [{ date: '2028-01-03', reason: 'swap', label: 'Nghỉ hoán đổi' }],
      workingDays: [{ date: '2028-01-08', label: 'Làm bù', inExchangeFor: '2028-01-03' }],
    };
    const c = new LegalCalendar([partial]);
    assert.equal(c.dayOff('2028-01-03')?.reason, 'swap');
    assert.ok(c.isWorkingDay('2028-01-08'));
    assert.equal(c.dayOff('2028-01-26')?.reason, 'tet'); // Tết 2028 still by rule
    assert.equal(c.yearStatus(2028), 'provisional');
  });
});

describe('built-in decisions', () => {
  it('are frozen', () => {
    assert.ok(Object.isFrozen(HOLIDAY_DECISIONS) && Object.isFrozen(HOLIDAY_DECISIONS[0]!.daysOff[0]));
  });

  it('cover 2020–2026 as decided and 2027 as provisional, each with its source', () => {
    assert.deepEqual(
      HOLIDAY_DECISIONS.map((d) => [d.year, d.decided]),
      [
        [2020, true],
        [2021, true],
        [2022, true],
        [2023, true],
        [2024, true],
        [2025, true],
        [2026, true],
        [2027, false],
      ],
    );
    for (const d of HOLIDAY_DECISIONS) assert.ok(d.source.length > 0, String(d.year));
  });
});
