/**
 * Reading one milestone of a dated expression (internal): "Quý II/ 2018",
 * "QIII", "Tháng 12 năm 2017", "6 tháng đầu năm", "Năm 2018", "năm tiếp
 * theo", "ngày 15/11/2022", "10-6-2025", "6/2025", and a bare "IV" or "12"
 * after an item of the same kind.
 *
 * @internal
 * @module
 */
import { daysInMonth, isValidYmd } from '../calendar/isoDate.js';
import {
  type Cursor,
  num,
  roman,
  type Failure,
  AMBIGUOUS,
  IMPOSSIBLE_DATE,
  IMPOSSIBLE_PERIOD,
} from './cursor.js';

/** A milestone as read, before missing years (and months) are filled in. */
export type Part =
  | { k: 'date'; d: number; m: number | null; y: number | null; before: boolean }
  | { k: 'month'; m: number; y: number | null; shift: boolean }
  | { k: 'quarter'; q: number; y: number | null; shift: boolean }
  | { k: 'half'; h: 1 | 2; y: number | null; shift: boolean }
  | { k: 'year'; y: number | null; rel: number; shift: boolean };

// Every part is made by one of the functions below, with every field of every kind in the same
// order: one shape for all parts, so the readers that look at parts of several kinds (lists,
// ranges, the filling in of years) read them as one kind of object.

/** A part of kind `k` with every field: day `d`, month `m`, year `y`, quarter `q`, half `h`, years after the context's `rel`. */
function part(
  k: Part['k'],
  d: number,
  m: number | null,
  y: number | null,
  q: number,
  h: number,
  rel: number,
): Part {
  const p = { k, d, m, y, q, h, rel, shift: false, before: false };
  return p as Part;
}

/** A date part: day, month (null when left out) and year (null when left out). */
export const datePartOf = (d: number, m: number | null, y: number | null): Part =>
  part('date', d, m, y, 0, 1, 0);
/** A month part. */
export const monthPartOf = (m: number, y: number | null): Part => part('month', 0, m, y, 0, 1, 0);
/** A quarter part. */
export const quarterPartOf = (q: number, y: number | null): Part => part('quarter', 0, 0, y, q, 1, 0);
/** A half-year part. */
export const halfPartOf = (h: 1 | 2, y: number | null): Part => part('half', 0, 0, y, 0, h, 0);
/** A year part; `rel` years after the context year when `y` is null. */
export const yearPartOf = (y: number | null, rel: number): Part => part('year', 0, 0, y, 0, 1, rel);

/** The reading context: the plan year and period. */
export interface Ctx {
  readonly year?: number | undefined;
  readonly period?: { readonly from: number; readonly to: number } | undefined;
}

/** The context year, when it is a usable year (an integer 1000–9999). */
export function ctxYear(ctx: Ctx): number | null {
  const y = ctx.year;
  return y !== undefined && Number.isInteger(y) && y >= 1000 && y <= 9999 ? y : null;
}

/** The context period, when it is a usable span of years (integers 1000–9999, in order). */
export function ctxPeriod(ctx: Ctx): { readonly from: number; readonly to: number } | null {
  const p = ctx.period;
  if (p === undefined || p === null || typeof p !== 'object') return null;
  const ok = (y: unknown): y is number =>
    typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 9999;
  return ok(p.from) && ok(p.to) && p.from <= p.to ? p : null;
}

/** Whether a number token is a year (four digits, not starting with 0). */
export function isYearToken(v: string): boolean {
  return v.length === 4 && v.charCodeAt(0) !== 48;
}

/**
 * The year a part reads as "năm sau": the year after the context year
 * ("Quý I năm sau", "trước 15/01 năm sau" in a plan for 2024 are in 2025).
 */
export const NEXT_YEAR = -1;

/**
 * "năm sau", "(của) năm tiếp theo", "năm kế tiếp", "năm sau năm kế hoạch"
 * after a period: the year after the context year. Moves the cursor past it.
 */
