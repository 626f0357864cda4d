/**
 * The rules behind `vietnamHolidays` and the working-day table: the Labour
 * Code's holidays of a year, compensatory days and announced days off, as
 * day numbers.
 *
 * @internal
 * @module
 */
import { CchcError } from '../core/result.js';
import type { HolidayData, HolidayEntry } from './holidayData.js';
import { dayNumberFromYmd, fromDayNumber, toDayNumber, weekdayOfDayNumber } from './isoDate.js';
import { lunarToSolar, solarToLunar, LUNAR_MAX_YEAR } from './lunar.js';
import { unsupportedYear } from './messages.js';

/** Why a day is off (the public `HolidayKind`). */
type OffKind = 'holiday' | 'compensatory' | 'announced';

/**
 * The first year whose holidays the library computes: 2014, the first Tết
 * under Bộ luật Lao động 2012 (in force from 1 May 2013). Earlier years had
 * other rules (Tết 4 days) that the library does not model.
 *
 * @example
 * ```ts
 * import { HOLIDAYS_MIN_YEAR } from 'cchc';
 * HOLIDAYS_MIN_YEAR; // 2014
 * ```
 */
export const HOLIDAYS_MIN_YEAR = 2014;

/**
 * The last year whose holidays the library computes (the lunar calendar's
 * last year, 2199).
 *
 * @example
 * ```ts
 * import { HOLIDAYS_MAX_YEAR } from 'cchc';
 * HOLIDAYS_MAX_YEAR; // 2199
 * ```
 */
export const HOLIDAYS_MAX_YEAR: number = LUNAR_MAX_YEAR;

/** @internal Throws unless the year's holidays can be computed. */
export function checkHolidayYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAYS_MIN_YEAR || year > HOLIDAYS_MAX_YEAR) {
    throw new CchcError([unsupportedYear(year, HOLIDAYS_MIN_YEAR, HOLIDAYS_MAX_YEAR)]);
  }
}

/** A day off as day number, internal form. @internal */
export interface Off {
  readonly day: number;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: OffKind;
}

/** Label of a Tết day relative to mùng 1. */
function tetName(day: number, tet: number): { name: string; nameEn: string } {
  const offset = day - tet;
  if (offset >= 0) {
    return { name: `Tết Âm lịch (mùng ${offset + 1})`, nameEn: `Lunar New Year (Tết, day ${offset + 1})` };
  }
  const l = solarToLunar(fromDayNumber(day));
  return {
    name: `Tết Âm lịch (${l.day} tháng Chạp)`,
    nameEn: `Lunar New Year (Tết, ${l.day} of the 12th lunar month)`,
  };
}

/**
 * The default five Tết days when no announced schedule fixes them (NOT law:
 * the Prime Minister fixes them each year): two days before mùng 1 and three
 * after, except when mùng 1 is a Tuesday — then one before and four after, so
 * the five days are Monday–Friday. This gives the days announced for every
 * year the library ships (2022 and 2026: Tết on a Tuesday; 2023, 2024, 2025).
 */
function defaultTetDays(tet: number): number[] {
  const first = weekdayOfDayNumber(tet) === 2 ? tet - 1 : tet - 2;
  return [first, first + 1, first + 2, first + 3, first + 4];
}

/**
 * The default day beside 2/9 when no announced schedule fixes it: the day
 * before (1/9), except when 2/9 is a Thursday (then Friday 3/9, joining the
 * weekend) or a Monday (then Tuesday 3/9; the day before would be a Sunday
 * and bring a compensatory Tuesday anyway). This gives the day announced
 * for every year the library ships (2022–2026).
 */
function defaultNationalDayAdjacent(year: number): number {
  const sep2 = dayNumberFromYmd(year, 9, 2);
  const w = weekdayOfDayNumber(sep2);
  return w === 4 || w === 1 ? sep2 + 1 : sep2 - 1;
}

/**
 * The Labour Code's holidays and compensatory days of a year as internal
 * records, sorted. `isRestDay` tells the weekly rest days; `data` (the year's
 * schedule) fixes the Tết days and the day beside 2/9.
 *
 * @internal
 */
