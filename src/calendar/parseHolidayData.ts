/**
 * Reading a yearly holiday schedule from users' JSON.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { type Issue, type IssuePath, type Result, fail, issue, ok } from '../core/result.js';
import type { HolidayData, HolidayEntry } from './holidayData.js';
import { type IsoDate, isIsoDate } from './isoDate.js';

const DATA_KEYS = new Set(['year', 'source', 'tetDays', 'nationalDayAdjacent', 'daysOff', 'workingDays']);
const ENTRY_KEYS = new Set(['date', 'name', 'nameEn']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function unknownKeys(
  x: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  path: IssuePath,
  out: Issue[],
): void {
  for (const key of Object.keys(x)) {
    if (!allowed.has(key)) {
      out.push(
        issue([...path, key], 'unknown_field', `Trường "${key}" không được hỗ trợ`, `Unknown field "${key}"`),
      );
    }
  }
}

function date(x: unknown, path: IssuePath, out: Issue[]): IsoDate | undefined {
  if (isIsoDate(x)) return x;
  out.push(
    issue(
      path,
      'invalid_date',
      `${JSON.stringify(x) ?? String(x)} không phải là ngày hợp lệ dạng YYYY-MM-DD`,
      `${JSON.stringify(x) ?? String(x)} is not a valid YYYY-MM-DD date`,
    ),
  );
  return undefined;
}

function text(x: unknown, path: IssuePath, out: Issue[], required: boolean): string | undefined {
  if (x === undefined && !required) return undefined;
  if (typeof x === 'string' && x.trim() !== '') return x.normalize('NFC').trim();
  out.push(issue(path, 'invalid_holiday_data', 'Cần một chuỗi không rỗng', 'A non-empty string is required'));
  return undefined;
}

function entries(x: unknown, path: IssuePath, out: Issue[]): HolidayEntry[] | undefined {
  if (x === undefined) return undefined;
  if (!Array.isArray(x)) {
    out.push(issue(path, 'invalid_holiday_data', 'Cần một danh sách', 'A list is required'));
    return undefined;
  }
  const list: HolidayEntry[] = [];
  x.forEach((e: unknown, i) => {
    const p = [...path, i];
    if (!isRecord(e)) {
      out.push(
        issue(
          p,
          'invalid_holiday_data',
          'Cần một đối tượng { date, name }',
          'An object { date, name } is required',
        ),
      );
      return;
    }
    unknownKeys(e, ENTRY_KEYS, p, out);
    const d = date(e['date'], [...p, 'date'], out);
    const name = text(e['name'], [...p, 'name'], out, true);
    const nameEn = text(e['nameEn'], [...p, 'nameEn'], out, false);
    if (d !== undefined && name !== undefined)
      list.push(nameEn === undefined ? { date: d, name } : { date: d, name, nameEn });
  });
  return list;
}

/**
 * Reads a yearly announced holiday schedule ({@link HolidayData}) from
 * JSON-like data, e.g. a file an office keeps for a year the library does not
 * ship. Never throws: every problem is an issue with its path (unknown
 * fields, dates that do not exist, a missing `source`, a date outside the
 * year ± 1). Text is normalised to NFC. The value is deeply frozen.
 *
 * @example
 * ```ts
 * import { parseHolidayData, vietnamWorkCalendar } from 'cchc';
 * const r = parseHolidayData({
 *   year: 2026,
 *   source: 'Công văn 9859/VPCP-KGVX',
 *   daysOff: [{ date: '2026-08-31', name: 'Nghỉ hoán đổi' }],
 *   workingDays: [{ date: '2026-08-22', name: 'Làm bù' }],
 * });
 * if (r.ok) vietnamWorkCalendar({ data: [r.value] });
 * ```
 */
export function parseHolidayData(json: unknown): Result<HolidayData> {
  const out: Issue[] = [];
  if (!isRecord(json)) {
    return fail([
      issue(
        [],
        'invalid_holiday_data',
        'Lịch nghỉ phải là một đối tượng JSON',
        'The holiday data must be a JSON object',
      ),
    ]);
  }
  unknownKeys(json, DATA_KEYS, [], out);
  const year = json['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
    out.push(issue(['year'], 'invalid_holiday_data', 'Năm phải là số nguyên', 'year must be an integer'));
  }
  const source = text(json['source'], ['source'], out, true);
  let tetDays: IsoDate[] | undefined;
  if (json['tetDays'] !== undefined) {
    const raw = json['tetDays'];
    if (!Array.isArray(raw)) {
      out.push(
        issue(['tetDays'], 'invalid_holiday_data', 'Cần một danh sách ngày', 'A list of dates is required'),
      );
    } else {
      tetDays = [];
      raw.forEach((x: unknown, i) => {
        const d = date(x, ['tetDays', i], out);
        if (d !== undefined) tetDays?.push(d);
      });
    }
  }
  const nationalDayAdjacent =
    json['nationalDayAdjacent'] === undefined
      ? undefined
      : date(json['nationalDayAdjacent'], ['nationalDayAdjacent'], out);
  const daysOff = entries(json['daysOff'], ['daysOff'], out);
  const workingDays = entries(json['workingDays'], ['workingDays'], out);
  if (typeof year === 'number') {
    const check = (d: IsoDate | undefined, path: IssuePath): void => {
      if (d === undefined) return;
      const y = Number(d.slice(0, 4));
      if (Math.abs(y - year) > 1) {
        out.push(
          issue(
            path,
            'invalid_holiday_data',
            `Ngày ${d} không thuộc lịch nghỉ năm ${year}`,
            `${d} does not belong to the schedule of ${year}`,
          ),
        );
      }
    };
    tetDays?.forEach((d, i) => {
      check(d, ['tetDays', i]);
    });
    check(nationalDayAdjacent, ['nationalDayAdjacent']);
    daysOff?.forEach((e, i) => {
      check(e.date, ['daysOff', i, 'date']);
    });
    workingDays?.forEach((e, i) => {
      check(e.date, ['workingDays', i, 'date']);
    });
  }
  if (out.length > 0 || source === undefined || typeof year !== 'number') return fail(out);
  const value: {
    year: number;
    source: string;
    tetDays?: IsoDate[];
    nationalDayAdjacent?: IsoDate;
    daysOff?: HolidayEntry[];
    workingDays?: HolidayEntry[];
  } = { year, source };
  if (tetDays !== undefined) value.tetDays = tetDays;
  if (nationalDayAdjacent !== undefined) value.nationalDayAdjacent = nationalDayAdjacent;
  if (daysOff !== undefined) value.daysOff = daysOff;
  if (workingDays !== undefined) value.workingDays = workingDays;
  return ok(deepFreeze(value));
}