function nextYear(c: Cursor): boolean {
  const j = c.w('cua') ? 1 : 0;
  if (!c.w('nam', j) || c.n(j + 1) !== null) return false;
  let used = 0;
  if (c.w('sau', j + 1) && !c.w('khi', j + 2)) used = c.seq(['nam', 'ke', 'hoach'], j + 2) ? 5 : 2;
  else if (c.w2('tiep', 'theo', j + 1) || c.w2('ke', 'tiep', j + 1)) used = 3;
  if (used === 0) return false;
  c.i += j + used;
  return true;
}

/**
 * Reads an optional year after a period: "/2018", "/ 2018", "năm 2018",
 * "/năm 2018", " 2018", and after a month or quarter "-2018" ("Tháng 6-2025");
 * {@link NEXT_YEAR} for "năm sau".
 */
function readYear(c: Cursor, dash = false): number | null {
  const a = c.at();
  if (a === undefined) return null;
  if (nextYear(c)) return NEXT_YEAR;
  if (a.k === 'n') {
    if (!isYearToken(a.v)) return null;
    c.i++;
    return Number(a.v);
  }
  if (!((a.k === 'p' && (a.v === '/' || (dash && a.v === '-'))) || (a.k === 'w' && a.v === 'nam')))
    return null;
  let b = c.at(1);
  let used = 2;
  if (a.k === 'p' && b !== undefined && b.k === 'w' && b.v === 'nam') {
    b = c.at(2);
    used = 3;
  }
  if (b === undefined || b.k !== 'n' || !isYearToken(b.v)) return null;
  c.i += used;
  return Number(b.v);
}

/** A quarter number: Roman or Arabic. */
function quarterNumber(c: Cursor): number | null {
  const t = c.at();
  if (t === undefined) return null;
  if (t.k === 'n' && t.v.length <= 2) {
    c.i++;
    return num(t);
  }
  if (t.k === 'w') {
    const r = roman(t.v);
    if (r !== null) {
      c.i++;
      return r;
    }
  }
  return null;
}

function quarterPart(q: number, c: Cursor): Part | Failure {
  if (q < 1 || q > 4) return IMPOSSIBLE_PERIOD;
  return quarterPartOf(q, readYear(c, true));
}

function monthPart(m: number, c: Cursor): Part | Failure {
  if (m < 1 || m > 12) return IMPOSSIBLE_PERIOD;
  return monthPartOf(m, readYear(c, true));
}

/** Reads "d[/m[/y]]", "d-m-yyyy", "d tháng m [năm y]" after "ngày" or at a number. */
function datePart(c: Cursor, allowBare: boolean): Part | Failure | null {
  const dTok = c.n();
  if (dTok === null || dTok.v.length > 2) return null;
  const d = num(dTok);
  let m: number | null = null;
  let y: number | null = null;
  const s1 = c.at(1);
  const mTok = c.n(2);
  if (
    s1 !== undefined &&
    s1.k === 'p' &&
    (s1.v === '/' || s1.v === '.' || s1.v === '-') &&
    mTok !== null &&
    mTok.v.length <= 2
  ) {
    const s2 = c.at(3);
    const yTok = c.n(4);
    const full = s2 !== undefined && s2.k === 'p' && s2.v === s1.v && yTok !== null && isYearToken(yTok.v);
    if (full) {
      m = num(mTok);
      y = Number(yTok.v);
      c.i += 5;
    } else if (s1.v === '/') {
      m = num(mTok);
      c.i += 3;
      y = readYear(c);
    } else if (allowBare) {
      c.i += 1;
    } else return null;
  } else if (c.w('thang', 1) && mTok !== null && mTok.v.length <= 2) {
    m = num(mTok);
    c.i += 3;
    y = readYear(c);
  } else if (allowBare) {
    c.i += 1;
  } else return null;
  if (d < 1 || d > 31) return IMPOSSIBLE_DATE;
  if (m !== null) {
    if (m < 1 || m > 12) return IMPOSSIBLE_DATE;
    if (d > daysInMonth(2000, m)) return IMPOSSIBLE_DATE;
    if (y !== null && y !== NEXT_YEAR && !isValidYmd(y, m, d)) return IMPOSSIBLE_DATE;
  }
  return datePartOf(d, m, y);
}

