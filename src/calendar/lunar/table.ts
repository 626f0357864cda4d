/**
 * The month table of the Vietnamese lunar calendar (âm lịch), built once on
 * first use from astronomy, following the method Hồ Ngọc Đức describes in
 * "Âm lịch Việt Nam" (https://www.informatik.uni-leipzig.de/~duc/amlich/):
 *
 * 1. A lunar month starts on the local civil day that contains a new moon.
 * 2. Month 11 is the month that contains the December (winter) solstice —
 *    the Sun's apparent longitude reaching 270°.
 * 3. When 13 months lie between two consecutive months 11 (from one month 11
 *    up to the next), one of them is leap: the first month after the first
 *    month 11 that contains no major solar term (trung khí, a multiple of 30°
 *    of solar longitude). It takes the number of the month before it.
 *
 * "Local" is the official meridian: UTC+7 from 1 January 1968 (Quyết định
 * 121/CP of the Council of Government, 8 August 1967, setting Vietnam's
 * official time to UTC+7), UTC+8 before — the meridian the calendar used
 * until then, as the Chinese calendar still does. A month "contains" an
 * instant when the instant lies between the local midnight that starts the
 * month and the local midnight that starts the next one.
 *
 * Written for this library from that description and the formulas of Jean
 * Meeus (see ./astro.ts); no code was copied. The table is deterministic:
 * building it twice gives the same numbers, so the lazy cache below changes
 * nothing but speed.
 *
 * @internal
 * @module
 */
import { dayNumberFromYmd } from '../isoDate.js';
import { newMoonJdUt, sunLongitudeAtUt } from './astro.js';

/** JD of 1970-01-01T00:00 UT (day number 0). */
const JD_UNIX_EPOCH = 2440587.5;

/** The first lunar year the table covers completely. @internal */
export const FIRST_LUNAR_YEAR = 1800;
/** The last lunar year the table covers completely. @internal */
export const LAST_LUNAR_YEAR = 2199;

/**
 * The instant (JD, UT) from which the calendar uses UTC+7: 1968-01-01 00:00
 * in UTC+7 (= 1967-12-31 17:00 UT). Instants before it use UTC+8. (No new
 * moon or month start falls within hours of this instant, so the exact
 * hour of the switch does not change any month.)
 *
 * @internal
 */
export const UTC7_FROM_JD = JD_UNIX_EPOCH + /* @__PURE__ */ dayNumberFromYmd(1968, 1, 1) - 7 / 24;

/** The official offset from UT, in hours, at an instant (JD, UT). @internal */
export function officialOffsetHours(jdUt: number): 7 | 8 {
  return jdUt < UTC7_FROM_JD ? 8 : 7;
}

/** The local civil day number (days since 1970-01-01) of an instant. @internal */
export function localDayNumber(jdUt: number): number {
  return Math.floor(jdUt - JD_UNIX_EPOCH + officialOffsetHours(jdUt) / 24);
}

/** The instant (JD, UT) of the local midnight that starts a local day. @internal */
export function localMidnightJd(dayNumber: number): number {
  // The offset in force at that midnight: try UTC+7 first (after the switch).
  const at7 = JD_UNIX_EPOCH + dayNumber - 7 / 24;
  return at7 >= UTC7_FROM_JD ? at7 : JD_UNIX_EPOCH + dayNumber - 8 / 24;
}

/** The built table: one entry per lunar month, in order. @internal */
export interface LunarTable {
  /** Local day number on which each month starts; one extra entry ends the last month. */
  readonly starts: Int32Array;
  readonly years: Int16Array;
  readonly months: Int8Array;
  /** 1 for a leap month. */
  readonly leaps: Uint8Array;
  /** Index of month 1 of lunar year `FIRST_LUNAR_YEAR + i`; one extra entry. */
  readonly yearStart: Int32Array;
  /** The leap month number of lunar year `FIRST_LUNAR_YEAR + i`, or 0. */
  readonly leapMonth: Int8Array;
}

/** Sun's longitude from `a` forward to `b`, in [0, 360). */
function arc(a: number, b: number): number {
  return (((b - a) % 360) + 360) % 360;
}

