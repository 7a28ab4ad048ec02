/**
 * The Vietnamese lunisolar calendar (âm lịch), computed the way Vietnam's official almanacs are:
 * Hồ Ngọc Đức's formulation of the rules (https://www.informatik.uni-leipzig.de/~duc/amlich/) with
 * Meeus's new-moon series and the Sun's apparent longitude.
 *
 * - A month begins on the local day (UTC+7) that contains the new moon.
 * - Month 11 is the month that contains the winter solstice.
 * - When 13 new moons separate two months 11, the first month after the solstice that contains no
 *   principal term (trung khí) is the leap month and repeats the number of the month before it.
 *
 * The time zone is a constant, not the process's: the Vietnamese calendar is defined for UTC+7
 * (since 1968), and UTC+8 gives the Chinese calendar, which differs in some years (e.g. Tết 2007,
 * 2030). All arithmetic is on Julian day numbers, so nothing here reads the host's clock or zone.
 */
import { isIsoDate } from './working-calendar.ts';
import type { IsoDate } from './working-calendar.ts';

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, numbered after the solar year in which most of it falls (Tết 2026 → 2026). */
  year: number;
  /** True for the repeated (nhuận) month. */
  leap: boolean;
}

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
/** The new moon of 1900-01-01 13:52 UTC, origin of Meeus's lunation index k. */
const K0_JD = 2415021.076998695;
/** The range the Meeus series and ΔT approximation are trusted for. */
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2199;

const DR = Math.PI / 180;
const JD_UNIX_EPOCH = 2440588; // Julian day number of 1970-01-01

function jdFromIso(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000) + JD_UNIX_EPOCH;
}

function isoFromJd(jd: number): IsoDate {
  return new Date((jd - JD_UNIX_EPOCH) * 86_400_000).toISOString().slice(0, 10);
}

/** Julian date (UT) of the k-th new moon after 1900-01-01 (Meeus, Astronomical Algorithms, ch. 47 as simplified by Đức). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // Sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // Moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // Moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  // ΔT (TT − UT) in days, so the result is in civil time.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π), at Julian date `jd`. */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + dl) * DR;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Local day number on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the 12 principal-term sectors (0 = spring equinox … 9 = winter solstice) the Sun is in at the start of local day `dayNumber`. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** First day of the lunar month 11 that contains the winter solstice of solar year `year`. */
function month11Start(year: number): number {
  const off = jdFromIso(`${String(year).padStart(4, '0')}-12-31`) - K0_JD;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // The month starting at nm begins after the solstice if the Sun is already past 270°.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Index (1-based, counted from month 11) of the leap month in the 13-month span starting at `a11`. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - K0_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`lunar calendar is computed for ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}, got ${year}`);
  }
}

export function solarToLunar(date: IsoDate): LunarDate {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const dayNumber = jdFromIso(date);
  const solarYear = Number(date.slice(0, 4));
  checkYear(solarYear);
  const k = Math.floor((dayNumber - K0_JD) / SYNODIC_MONTH);
  // The true new moon can fall up to about 14 hours from the mean one, so the month holding the
  // day may begin one lunation earlier than the estimate `k` suggests.
  let monthStart = newMoonDay(k + 1);
  for (let back = k; monthStart > dayNumber; back -= 1) monthStart = newMoonDay(back);
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/**
 * The solar date of a lunar date. Throws when the date does not exist: a leap month the year
 * does not have, or day 30 of a 29-day month.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`lunar month must be 1–12, got ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`lunar day must be 1–30, got ${day}`);
  const [a11, b11] =
    month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  const k = Math.floor(0.5 + (a11 - K0_JD) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new RangeError(`lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + off);
  if (day > newMoonDay(k + off + 1) - monthStart)
    throw new RangeError(`lunar month ${month}/${year} has no day ${day}`);
  return isoFromJd(monthStart + day - 1);
}

/** Mùng 1 Tết: the first day of lunar year `year`. */
export function tetDate(year: number): IsoDate {
  return lunarToSolar(1, 1, year);
}

/** The last day of the lunar year before Tết `year` (29 or 30 tháng Chạp). */
export function lunarNewYearsEve(year: number): IsoDate {
  const tet = jdFromIso(tetDate(year));
  return isoFromJd(tet - 1);
}

/** Giỗ Tổ Hùng Vương: 10/3 lunar (never the leap third month). */
export function hungKingsDate(year: number): IsoDate {
  return lunarToSolar(10, 3, year);
}

/** The leap month of lunar year `year`, or undefined when it has 12 months. */
export function leapMonthOf(year: number): number | undefined {
  checkYear(year);
  // Months 1–10 of `year` lie in the span after month 11 of `year − 1`; months 11–12 in the next span.
  for (const [from, to, months] of [
    [year - 1, year, [1, 10]],
    [year, year + 1, [11, 12]],
  ] as const) {
    const a11 = month11Start(from);
    if (month11Start(to) - a11 <= 365) continue;
    const m = (leapMonthOffset(a11) + 10) % 12 || 12;
    if (m >= months[0] && m <= months[1]) return m;
  }
  return undefined;
}