/**
 * "tháng đầu quý III/2019" (July 2019), "tháng cuối quý II" (June), "tháng
 * cuối năm 2019" (December), "tháng đầu năm" (January): the first or last
 * month of a named quarter or of a year, at "tháng". Null when the words
 * after "tháng" are not that.
 */
function firstOrLastMonth(c: Cursor): Part | Failure | null {
  const first = c.w('dau', 1);
  if (!first && !c.w('cuoi', 1)) return null;
  let j = 2;
  if (c.w('tien', j) || c.w('cung', j)) j++;
  if (c.w('cua', j)) j++;
  if (c.w('nam', j)) {
    // "tháng cuối năm" but not "tháng cuối năm sau" / "năm tiếp theo" (a cut-off's words)
    const n = c.n(j + 1);
    if (n === null && (c.w('sau', j + 1) || c.w('tiep', j + 1) || c.w('ke', j + 1))) return null;
    c.i += j;
    const y = readYear(c);
    if (y === null) c.i++;
    return monthPartOf(first ? 1 : 12, y);
  }
  if (!c.w('quy', j)) return null;
  const save = c.i;
  c.i += j + 1;
  const q = quarterNumber(c);
  if (q === null) {
    c.i = save;
    return null;
  }
  if (q < 1 || q > 4) return IMPOSSIBLE_PERIOD;
  return monthPartOf(first ? q * 3 - 2 : q * 3, readYear(c, true));
}

/**
 * Reads one milestone at the cursor; `prev` is the kind of the item before
 * (a bare "IV" after a quarter is a quarter). Returns null when the tokens
 * do not start a milestone, or 'pair' for an 8-digit "20162020".
 */