export function holidayDays(
  year: number,
  data: HolidayData | undefined,
  isRestDay: (day: number) => boolean,
): readonly Off[] {
  checkHolidayYear(year);
  const legal: Off[] = [];
  const add = (day: number, name: string, nameEn: string): void => {
    legal.push({ day, name, nameEn, kind: 'holiday' });
  };
  // Bộ luật Lao động 2019, Điều 112 khoản 1 (from 2021); Bộ luật Lao động 2012,
  // Điều 115 khoản 1 (2014–2020: the same days, but Quốc khánh only 2/9).
  add(dayNumberFromYmd(year, 1, 1), 'Tết Dương lịch', "New Year's Day");
  const tet = toDayNumber(lunarToSolar({ year, month: 1, day: 1 }));
  const tetDays = data?.tetDays?.map(toDayNumber) ?? defaultTetDays(tet);
  for (const day of tetDays) {
    const n = tetName(day, tet);
    add(day, n.name, n.nameEn);
  }
  add(
    toDayNumber(lunarToSolar({ year, month: 3, day: 10 })),
    'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    'Hung Kings Commemoration Day (10th day of the 3rd lunar month)',
  );
  add(dayNumberFromYmd(year, 4, 30), 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)');
  add(dayNumberFromYmd(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)', "International Workers' Day (1 May)");
  add(dayNumberFromYmd(year, 9, 2), 'Quốc khánh (2/9)', 'National Day (2 September)');
  if (year >= 2021) {
    const adjacent =
      data?.nationalDayAdjacent === undefined
        ? defaultNationalDayAdjacent(year)
        : toDayNumber(data.nationalDayAdjacent);
    add(adjacent, 'Quốc khánh (ngày liền kề 2/9)', 'National Day (the day beside 2 September)');
  }
  legal.sort((a, b) => a.day - b.day);

  // Bộ luật Lao động 2019, Điều 111 khoản 3 (the 2012 Code, Điều 115, had the same rule):
  // a holiday on a weekly rest day gives the next working day off. Each such
  // holiday day gives one compensatory day, the first day after it that is
  // neither a rest day, nor a holiday, nor already a compensatory day.
  const taken = new Set(legal.map((h) => h.day));
  const out: Off[] = [...legal];
  const seen = new Set<number>();
  for (const h of legal) {
    if (seen.has(h.day)) continue; // two holidays on one day give one day off
    seen.add(h.day);
    if (!isRestDay(h.day)) continue;
    let c = h.day + 1;
    while (isRestDay(c) || taken.has(c)) c += 1;
    taken.add(c);
    out.push({
      day: c,
      name: `Nghỉ bù ${h.name}`,
      nameEn: `Compensatory day off for ${h.nameEn}`,
      kind: 'compensatory',
    });
  }
  return out.sort((a, b) => a.day - b.day || (a.kind === b.kind ? 0 : a.kind === 'holiday' ? -1 : 1));
}

/** A weekly rest day made a working day by an announced swap, internal form. @internal */
export interface Worked {
  readonly day: number;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * The announced data a calendar applies, arranged for {@link yearSchedule}:
 * each year's schedule, and the announced days off and working days by the
 * year their DATE falls in (the 2019 schedule gives Monday 31/12/2018 off).
 *
 * @internal
 */
export interface ScheduleRules {
  readonly dataByYear: ReadonlyMap<number, HolidayData>;
  readonly offByYear: ReadonlyMap<number, readonly HolidayEntry[]>;
  readonly onByYear: ReadonlyMap<number, readonly HolidayEntry[]>;
}

function bucket(entries: readonly HolidayEntry[], map: Map<number, HolidayEntry[]>): void {
  for (const e of entries) {
    const y = Number(e.date.slice(0, 4));
    const list = map.get(y);
    if (list === undefined) map.set(y, [e]);
    else list.push(e);
  }
}

/** @internal Arranges a calendar's announced schedules (at most one per year). */
export function scheduleRules(data: readonly HolidayData[]): ScheduleRules {
  const dataByYear = new Map<number, HolidayData>();
  const offByYear = new Map<number, HolidayEntry[]>();
  const onByYear = new Map<number, HolidayEntry[]>();
  for (const d of data) {
    dataByYear.set(d.year, d);
    bucket(d.daysOff ?? [], offByYear);
    bucket(d.workingDays ?? [], onByYear);
  }
  return { dataByYear, offByYear, onByYear };
}

/**
 * Every day of a year that is not what its weekday says: the days off that
 * are not weekly rest days (and holidays that fall on one), and the weekly
 * rest days made working days. The ONE source of both `vietnamHolidays` and
 * the working-day table, so the two always agree:
 *
 * - `off`: the Labour Code's holidays and compensatory days of `year` (with
 *   the year's schedule fixing Tết and the day beside 2/9), then every
 *   announced day off dated in `year`, whichever year's schedule names it;
 *   minus the days an announced schedule makes working days;
 * - `worked`: every announced working day dated in `year`.
 *
 * @internal
 */
export function yearSchedule(
  rules: ScheduleRules,
  year: number,
  isRestDay: (day: number) => boolean,
): { readonly off: readonly Off[]; readonly worked: readonly Worked[] } {
  const start = dayNumberFromYmd(year, 1, 1);
  const end = dayNumberFromYmd(year + 1, 1, 1);
  const worked: Worked[] = [];
  const workedDays = new Set<number>();
  for (const e of rules.onByYear.get(year) ?? []) {
    const day = toDayNumber(e.date);
    if (workedDays.has(day)) continue;
    workedDays.add(day);
    worked.push({ day, name: e.name, nameEn: e.nameEn ?? e.name });
  }
  const off: Off[] = [];
  const taken = new Set<number>();
  for (const h of holidayDays(year, rules.dataByYear.get(year), isRestDay)) {
    if (h.day < start || h.day >= end || workedDays.has(h.day)) continue;
    taken.add(h.day);
    off.push(h);
  }
  for (const e of rules.offByYear.get(year) ?? []) {
    const day = toDayNumber(e.date);
    if (taken.has(day) || workedDays.has(day)) continue;
    taken.add(day);
    off.push({ day, name: e.name, nameEn: e.nameEn ?? e.name, kind: 'announced' });
  }
  const order: Record<OffKind, number> = { holiday: 0, compensatory: 1, announced: 2 };
  off.sort((a, b) => a.day - b.day || order[a.kind] - order[b.kind]);
  worked.sort((a, b) => a.day - b.day);
  return { off, worked };
}
