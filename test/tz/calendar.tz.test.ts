/**
 * The calendar never reads the process time zone: switching `TZ` at run time
 * (Node re-reads it) changes what `Date` says but not one of our answers.
 * The CI matrix also runs the whole calendar suite under four zones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  formatDateVi,
  fromDayNumber,
  isoDateInVietnam,
  parseDateVi,
  startOfDayInVietnam,
  lunarToSolar,
  solarToLunar,
  toDayNumber,
  vietnamHolidays,
  workingDaysBetween,
  assertIsoDate,
} from '../../src/index.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
// Zones whose clocks skip local midnight on some days (DST starting at 00:00) or
// keep odd offsets: a Date built at a local midnight would land on another day.
const HARD_ZONES = [
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
];
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
  // The Date boundary and date-fns formatting/parsing: every day of 2018–2026 (DST
  // changes of every zone included) and a spread of days over years 1–9999.
  const days: number[] = [];
  for (let n = toDayNumber(assertIsoDate('2018-01-01')); n <= toDayNumber(assertIsoDate('2026-12-31')); n++)
    days.push(n);
  for (
    let n = toDayNumber(assertIsoDate('0001-01-01'));
    n < toDayNumber(assertIsoDate('9999-12-31'));
    n += 9973
  )
    days.push(n);
  for (const n of days) {
    const d = fromDayNumber(n);
    const start = startOfDayInVietnam(d);
    const shortForm = formatDateVi(d, { style: 'short' });
    const back = parseDateVi(shortForm);
    parts.push(
      `${start.getTime()}|${isoDateInVietnam(new Date(start.getTime() + 43_200_000))}|${formatDateVi(d, { style: 'weekday' })}|${back.ok ? back.value : 'x'}`,
    );
  }
  parts.push(String(workingDaysBetween(assertIsoDate('2024-01-01'), assertIsoDate('2026-12-31'))));
  return parts.join(';');
}

describe('time-zone independence', () => {
  it('gives the same answers under UTC, Asia/Ho_Chi_Minh, America/Los_Angeles and Pacific/Kiritimati (and zones that skip midnight)', () => {
    const seen = new Map<string, string>();
    const offsets = new Set<number>();
    for (const tz of [...ZONES, ...HARD_ZONES]) {
      process.env['TZ'] = tz;
      offsets.add(new Date(2026, 0, 1).getTimezoneOffset());
      seen.set(tz, fingerprint());
    }
    // The zone really changed (LA is UTC−8, Kiritimati UTC+14) …
    expect(offsets.size).toBeGreaterThanOrEqual(3);
    // … and our answers did not.
    expect(new Set(seen.values()).size).toBe(1);
    expect(solarToLunar(assertIsoDate('2026-02-17'))).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    // and the answers are the right ones, whatever the zone
    for (const tz of ZONES) {
      process.env['TZ'] = tz;
      expect(isoDateInVietnam(new Date('2018-06-30T17:00:00Z'))).toBe('2018-07-01');
      expect(startOfDayInVietnam(assertIsoDate('2018-07-01')).toISOString()).toBe('2018-06-30T17:00:00.000Z');
      expect(formatDateVi(assertIsoDate('2018-06-30'), { style: 'weekday' })).toBe(
        'Thứ Bảy, ngày 30 tháng 6 năm 2018',
      );
      expect(parseDateVi('31/12/2018')).toEqual({ ok: true, value: '2018-12-31' });
      expect(parseDateVi('31/11/2025').ok).toBe(false);
    }
  });
});
