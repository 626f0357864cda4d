/**
 * Every month start from 1899 to 2101 checked against the rules of the
 * method (Hồ Ngọc Đức, "Âm lịch Việt Nam"), using independent root-finding
 * on the astronomical functions rather than the table's own shortcuts.
 */
import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, lunarYearMonths, toDayNumber } from '../../src/index.js';
import { newMoonJdUt, sunLongitudeAtUt } from '../../src/calendar/lunar/astro.js';

const JD0 = 2440587.5; // 1970-01-01T00:00Z
// Vietnam's official time: UTC+8 until 1968-01-01 00:00 (UTC+7) = 1967-12-31T17:00Z.
const SWITCH = JD0 + dayNumberFromYmd(1968, 1, 1) - 7 / 24;
const offset = (jd: number): number => (jd < SWITCH ? 8 : 7);
const localDay = (jd: number): number => Math.floor(jd - JD0 + offset(jd) / 24);

/** The instant (JD UT) in [a, b] when the Sun's longitude reaches `target` (one crossing inside). */
function crossing(target: number, a: number, b: number): number {
  const f = (jd: number): number => ((sunLongitudeAtUt(jd) - target + 540) % 360) - 180;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

interface M {
  year: number;
  month: number;
  leap: boolean;
  start: number;
  end: number;
}
const months: M[] = [];
for (let y = 1899; y <= 2101; y++) {
  for (const m of lunarYearMonths(y)) {
    const start = toDayNumber(m.start);
    months.push({ year: y, month: m.month, leap: m.leap, start, end: start + m.days });
  }
}

describe('lunar month table 1899–2101 against the method', () => {
  it('months are contiguous, 29 or 30 days, and each starts on the local day of a new moon', () => {
    const k0 = Math.round((months[0]!.start - dayNumberFromYmd(2000, 1, 6)) / 29.530588861);
    let bad = 0;
    months.forEach((m, i) => {
      if (m.end - m.start !== 29 && m.end - m.start !== 30) bad++;
      if (i > 0 && months[i - 1]!.end !== m.start) bad++;
      if (localDay(newMoonJdUt(k0 + i)) !== m.start) bad++;
    });
    expect(bad).toBe(0);
    expect(months.length).toBeGreaterThan(2400);
  });

  it('month 11 (not leap) of lunar year Y contains the December solstice of Y', () => {
    let bad = 0;
    for (let y = 1899; y <= 2100; y++) {
      const t = crossing(270, JD0 + dayNumberFromYmd(y, 12, 10), JD0 + dayNumberFromYmd(y, 12, 31));
      const s = localDay(t);
      const m = months.find((x) => x.start <= s && s < x.end)!;
      if (!(m.month === 11 && !m.leap && m.year === y)) bad++;
    }
    expect(bad).toBe(0);
  });

  it('12 or 13 months between consecutive months 11; with 13 the leap month is the first without a major term', () => {
    const elevens = months.flatMap((m, i) => (m.month === 11 && !m.leap ? [i] : []));
    let leapYears = 0;
    let bad = 0;
    for (let e = 0; e + 1 < elevens.length; e++) {
      const a = elevens[e]!;
      const b = elevens[e + 1]!;
      const span = months.slice(a, b);
      const leaps = span.filter((m) => m.leap);
      if (b - a !== 12 && b - a !== 13) bad++;
      if (leaps.length !== (b - a === 13 ? 1 : 0)) bad++;
      if (b - a !== 13) continue;
      leapYears++;
      // Major terms (trung khí, multiples of 30°) between the two months 11, found day by day.
      const termDays: number[] = [];
      for (let day = span[0]!.start; day < months[b]!.start; day++) {
        const jd1 = JD0 + day;
        const l1 = sunLongitudeAtUt(jd1);
        const l2 = sunLongitudeAtUt(jd1 + 1);
        const next = Math.ceil(l1 / 30) * 30;
        if ((l2 - l1 + 360) % 360 >= (next - l1 + 360) % 360 || l1 % 30 === 0) {
          termDays.push(localDay(crossing(next % 360, jd1, jd1 + 1)));
        }
      }
      const hasTerm = (m: M): boolean => termDays.some((t) => m.start <= t && t < m.end);
      const firstWithout = span.findIndex((m, i) => i > 0 && !hasTerm(m));
      const leapIndex = span.findIndex((m) => m.leap);
      if (firstWithout !== leapIndex) bad++;
      // a leap month repeats the number of the month before it
      if (span[leapIndex]!.month !== span[leapIndex - 1]!.month) bad++;
    }
    expect(bad).toBe(0);
    // about 7 leap months every 19 years
    expect(leapYears).toBeGreaterThan(70);
    expect(leapYears).toBeLessThan(80);
  });
});
