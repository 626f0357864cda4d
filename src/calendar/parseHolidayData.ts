/**
 * Reading a yearly holiday schedule from users' JSON.
 *
 * @module
 */
import { copyInput, withInputIssues } from '../core/copyInput.js';
import { deepFreeze } from '../core/freeze.js';
import { type Issue, type IssuePath, type Result, fail, ok } from '../core/result.js';
import { toNfc } from '../core/text.js';
import type { HolidayData, HolidayEntry } from './holidayData.js';
import { type IsoDate, isIsoDate } from './isoDate.js';
import { badHolidayData, invalidIsoDate, unknownHolidayField } from './messages.js';
import { isWebAddress } from './webAddress.js';

const DATA_KEYS = new Set([
  'year',
  'source',
  'sourceUrls',
  'tetDays',
  'nationalDayAdjacent',
  'daysOff',
  'workingDays',
]);
const ENTRY_KEYS = new Set(['date', 'name', 'nameEn']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An own property (never one inherited from `Object.prototype`: a key `constructor` is just data). */
function field(x: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(x, key) ? x[key] : undefined;
}

function unknownKeys(
  x: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  path: IssuePath,
  out: Issue[],
): void {
  for (const key of Object.keys(x)) {
    if (!allowed.has(key)) out.push(unknownHolidayField([...path, key], key));
  }
}

function date(x: unknown, path: IssuePath, out: Issue[]): IsoDate | undefined {
  if (isIsoDate(x)) return x;
  out.push(invalidIsoDate(x, path));
  return undefined;
}

/** Text as stored: NFC through the text kernel (look-alike Ð as Đ, invisible characters dropped), trimmed. */
function text(x: unknown, path: IssuePath, out: Issue[], required: boolean): string | undefined {
  if (x === undefined && !required) return undefined;
  if (typeof x === 'string') {
    const t = toNfc(x).trim();
    if (t !== '') return t;
  }
  out.push(badHolidayData(path, 'Cần một chuỗi không rỗng', 'A non-empty string is required'));
  return undefined;
}

function list(x: unknown, path: IssuePath, out: Issue[]): readonly unknown[] | undefined {
  if (x === undefined) return undefined;
  if (Array.isArray(x)) return x;
  out.push(badHolidayData(path, 'Cần một danh sách', 'A list is required'));
  return undefined;
}

function entries(x: unknown, path: IssuePath, out: Issue[]): HolidayEntry[] | undefined {
  const raw = list(x, path, out);
  if (raw === undefined) return undefined;
  const result: HolidayEntry[] = [];
  for (let i = 0; i < raw.length; i++) {
    const e: unknown = raw[i];
    const p = [...path, i];
    if (!isRecord(e)) {
      out.push(badHolidayData(p, 'Cần một đối tượng { date, name }', 'An object { date, name } is required'));
      continue;
    }
    unknownKeys(e, ENTRY_KEYS, p, out);
    const d = date(field(e, 'date'), [...p, 'date'], out);
    const name = text(field(e, 'name'), [...p, 'name'], out, true);
    const nameEn = text(field(e, 'nameEn'), [...p, 'nameEn'], out, false);
    if (d !== undefined && name !== undefined)
      result.push(nameEn === undefined ? { date: d, name } : { date: d, name, nameEn });
  }
  return result;
}

/**
 * Reads a yearly announced holiday schedule ({@link HolidayData}) from
 * JSON-like data — e.g. the schedule for next year, written down the day it
 * is announced, for a year the library does not ship yet. Never throws:
 * every problem is an issue with its path (unknown fields, dates that do
 * not exist, a missing `source`, a `sourceUrls` entry that is not a web
 * address, a date outside the year ± 1). Text is normalised to NFC. The
 * value is deeply frozen; pass it to {@link vietnamWorkCalendar} (or
 * {@link vietnamHolidays}) to apply it.
 *
 * @example
 * ```ts
 * import { parseHolidayData, vietnamWorkCalendar, isWorkingDay, isoDate } from 'cchc';
 * const r = parseHolidayData({
 *   year: 2027,
 *   source: 'Công văn …/VPCP-KGVX của Văn phòng Chính phủ',
 *   sourceUrls: ['https://chinhphu.vn/'],
 *   daysOff: [{ date: '2027-05-03', name: 'Nghỉ hoán đổi dịp 30/4–1/5' }],
 *   workingDays: [{ date: '2027-05-08', name: 'Làm bù' }],
 * });
 * if (r.ok) {
 *   const calendar = vietnamWorkCalendar({ data: [r.value] });
 *   isWorkingDay(isoDate('2027-05-03'), calendar); // false
 *   isWorkingDay(isoDate('2027-05-08'), calendar); // true (a Saturday worked)
 * }
 * ```
 */
export function parseHolidayData(json: unknown): Result<HolidayData> {
  // A plain copy first: no getter, Proxy or cycle of the caller's value is read below.
  const copy = copyInput(json);
  const result = readHolidayData(copy.value);
  if (copy.issues.length === 0) return result;
  return fail(withInputIssues(copy.issues, result.ok ? [] : result.issues));
}

function readHolidayData(json: unknown): Result<HolidayData> {
  const out: Issue[] = [];
  if (!isRecord(json)) {
    return fail([
      badHolidayData([], 'Lịch nghỉ phải là một đối tượng JSON', 'The holiday data must be a JSON object'),
    ]);
  }
  unknownKeys(json, DATA_KEYS, [], out);
  const year = field(json, 'year');
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= 1 && year <= 9999;
  if (!yearOk) out.push(badHolidayData(['year'], 'Năm phải là số nguyên', 'year must be an integer'));
  const source = text(field(json, 'source'), ['source'], out, true);
  let sourceUrls: string[] | undefined;
  const rawUrls = list(field(json, 'sourceUrls'), ['sourceUrls'], out);
  if (rawUrls !== undefined) {
    sourceUrls = [];
    for (let i = 0; i < rawUrls.length; i++) {
      const u: unknown = rawUrls[i];
      const t = typeof u === 'string' ? toNfc(u).trim() : '';
      if (isWebAddress(t)) sourceUrls.push(t);
      else {
        out.push(
          badHolidayData(
            ['sourceUrls', i],
            'Cần một địa chỉ web (http:// hoặc https://)',
            'A web address (http:// or https://) is required',
          ),
        );
      }
    }
  }
  let tetDays: IsoDate[] | undefined;
  const rawTet = list(field(json, 'tetDays'), ['tetDays'], out);
  if (rawTet !== undefined) {
    tetDays = [];
    for (let i = 0; i < rawTet.length; i++) {
      const d = date(rawTet[i], ['tetDays', i], out);
      if (d !== undefined) tetDays.push(d);
    }
  }
  const rawAdjacent = field(json, 'nationalDayAdjacent');
  const nationalDayAdjacent =
    rawAdjacent === undefined ? undefined : date(rawAdjacent, ['nationalDayAdjacent'], out);
  const daysOff = entries(field(json, 'daysOff'), ['daysOff'], out);
  const workingDays = entries(field(json, 'workingDays'), ['workingDays'], out);
  if (yearOk) {
    const check = (d: IsoDate | undefined, path: IssuePath): void => {
      if (d === undefined) return;
      const y = Number(d.slice(0, 4));
      if (Math.abs(y - (year as number)) > 1) {
        out.push(
          badHolidayData(
            path,
            `Ngày ${d} không thuộc lịch nghỉ năm ${String(year)}`,
            `${d} does not belong to the schedule of ${String(year)}`,
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
  if (out.length > 0 || source === undefined || !yearOk) return fail(out);
  const value: {
    year: number;
    source: string;
    sourceUrls?: string[];
    tetDays?: IsoDate[];
    nationalDayAdjacent?: IsoDate;
    daysOff?: HolidayEntry[];
    workingDays?: HolidayEntry[];
  } = { year: year as number, source };
  if (sourceUrls !== undefined) value.sourceUrls = sourceUrls;
  if (tetDays !== undefined) value.tetDays = tetDays;
  if (nationalDayAdjacent !== undefined) value.nationalDayAdjacent = nationalDayAdjacent;
  if (daysOff !== undefined) value.daysOff = daysOff;
  if (workingDays !== undefined) value.workingDays = workingDays;
  return ok(deepFreeze(value));
}