function build(): LunarTable {
  // New moons from Oct 1798 to Mar 2201 (k counts lunations from 2000-01-06).
  const kFirst = Math.floor((dayNumberFromYmd(1798, 10, 1) - dayNumberFromYmd(2000, 1, 6)) / 29.530588861);
  const kLast = Math.ceil((dayNumberFromYmd(2201, 3, 1) - dayNumberFromYmd(2000, 1, 6)) / 29.530588861);
  const n = kLast - kFirst + 1;
  const start = new Int32Array(n);
  const lon = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const day = localDayNumber(newMoonJdUt(kFirst + i));
    start[i] = day;
    lon[i] = sunLongitudeAtUt(localMidnightJd(day));
  }
  // Month i runs from start[i] to start[i+1]; the Sun moves arc(lon[i], lon[i+1]).
  const hasLongitude = (i: number, target: number): boolean =>
    arc(lon[i]!, target) < arc(lon[i]!, lon[i + 1]!);
  const hasMajorTerm = (i: number): boolean => {
    const toNext = (30 - (lon[i]! % 30)) % 30; // degrees to the next multiple of 30°
    return toNext < arc(lon[i]!, lon[i + 1]!);
  };
  const elevens: number[] = [];
  for (let i = 0; i < n - 1; i++) if (hasLongitude(i, 270)) elevens.push(i);

  const startsOut: number[] = [];
  const years: number[] = [];
  const months: number[] = [];
  const leaps: number[] = [];
  for (let e = 0; e + 1 < elevens.length; e++) {
    const a = elevens[e]!;
    const b = elevens[e + 1]!;
    const solsticeYear = yearOfDay(start[a]!);
    const count = b - a;
    if (count !== 12 && count !== 13)
      throw new Error(`lunar table: ${count} months after month 11 of ${solsticeYear}`);
    let leapAt = -1;
    if (count === 13) {
      for (let i = a + 1; i < b; i++) {
        if (!hasMajorTerm(i)) {
          leapAt = i;
          break;
        }
      }
      if (leapAt < 0) throw new Error(`lunar table: no month without a major term after ${solsticeYear}`);
    }
    let month = 11;
    let year = solsticeYear;
    for (let i = a; i < b; i++) {
      if (i === leapAt) {
        leaps.push(1);
      } else {
        if (i !== a) {
          month += 1;
          if (month === 13) {
            month = 1;
            year += 1;
          }
        }
        leaps.push(0);
      }
      startsOut.push(start[i]!);
      years.push(year);
      months.push(month);
    }
  }
  // Keep whole lunar years FIRST_LUNAR_YEAR..LAST_LUNAR_YEAR.
  const first = indexOfMonth(years, months, leaps, FIRST_LUNAR_YEAR);
  const after = indexOfMonth(years, months, leaps, LAST_LUNAR_YEAR + 1);
  const count = after - first;
  const t = {
    starts: Int32Array.from(startsOut.slice(first, after + 1)),
    years: Int16Array.from(years.slice(first, after)),
    months: Int8Array.from(months.slice(first, after)),
    leaps: Uint8Array.from(leaps.slice(first, after)),
    yearStart: new Int32Array(LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 2),
    leapMonth: new Int8Array(LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 1),
  };
  for (let i = 0; i < count; i++) {
    const y = t.years[i]! - FIRST_LUNAR_YEAR;
    if (t.months[i] === 1 && t.leaps[i] === 0) t.yearStart[y] = i;
    if (t.leaps[i] === 1) t.leapMonth[y] = t.months[i]!;
  }
  t.yearStart[LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 1] = count;
  return t;
}

function indexOfMonth(years: number[], months: number[], leaps: number[], year: number): number {
  for (let i = 0; i < years.length; i++) {
    if (years[i] === year && months[i] === 1 && leaps[i] === 0) return i;
  }
  throw new Error(`lunar table: no month 1 of ${year}`);
}

/** Gregorian year of a day number (a month 11 always starts in Nov/Dec). */
function yearOfDay(day: number): number {
  let y = Math.floor(1970 + day / 365.2425);
  while (dayNumberFromYmd(y, 1, 1) > day) y -= 1;
  while (dayNumberFromYmd(y + 1, 1, 1) <= day) y += 1;
  return y;
}

let table: LunarTable | undefined;

/**
 * The month table, built on first use (a few milliseconds) and then shared.
 * The cache is invisible: the table is a pure function of nothing.
 *
 * @internal
 */
export function lunarTable(): LunarTable {
  table ??= build();
  return table;
}
