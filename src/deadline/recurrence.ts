/**
 * Recurring rules inside deadline text (internal): the period ("hàng quý",
 * "Mỗi tháng 02 kỳ", "định kỳ 6 tháng", "Hằng tuần") and the cut-off that
 * places each occurrence ("trước ngày 15 của tháng cuối quý", "trước 16h00
 * thứ Sáu", "trước ngày 15 tháng 6", "Tháng 12 hằng năm").
 *
 * @internal
 * @module
 */
import { daysInMonth } from '../calendar/isoDate.js';
import type { Weekday } from '../calendar/isoDate.js';
import {
  Cursor,
  isFailure,
  num,
  readClock,
  roman,
  type Failure,
  AMBIGUOUS,
  IMPOSSIBLE_DATE,
  IMPOSSIBLE_PERIOD,
  UNRECOGNISED,
} from './cursor.js';
import { readWeekNumber } from './part.js';
import { endsBare } from './span.js';
import type { Token } from './text.js';
import type { RecurrenceCutoff, RecurringDeadline } from './types.js';

/** The period unit of a recurrence. */
export type Every = RecurringDeadline['every'];

// The word tables below are switches: looking words of every kind up as keys of an object is a
// generic (slow) property lookup each time, and would find what objects inherit ("constructor").

/** The period a word names: "tuần", "tháng", "quý", "năm"; undefined for any other word. */
function unitOf(v: string): Every | undefined {
  switch (v) {
    case 'tuan':
      return 'week';
    case 'thang':
      return 'month';
    case 'quy':
      return 'quarter';
    case 'nam':
      return 'year';
    default:
      return undefined;
  }
}

/** The period of so many months ("6 tháng"): 1, 3, 6 or 12; undefined for any other number. */
function byMonths(n: number): Every | undefined {
  switch (n) {
    case 1:
      return 'month';
    case 3:
      return 'quarter';
    case 6:
      return 'half';
    case 12:
      return 'year';
    default:
      return undefined;
  }
}

/** A small number written as a word ("một" … "sáu"), or undefined. */
function small(v: string): number | undefined {
  switch (v) {
    case 'mot':
      return 1;
    case 'hai':
      return 2;
    case 'ba':
      return 3;
    case 'bon':
      return 4;
    case 'nam':
      return 5;
    case 'sau':
      return 6;
    default:
      return undefined;
  }
}

