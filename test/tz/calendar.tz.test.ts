/**
 * The calendar never reads the process time zone: switching `TZ` at run time
 * (Node re-reads it) changes what `Date` says but not one of our answers.
 * The CI matrix also runs the whole calendar suite under four zones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  fromDayNumber,
  lunarToSolar,
  solarToLunar,
  toDayNumber,
  vietnamHolidays,
  workingDaysBetween,
  assertIsoDate,
} from '../../src/index.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

function fingerprint(): string {
  const parts: string[] = [];
  const from = toDayNumber(assertIsoDate('1966-01-01'));
  for (let n = from; n < from + 366 * 70; n += 13) {
    const l = solarToLunar(fromDayNumber(n));
    parts.push(`${l.year}/${l.month}${l.leap ? '+' : ''}/${l.day}`);
  }
  for (let y = 2020; y <= 2030; y++) {
    parts.push(lunarToSolar({ year: y, month: 1, day: 1 }));
    parts.push(
      vietnamHolidays(y)
        .map((h) => h.date)
        .join(','),
    );
  }
  parts.push(addWorkingDays(assertIsoDate('2026-02-13'), 7));
  parts.push(String(workingDaysBetween(assertIsoDate('2024-01-01'), assertIsoDate('2026-12-31'))));
  return parts.join(';');
}

describe('time-zone independence', () => {
  it('gives the same answers under UTC, Asia/Ho_Chi_Minh, America/Los_Angeles and Pacific/Kiritimati', () => {
    const seen = new Map<string, string>();
    const offsets = new Set<number>();
    for (const tz of ZONES) {
      process.env['TZ'] = tz;
      offsets.add(new Date(2026, 0, 1).getTimezoneOffset());
      seen.set(tz, fingerprint());
    }
    // The zone really changed (LA is UTC−8, Kiritimati UTC+14) …
    expect(offsets.size).toBeGreaterThanOrEqual(3);
    // … and our answers did not.
    expect(new Set(seen.values()).size).toBe(1);
    expect(solarToLunar(assertIsoDate('2026-02-17'))).toEqual({ year: 2026, month: 1, day: 1, leap: false });
  });
});
