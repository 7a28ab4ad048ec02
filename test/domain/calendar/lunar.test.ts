import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../../../src/domain/calendar/working-calendar.ts';
import {
  hungKingsDate,
  leapMonthOf,
  lunarNewYearsEve,
  lunarToSolar,
  solarToLunar,
  tetDate,
} from '../../../src/domain/calendar/lunar.ts';

// Mùng 1 Tết in Vietnam (UTC+7). Where China (UTC+8) differs: 1985 (CN 20/2), 2007 (CN 18/2),
// 2030 (CN 3/2).
const TET: Record<number, string> = {
  1985: '1985-01-21',
  1990: '1990-01-27',
  1991: '1991-02-15',
  1992: '1992-02-04',
  1993: '1993-01-23',
  1994: '1994-02-10',
  1995: '1995-01-31',
  1996: '1996-02-19',
  1997: '1997-02-07',
  1998: '1998-01-28',
  1999: '1999-02-16',
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17',
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

// Giỗ Tổ Hùng Vương (10/3 âm lịch). 2009: China's 10/3 falls on 5/4.
const HUNG_KINGS: Record<number, string> = {
  2009: '2009-04-04',
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
};

describe('lunar calendar: official dates', () => {
  for (const [year, date] of Object.entries(TET)) {
    it(`Tết ${year} is ${date}`, () => {
      assert.equal(tetDate(Number(year)), date);
      assert.deepEqual(solarToLunar(date), { day: 1, month: 1, year: Number(year), leap: false });
    });
  }
  for (const [year, date] of Object.entries(HUNG_KINGS)) {
    it(`Giỗ Tổ ${year} is ${date}`, () => assert.equal(hungKingsDate(Number(year)), date));
  }

  it('knows the last day of the lunar year (29 or 30 tháng Chạp)', () => {
    assert.deepEqual(solarToLunar('2020-01-24'), { day: 30, month: 12, year: 2019, leap: false });
    assert.deepEqual(solarToLunar('2022-01-31'), { day: 29, month: 12, year: 2021, leap: false });
    assert.deepEqual(solarToLunar('2026-02-16'), { day: 29, month: 12, year: 2025, leap: false });
    assert.equal(lunarNewYearsEve(2025), '2025-01-28');
    assert.equal(lunarNewYearsEve(2027), '2027-02-05');
  });

  it('places leap months as Vietnam does (1984 none, unlike China; 1985 leap 2nd month)', () => {
    assert.equal(leapMonthOf(1984), undefined);
    assert.equal(leapMonthOf(1985), 2);
    assert.equal(leapMonthOf(2020), 4);
    assert.equal(leapMonthOf(2023), 2);
    assert.equal(leapMonthOf(2025), 6);
    assert.equal(leapMonthOf(2026), undefined);
    assert.equal(leapMonthOf(2033), 11);
  });

  it('converts dates in a leap month both ways', () => {
    assert.deepEqual(solarToLunar('2023-03-22'), { day: 1, month: 2, year: 2023, leap: true });
    assert.deepEqual(solarToLunar('2023-03-21'), { day: 30, month: 2, year: 2023, leap: false });
    assert.equal(lunarToSolar(1, 2, 2023, true), '2023-03-22');
    assert.equal(lunarToSolar(1, 6, 2025, true), '2025-07-25');
    assert.equal(lunarToSolar(1, 4, 2020, true), '2020-05-23');
  });

  it('finds the month of a day whose new moon falls a lunation before the mean estimate (2062-04-09 is 30/2)', () => {
    assert.deepEqual(solarToLunar('2062-04-09'), { day: 30, month: 2, year: 2062, leap: false });
    assert.equal(lunarToSolar(30, 2, 2062), '2062-04-09');
  });

  it('rejects lunar dates that do not exist', () => {
    assert.throws(() => lunarToSolar(1, 3, 2023, true), RangeError); // 2023's leap month is the 2nd
    assert.throws(() => lunarToSolar(1, 1, 2026, true), RangeError); // 2026 has no leap month
    assert.throws(() => lunarToSolar(30, 12, 2021), RangeError); // Chạp 2021 had 29 days
    assert.throws(() => lunarToSolar(1, 13, 2021), RangeError);
    assert.throws(() => tetDate(1899), RangeError);
    assert.throws(() => solarToLunar('2026-02-30'), RangeError);
  });
});

describe('lunar calendar: properties', () => {
  const solarDate = fc
    .integer({ min: 0, max: 108_000 })
    .map((i) => addDays('1901-01-01', i))
    .filter((d) => d < '2199-01-01');

  it('solar → lunar → solar is the identity', () => {
    fc.assert(
      fc.property(solarDate, (d) => {
        const l = solarToLunar(d);
        assert.equal(lunarToSolar(l.day, l.month, l.year, l.leap), d);
      }),
      { numRuns: 500 },
    );
  });

  it('lunar → solar → lunar is the identity for days 1–29 of ordinary months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 29 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1901, max: 2198 }),
        (day, month, year) => {
          assert.deepEqual(solarToLunar(lunarToSolar(day, month, year)), { day, month, year, leap: false });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the next solar day is the next lunar day, or day 1 after a 29- or 30-day month', () => {
    fc.assert(
      fc.property(solarDate, (d) => {
        const a = solarToLunar(d);
        const b = solarToLunar(addDays(d, 1));
        if (b.day === 1) assert.ok(a.day === 29 || a.day === 30, `${d}: month ended on day ${a.day}`);
        else assert.deepEqual(b, { ...a, day: a.day + 1 });
      }),
      { numRuns: 500 },
    );
  });
});

describe('lunar calendar: independent of the process time zone', () => {
  const sample = () => [
    ...Object.keys(TET).map((y) => tetDate(Number(y))),
    ...Object.keys(HUNG_KINGS).map((y) => hungKingsDate(Number(y))),
    ...['2023-03-22', '2026-02-16', '1968-01-29', '2000-01-01'].map((d) => JSON.stringify(solarToLunar(d))),
  ];

  it('gives the same results under any TZ', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const reference = sample();
      const offsetUtc = new Date(2026, 0, 1).getTimezoneOffset();
      for (const tz of [
        'Asia/Ho_Chi_Minh',
        'Asia/Shanghai',
        'America/Los_Angeles',
        'Pacific/Kiritimati',
        'Pacific/Pago_Pago',
      ]) {
        process.env.TZ = tz;
        // Guard against a runtime that ignores TZ changes, which would make this test vacuous.
        assert.notEqual(new Date(2026, 0, 1).getTimezoneOffset(), offsetUtc, tz);
        assert.deepEqual(sample(), reference, tz);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