/** Months in one period of each unit (weeks have none). */
export const MONTHS_IN: Readonly<Record<Every, number>> = {
  week: 0,
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** A recurrence found in the tokens, and the tokens it used. */
export interface FoundRecurrence {
  readonly every: Every;
  readonly times: number;
  /** Tokens left once the recurrence words are taken out. */
  readonly rest: readonly Token[];
}

/**
 * Finds the recurrence words in `tokens` ("định kỳ", "hàng quý", "mỗi tháng
 * 02 kỳ", "định kỳ 6 tháng", "6 tháng một lần"). Returns null when there are
 * none, a failure when "định kỳ" names no period.
 */
export function findRecurrence(tokens: readonly Token[]): FoundRecurrence | Failure | null {
  // every recurrence names "kỳ", "lần", "hàng/hằng" or "mỗi", or a month or
  // week of an unnamed period ("tháng cuối quý", "của tháng", "tuần cuối tháng")
  let any = false;
  for (const t of tokens) {
    if (t.k === 'w' && RECURRENCE_HINT.has(t.v)) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  const c = new Cursor(tokens);
  const rest: Token[] = [];
  const st: UnitState = { every: null, times: 1, units: 0 };
  let dinhKy = false;
  // right after "định kỳ", or after a period and a list separator ("hàng quý, 6 tháng và năm")
  let listed = false;
  while (!c.done) {
    const t = c.at() as Token;
    if (c.w2('dinh', 'ky')) {
      dinhKy = true;
      listed = true;
      c.i += 2;
      continue;
    }
    if (t.k === 'w' && (t.v === 'hang' || t.v === 'moi')) {
      const u = c.at(1);
      const unit = u !== undefined && u.k === 'w' ? unitOf(u.v) : undefined;
      if (unit !== undefined) {
        c.i += 2;
        take(st, unit, readTimes(c) ?? 1);
        listed = false;
        continue;
      }
    }
    if (t.k === 'n' && c.w('thang', 1) && byMonths(num(t)) !== undefined) {
      const unit = byMonths(num(t)) as Every;
      const one = c.w('mot', 2) || c.n(2)?.v === '1' || c.n(2)?.v === '01';
      if (one && (c.w('lan', 3) || c.w('ky', 3))) {
        c.i += 4;
        take(st, unit, 1);
        listed = false;
        continue;
      }
      if (listed && !c.w('dau', 2) && !c.w('cuoi', 2)) {
        c.i += 2;
        take(st, unit, readTimes(c) ?? 1);
        listed = false;
        continue;
      }
    }
    if (
      listed &&
      t.k === 'w' &&
      unitOf(t.v) !== undefined &&
      c.n(1) === null &&
      !c.p('/', 1) &&
      // "tuần cuối", "tháng đầu quý", "tuần thứ 2": a cut-off, not a period
      !c.w('cuoi', 1) &&
      !c.w('dau', 1) &&
      !c.w('thu', 1)
    ) {
      const unit = unitOf(t.v) as Every;
      c.i += 1;
      take(st, unit, readTimes(c) ?? 1);
      listed = false;
      continue;
    }
    if (st.units > 0 && ((t.k === 'p' && t.v === ',') || (t.k === 'w' && (t.v === 'va' || t.v === 'hoac')))) {
      listed = true;
    } else if (!(t.k === 'p' && t.v === ':')) {
      listed = false;
    }
    rest.push(t);
    c.i++;
  }
  if (st.every === null) {
    // no rule word: the period a cut-off names ("trước ngày 25 của tháng cuối quý")
    const implied = impliedPeriod(tokens);
    if (implied === 'unnamed') return AMBIGUOUS;
    if (implied !== null) return { every: implied, times: 1, rest };
    return dinhKy ? UNRECOGNISED : null;
  }
  if (st.times < 1 || st.times > 31 || (st.units > 1 && st.times > 1)) return UNRECOGNISED;
  return { every: st.every, times: st.times, rest };
}

/**
 * "6 tháng, năm", "Quý, 6 tháng, năm", "Báo cáo 6 tháng và năm": two periods
 * or more listed on their own (no number but "6 tháng"), as the reporting
 * column of a plan writes its periodic reports, possibly followed by their
 * cut-off ("Báo cáo quý, 6 tháng trước ngày 20 tháng cuối quý"). Returns the
 * tokens with a "định kỳ" in front, to read as a rule; null for anything else.
 */
export function periodList(tokens: readonly Token[]): Token[] | null {
  // a quick test first: a list starts with "báo cáo", a period word or a number ("6 tháng")
  const f = tokens[0];
  if (f === undefined || f.k === 'p' || (f.k === 'w' && f.v !== 'bao' && unitOf(f.v) === undefined))
    return null;
  // and a second period follows the first after ",", ";" or "và" (else it is no list)
  let k = f.k === 'w' && f.v === 'bao' && tokens[1]?.k === 'w' && tokens[1].v === 'cao' ? 2 : 0;
  const a = tokens[k];
  if (a?.k === 'n' && tokens[k + 1]?.k === 'w' && tokens[k + 1]?.v === 'thang') k += 2;
  else k++;
  const sep = tokens[k];
  if (sep === undefined || !((sep.k === 'p' && (sep.v === ',' || sep.v === ';')) || sep.v === 'va'))
    return null;
  const c = new Cursor(tokens);
  if (c.w2('bao', 'cao')) c.i += 2;
  const start = c.i;
  let items = 0;
  while (!c.done) {
    if (c.n() !== null && byMonths(num(c.at() as Token)) !== undefined && c.w('thang', 1)) c.i += 2;
    else if ((c.at() as Token).k === 'w' && unitOf((c.at() as Token).v) !== undefined) c.i++;
    else return null;
    items++;
    const t = c.at();
    // "Báo cáo quý, 6 tháng trước ngày 20 tháng cuối quý": the periods, then their cut-off
    if (t === undefined || t.v === 'truoc' || t.v === 'cham' || t.v === ':') break;
    if (!((t.k === 'p' && (t.v === ',' || t.v === ';')) || t.v === 'va')) return null;
    c.i++;
  }
  if (items < 2) return null;
  const at = tokens[start] as Token;
  return [
    { k: 'w', v: 'dinh', s: at.s, e: at.s, nl: false },
    { k: 'w', v: 'ky', s: at.s, e: at.s, nl: false },
    ...tokens.slice(start),
  ];
}

/** Words without which no recurrence is read (a quick test first). */
const RECURRENCE_HINT: ReadonlySet<string> = new Set([
  'ky',
  'hang',
  'moi',
  'lan',
  'cua',
  'cuoi',
  'dau',
  'tuan',
]);

/** Whether a token is a number or a Roman numeral (a named quarter: "quý III"). */
function isNumberLike(t: Token | undefined): boolean {
  return t !== undefined && (t.k === 'n' || (t.k === 'w' && roman(t.v) !== null));
}

/**
 * The first period a cut-off names without a rule word (see
 * {@link impliedUnit}): 'unnamed' only when no cut-off names a period.
 */
function impliedPeriod(tokens: readonly Token[]): Every | 'unnamed' | null {
  const c = new Cursor(tokens);
  let unnamed = false;
  for (; !c.done; c.i++) {
    const t = c.at() as Token;
    if (t.k !== 'w' || (t.v !== 'thang' && t.v !== 'cua' && t.v !== 'tuan')) continue;
    const u = impliedUnit(c);
    if (u === 'unnamed') unnamed = true;
    else if (u !== null) return u;
  }
  return unnamed ? 'unnamed' : null;
}

/**
 * The period a cut-off names at the cursor without a rule word: "tháng
 * cuối (cùng) (của) (mỗi) quý" → quarter (but not "tháng cuối quý III"),
 * "của tháng" / "tuần … (của) tháng" with no month number → month, "tháng
 * cuối kỳ" → 'unnamed'. Null otherwise. Reads only; the cut-off reader takes
 * the words.
 */
function impliedUnit(c: Cursor): Every | 'unnamed' | null {
  const t = c.at() as Token;
  if (t.v === 'thang') {
    if (!c.w('cuoi', 1) && !c.w('dau', 1)) return null;
    let j = 2;
    if (c.w('cung', j) || c.w('tien', j)) j++;
    if (c.w('cua', j)) j++;
    if (c.w('moi', j)) j++;
    if (c.w('quy', j) && !isNumberLike(c.at(j + 1))) return 'quarter';
    if (c.w('ky', j)) return 'unnamed';
    return null;
  }
  if (t.v === 'cua') return bareMonth(c, 1) ? 'month' : null;
  if (t.v === 'tuan') {
    const probe = new Cursor(c.tokens, c.i, c.end);
    if (readWeekNumber(probe) === null) return null;
    return bareMonth(c, probe.i - c.i + (probe.w('cua') ? 1 : 0)) ? 'month' : null;
  }
  return null;
}

/** Whether "tháng" at offset `j` names no month ("của tháng", not "của tháng 6" nor "tháng cuối"). */
function bareMonth(c: Cursor, j: number): boolean {
  return (
    c.w('thang', j) &&
    !isNumberLike(c.at(j + 1)) &&
    !c.w('cuoi', j + 1) &&
    !c.w('dau', j + 1) &&
    !c.w('thu', j + 1)
  );
}

interface UnitState {
  every: Every | null;
  times: number;
  units: number;
}

/** Counts a period named in a rule, keeping the finest. */
function take(st: UnitState, unit: Every, times: number): void {
  st.units++;
  if (st.every === null || order(unit) < order(st.every)) {
    st.every = unit;
    st.times = times;
  }
}

/** Finer periods first: a rule for several periods keeps the finest (quarter ends include half-year and year ends). */
function order(e: Every): number {
  switch (e) {
    case 'week':
      return 0;
    case 'month':
      return 1;
    case 'quarter':
      return 2;
    case 'half':
      return 3;
    case 'year':
      return 4;
  }
}

/** "02 kỳ", "một kỳ", "2 lần" right after the period. */
function readTimes(c: Cursor): number | null {
  const t = c.at();
  if (t === undefined || !(c.w('ky', 1) || c.w('lan', 1))) return null;
  if (t.k === 'n' && t.v.length <= 2) {
    c.i += 2;
    return num(t);
  }
  const n = t.k === 'w' ? small(t.v) : undefined;
  if (n !== undefined) {
    c.i += 2;
    return n;
  }
  return null;
}

/** The weekday a word after "thứ" names ("hai" … "bảy"), or undefined. */
function weekdayWord(v: string): Weekday | undefined {
  switch (v) {
    case 'hai':
      return 1;
    case 'ba':
      return 2;
    case 'tu':
      return 3;
    case 'nam':
      return 4;
    case 'sau':
      return 5;
    case 'bay':
      return 6;
    default:
      return undefined;
  }
}

/** "thứ Sáu", "thứ 6", "chủ nhật" at the cursor. */
function readWeekday(c: Cursor): Weekday | null {
  if (c.w2('chu', 'nhat')) {
    c.i += 2;
    return 0;
  }
  if (!c.w('thu')) return null;
  const t = c.at(1);
  if (t === undefined) return null;
  const wd = t.k === 'w' ? weekdayWord(t.v) : undefined;
  if (wd !== undefined) {
    c.i += 2;
    return wd;
  }
  if (t.k === 'n' && t.v.length === 1 && num(t) >= 2 && num(t) <= 7) {
    c.i += 2;
    return (num(t) - 1) as Weekday;
  }
  return null;
}

/** How many words at offset `o` say "the next one": "sau", "tiếp theo", "kế tiếp" (0 when none). */
function followingWords(c: Cursor, o: number): number {
  if (c.w('sau', o)) return 1;
  if (c.w2('tiep', 'theo', o) || c.w2('ke', 'tiep', o)) return 2;
  return 0;
}

function followedByYear(c: Cursor): boolean {
  const a = c.at();
  const b = c.at(1);
  return (
    ((a?.k === 'p' && a.v === '/') || (a?.k === 'w' && a.v === 'nam')) && b?.k === 'n' && b.v.length === 4
  );
}

/** Reads a cut-off at the cursor (after an optional "trước"), or null. */
function readCutoff(c: Cursor, every: Every): RecurrenceCutoff | Failure | null {
  const start = c.i;
  let before = false;
  if (c.w('truoc')) {
    before = true;
    c.i++;
  }
  // weekday with an optional clock time before or after it
  {
    const save = c.i;
    let time = readClock(c);
    if (c.w('ngay') && c.w('thu', 1)) c.i++;
    const wd = readWeekday(c);
    if (wd !== null) {
      if (time === null) time = readClock(c);
      if (every !== 'week') return UNRECOGNISED;
      return { kind: 'weekday', weekday: wd, time, before };
    }
    c.i = save;
  }
  // "tuần thứ 2 của tháng", "tuần cuối tháng": a week of each month
  if (c.w('tuan')) {
    const save = c.i;
    const week = readWeekNumber(c);
    if (week !== null) {
      if (c.w('cua')) c.i++;
      // "tuần cuối tháng 6 hằng năm": a week of a named month is no cut-off of a rule
      if (c.w('thang') && c.n(1) !== null) return UNRECOGNISED;
      if (c.w('thang')) c.i++;
      if (before || every !== 'month') return UNRECOGNISED;
      return { kind: 'week-of-month', week };
    }
    c.i = save;
  }
  // "trước 30/11 hằng năm", "Hằng năm (trước 15/12)": a day and month written bare, as
  // "ngày 30/11" would be — a day of each year, unless a year follows ("30/11/2026")
  if (every === 'year' && isDayMonth(c, 0)) {
    const day = num(c.n() as Token);
    const month = num(c.n(2) as Token);
    c.i += 3;
    if (followedByYear(c)) {
      c.i = start;
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return IMPOSSIBLE_DATE;
    return { kind: 'day-of-year', month, day, before };
  }
  if (c.w('ngay') && c.n(1) !== null && (c.n(1) as Token).v.length <= 2) {
    const day = num(c.n(1) as Token);
    c.i += 2;
    // "ngày 15/6", "ngày 15 tháng 6": a day each year
    if ((c.p('/') || c.w('thang')) && c.n(1) !== null && (c.n(1) as Token).v.length <= 2) {
      const month = num(c.n(1) as Token);
      c.i += 2;
      if (followedByYear(c)) {
        c.i = start;
        return null;
      }
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return IMPOSSIBLE_DATE;
      return { kind: 'day-of-year', month, day, before };
    }
    if (day < 1 || day > 31) return IMPOSSIBLE_DATE;
    if (every === 'week') return UNRECOGNISED;
    // "của tháng cuối quý", "tháng đầu quý", "tháng thứ 2 của quý", "tháng cuối
    // cùng của mỗi quý", "tháng đầu quý sau", "của tháng sau", "của tháng"
    const c2 = c.i;
    if (c.w('cua')) c.i++;
    let month: 'first' | 'last' | 'next' | number | null = null;
    if (c.w('thang')) {
      if (c.w('cuoi', 1)) month = 'last';
      else if (c.w('dau', 1)) month = 'first';
      else if (c.w('thu', 1) && c.n(2) !== null && (c.n(2) as Token).v.length <= 2)
        month = num(c.n(2) as Token);
      else if (followingWords(c, 1) > 0) {
        // "ngày 10 của tháng sau": the month after the period
        c.i += 1 + followingWords(c, 1);
        return { kind: 'day-of-month', day, month: 'next', before };
      } else if (c.n(1) === null && !c.p('/', 1)) {
        // "trước ngày 15 của tháng": of each month
        c.i += 1;
        if (every !== 'month') return AMBIGUOUS;
        return { kind: 'day-of-month', day, month: 'last', before };
      }
    }
    if (month === null) {
      c.i = c2;
      month = 'last';
    } else {
      c.i += typeof month === 'number' ? 3 : 2;
      if (c.w('cung') || c.w('tien')) c.i++;
      if (c.w('cua')) c.i++;
      if (c.w('moi')) c.i++;
      if (c.w('quy') || c.w('nam') || c.w('ky') || c.w('thang')) c.i++;
      const after = followingWords(c, 0);
      if (after > 0) {
        // "tháng đầu quý sau": the first month of the next period
        if (month !== 'first') return UNRECOGNISED;
        c.i += after;
        month = 'next';
      }
    }
    if (typeof month === 'number' && (month < 1 || month > MONTHS_IN[every])) return IMPOSSIBLE_PERIOD;
    if (every === 'month' && month !== 'next') month = 'last';
    return { kind: 'day-of-month', day, month, before };
  }
  if (c.w('thang') && c.n(1) !== null && (c.n(1) as Token).v.length <= 2 && every === 'year') {
    const month = num(c.n(1) as Token);
    c.i += 2;
    if (followedByYear(c)) {
      c.i = start;
      return null;
    }
    if (month < 1 || month > 12) return IMPOSSIBLE_PERIOD;
    if (before) return UNRECOGNISED;
    return { kind: 'month-of-year', month };
  }
  c.i = start;
  return null;
}

/** Whether a day and month of one or two digits each ("30/11") start at offset `o`. */
function isDayMonth(c: Cursor, o: number): boolean {
  const d = c.n(o);
  const m = c.n(o + 2);
  return d !== null && d.v.length <= 2 && c.p('/', o + 1) && m !== null && m.v.length <= 2;
}

/** The words a cut-off may start with. */
const CUTOFF_START: ReadonlySet<string> = new Set(['truoc', 'ngay', 'thu', 'chu', 'tuan', 'thang']);

/**
 * Splits the tokens after the recurrence into its cut-off and the rest
 * (bounds). Two or four months or days of a yearly rule spread evenly over
 * the year ("Tháng 6 và tháng 12 hằng năm", "trước ngày 15/6 và 15/12 hằng
 * năm") are a half-yearly or quarterly rule: `every` then says which.
 */
export function findCutoff(
  tokens: readonly Token[],
  every: Every,
):
  | { readonly cutoff: RecurrenceCutoff | null; readonly rest: readonly Token[]; readonly every?: Every }
  | Failure {
  const c = new Cursor(tokens);
  const rest: Token[] = [];
  let cutoff: RecurrenceCutoff | null = null;
  // the months or days of a yearly rule, when there are several
  let yearly: RecurrenceCutoff[] | null = null;
  while (!c.done) {
    // "(và) báo cáo năm trước ngày 15 tháng 12": which report is meant
    if (c.w2('bao', 'cao')) {
      c.i += 2;
      // "báo cáo năm", "báo cáo quý", "báo cáo tháng", "báo cáo 6 tháng": which report
      if ((c.w('nam') || c.w('quy') || c.w('thang') || c.w('tuan')) && c.n(1) === null) c.i++;
      else if (c.n()?.v === '6' && c.w('thang', 1)) c.i += 2;
      continue;
    }
    const t = c.at() as Token;
    // "Hằng tháng, cuối tháng", "Định kỳ 6 tháng, cuối kỳ": the end of each period, its last day
    if (t.v === 'cuoi') {
      const u = c.at(1)?.v;
      const w = c.at(2)?.v;
      if (
        (u === 'ky' || (u !== undefined && unitOf(u) === every)) &&
        (endsBare(c.at(2)) || w === 'trong' || w === 'tu' || w === 'den')
      ) {
        c.i += 2;
        continue;
      }
    }
    // "tháng 6 và 12", "ngày 15/6 và 15/12": one more month or day of a yearly rule
    if (yearly !== null && (t.v === 'va' || t.v === ',')) {
      const more = nextYearly(c, yearly[yearly.length - 1] as RecurrenceCutoff);
      if (more !== null) {
        yearly.push(more);
        continue;
      }
    }
    // a cut-off starts at "trước", a clock time, "ngày", a weekday, "tuần" or "tháng"
    const r = t.k === 'n' || CUTOFF_START.has(t.v) ? readCutoff(c, every) : null;
    if (r === null) {
      rest.push(t);
      c.i++;
      continue;
    }
    if (isFailure(r)) return r;
    if (cutoff === null) {
      if ((r.kind === 'day-of-year' || r.kind === 'month-of-year') && every !== 'year') return UNRECOGNISED;
      cutoff = r;
      if (every === 'year') yearly = [r];
    } else if (coincides(cutoff, r, every)) {
      // adds nothing
    } else if (yearly !== null && r.kind === cutoff.kind) {
      yearly.push(r);
    } else {
      return UNRECOGNISED;
    }
  }
  if (yearly === null || yearly.length < 2) return { cutoff, rest };
  return spread(yearly, rest) ?? UNRECOGNISED;
}

/**
 * A bare month ("và 12" after "tháng 6") or day ("và 15/12" after "ngày
 * 15/6") at the "và" or "," under the cursor, continuing a yearly rule's
 * list; moves past it. Null when there is none.
 */
function nextYearly(c: Cursor, last: RecurrenceCutoff): RecurrenceCutoff | null {
  const a = c.n(1);
  if (a === null || a.v.length > 2) return null;
  const p = c.at(2);
  if (last.kind === 'month-of-year') {
    if (p !== undefined && (p.v === '/' || p.v === '-')) return null;
    c.i += 2;
    return { kind: 'month-of-year', month: num(a) };
  }
  const m = c.n(3);
  if (last.kind !== 'day-of-year' || p?.v !== '/' || m === null || m.v.length > 2 || c.p('/', 4)) return null;
  c.i += 4;
  return { kind: 'day-of-year', month: num(m), day: num(a), before: last.before };
}

/**
 * Two or four months (or days) of a yearly rule, the same each half-year or
 * quarter: "tháng 6 và tháng 12" is each half-year's last month (due its
 * last day), "ngày 15/3, 15/6, 15/9, 15/12" the 15th of each quarter's last
 * month. Null for months spread otherwise, months not at a period's end, or
 * days that differ.
 */
function spread(
  cuts: readonly RecurrenceCutoff[],
  rest: readonly Token[],
): { cutoff: RecurrenceCutoff | null; rest: readonly Token[]; every: Every } | null {
  const k = cuts.length;
  const every: Every | null = k === 2 ? 'half' : k === 4 ? 'quarter' : null;
  if (every === null) return null;
  const span = 12 / k;
  const first = cuts[0] as RecurrenceCutoff;
  const month = (x: RecurrenceCutoff): number =>
    x.kind === 'month-of-year' || x.kind === 'day-of-year' ? x.month : 0;
  let m0 = 12;
  for (const x of cuts) m0 = Math.min(m0, month(x));
  for (const x of cuts) {
    const m = month(x);
    if (m < 1 || m > 12 || (m - m0) % span !== 0) return null;
    if (
      x.kind === 'day-of-year' &&
      (first.kind !== 'day-of-year' || x.day !== first.day || x.before !== first.before)
    )
      return null;
  }
  // distinct months, as many as the periods (a repeat would leave one out)
  if (m0 > span || new Set(cuts.map(month)).size !== k) return null;
  if (first.kind !== 'day-of-year') return m0 === span ? { cutoff: null, rest, every } : null;
  const at = m0 === span ? 'last' : m0 === 1 ? 'first' : m0;
  return { cutoff: { kind: 'day-of-month', day: first.day, month: at, before: first.before }, rest, every };
}

/**
 * Whether a second cut-off only repeats an occurrence of the first: "Định kỳ
 * hàng quý (trước ngày 15 của tháng cuối quý) và báo cáo năm trước ngày 15
 * tháng 12" — the year report falls on the fourth quarter's date.
 */
function coincides(first: RecurrenceCutoff, second: RecurrenceCutoff, every: Every): boolean {
  if (second.kind !== 'day-of-year') return false;
  if (first.kind === 'day-of-year') return first.month === second.month && first.day === second.day;
  return (
    first.kind === 'day-of-month' &&
    first.month === 'last' &&
    every !== 'week' &&
    second.month === 12 &&
    first.day === second.day
  );
}