export function readPart(c: Cursor, prev: Part['k'] | null): Part | Failure | null | 'pair' {
  const t = c.at();
  if (t === undefined) return null;
  if (t.k === 'w') {
    const v = t.v;
    if (v === 'quy' || v === 'q') {
      c.i++;
      if (c.p('.')) c.i++;
      const q = quarterNumber(c);
      if (q === null) return null;
      return quarterPart(q, c);
    }
    if (v.length > 1 && v.charAt(0) === 'q') {
      const r = roman(v.slice(1));
      if (r !== null) {
        c.i++;
        return quarterPart(r, c);
      }
    }
    if (v === 'thang') {
      const n = c.n(1);
      if (n === null) return firstOrLastMonth(c);
      if (n.v.length > 2) return null;
      c.i += 2;
      return monthPart(num(n), c);
    }
    // "đầu năm 2019", "giữa năm 2019", "đầu quý III", "giữa tháng 6": a part of a
    // period with no one due day (from "Từ đầu năm 2019" the grammar drops "đầu").
    if (
      (v === 'dau' || v === 'giua') &&
      (c.w('nam', 1) || c.w('quy', 1) || c.w('thang', 1) || c.w('ky', 1) || c.w('q', 1))
    )
      return AMBIGUOUS;
    if (v === 'nua' && (c.w('dau', 1) || c.w('cuoi', 1)) && c.w('nam', 2)) {
      const h = c.w('dau', 1) ? 1 : 2;
      c.i += 3;
      return halfPartOf(h, readYear(c));
    }
    // "Năm học 2024-2025": a school year ends in May or in August, as the school says
    if (v === 'nam' && c.w('hoc', 1)) return AMBIGUOUS;
    if (v === 'nam') {
      const n = c.n(1);
      if (n !== null && n.v.length === 8) {
        c.i += 1;
        return readPart(c, prev);
      }
      if (n !== null) {
        if (!isYearToken(n.v)) return null;
        c.i += 2;
        return yearPartOf(Number(n.v), 0);
      }
      c.i++;
      if (c.w2('tiep', 'theo')) {
        c.i += 2;
        return yearPartOf(null, 1);
      }
      if (c.seq(['sau', 'nam', 'ke', 'hoach'])) {
        c.i += 4;
        return yearPartOf(null, 1);
      }
      if (c.w('sau') || c.w('toi')) {
        c.i += 1;
        return yearPartOf(null, 1);
      }
      if (c.w2('ke', 'hoach')) {
        c.i += 2;
        return yearPartOf(null, 0);
      }
      if (c.w('nay')) c.i++;
      return yearPartOf(null, 0);
    }
    if (v === 'ngay') {
      c.i++;
      const r = datePart(c, true);
      return r;
    }
    if (prev === 'quarter') {
      const r = roman(v);
      if (r !== null) {
        c.i++;
        return quarterPart(r, c);
      }
    }
    return null;
  }
  if (t.k === 'n') {
    if (t.v.length === 8) {
      const a = Number(t.v.slice(0, 4));
      const b = Number(t.v.slice(4));
      if (isYearToken(t.v.slice(0, 4)) && isYearToken(t.v.slice(4)) && a <= b) {
        c.i++;
        return 'pair';
      }
      return null;
    }
    if (isYearToken(t.v)) {
      c.i++;
      return yearPartOf(Number(t.v), 0);
    }
    if (t.v.length > 2) return null;
    // "6 tháng đầu năm", "6 tháng cuối năm"
    if (c.w('thang', 1) && (c.w('dau', 2) || c.w('cuoi', 2))) {
      if (num(t) !== 6) return IMPOSSIBLE_PERIOD;
      const h = c.w('dau', 2) ? 1 : 2;
      c.i += 3;
      if (c.w('nam')) {
        c.i++;
        return halfPartOf(h, readYear(c));
      }
      return halfPartOf(h, null);
    }
    // "6/2025": a month.
    const s1 = c.at(1);
    const n2 = c.n(2);
    if (
      s1 !== undefined &&
      s1.k === 'p' &&
      (s1.v === '/' || (s1.v === '-' && prev !== 'date')) &&
      n2 !== null &&
      isYearToken(n2.v) &&
      c.at(3)?.v !== '/'
    ) {
      c.i += 3;
      const m = num(t);
      if (m < 1 || m > 12) return IMPOSSIBLE_PERIOD;
      return monthPartOf(m, Number(n2.v));
    }
    if (prev === 'quarter' && !(s1 !== undefined && s1.v === '/')) {
      c.i++;
      return quarterPart(num(t), c);
    }
    if (prev === 'month' && !(s1 !== undefined && s1.v === '/' && n2 !== null && n2.v.length <= 2)) {
      c.i++;
      return monthPart(num(t), c);
    }
    return datePart(c, prev === 'date' || (s1 !== undefined && s1.k === 'p' && s1.v === '-'));
  }
  return null;
}

/** "tuần đầu (tiên)", "tuần cuối (cùng)", "tuần thứ 2", "tuần 2": which week, at "tuần"; null if none. */
export function readWeekNumber(c: Cursor): 1 | 2 | 3 | 4 | 'last' | null {
  if (!c.w('tuan')) return null;
  let week: 1 | 2 | 3 | 4 | 'last' | null = null;
  let used = 2;
  if (c.w('dau', 1)) week = 1;
  else if (c.w('cuoi', 1)) week = 'last';
  else {
    const j = c.w('thu', 1) ? 2 : 1;
    const n = c.n(j);
    if (n !== null && n.v.length <= 2 && num(n) >= 1 && num(n) <= 4) {
      week = num(n) as 1 | 2 | 3 | 4;
      used = j + 1;
    } else if (c.w('thu', 1) && c.w('nhat', 2)) {
      week = 1;
      used = 3;
    }
  }
  if (week === null) return null;
  c.i += used;
  if (c.w('tien') || c.w('cung')) c.i++;
  return week;
}
