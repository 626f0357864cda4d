/**
 * The grammar of dated expressions inside deadline text (internal):
 * milestones ("Quý II/2018", "Tháng 12", "ngày 15/11/2022", "Năm 2018",
 * "6 tháng đầu năm"), lists ("Quý II và IV năm 2018"), ranges ("Giai đoạn
 * 2016-2020", "từ ngày 16-22/11/2025") and open starts ("Từ quý IV/2017").
 * A hand-written recursive reader over tokens: linear, never backtracks.
 *
 * @internal
 * @module
 */
import { daysInMonth, formatYmd, isValidYmd } from '../calendar/isoDate.js';
import { Cursor, fail, isFailure, num, roman, type Failure } from './cursor.js';
import { compareMilestones, milestoneEnd, milestoneStart, sameMilestone } from './milestone.js';
import type { Milestone } from './types.js';

/** A milestone as read, before missing years (and months) are filled in. */
export type Part =
  | { k: 'date'; d: number; m: number | null; y: number | null; before: boolean; ngay: boolean }
  | { k: 'month'; m: number; y: number | null; shift: boolean }
  | { k: 'quarter'; q: number; y: number | null; shift: boolean }
  | { k: 'half'; h: 1 | 2; y: number | null; shift: boolean }
  | { k: 'year'; y: number | null; rel: number; shift: boolean };

/** The reading context: the plan year and period. */
export interface Ctx {
  readonly year?: number | undefined;
  readonly period?: { readonly from: number; readonly to: number } | undefined;
}

/** What a dated expression says, with years resolved. */
export type TimeExpr =
  | { readonly shape: 'none' }
  | { readonly shape: 'single'; readonly m: Milestone; readonly marker: 'in' | 'from' | 'to' | 'none' }
  | { readonly shape: 'range'; readonly from: Milestone; readonly to: Milestone | null }
  | { readonly shape: 'list'; readonly items: readonly Milestone[] };

/** Words that carry no date meaning around a dated expression. */
const FILLER: ReadonlySet<string> = new Set([
  'hoan', 'thanh', 'thuc', 'hien', 'trien', 'khai', 'vao', 'cham', 'nhat', 'la', 'xong', 'cuoi',
  'het', 'ca', 'ban', 'hanh', 'ke', 'hoach', 'tiep', 'tuc', 'dung', 'han', 'chinh', 'thuc',
]);


function isYearToken(v: string): boolean {
  return v.length === 4 && v.charCodeAt(0) !== 48;
}

/**
 * Reads a dated expression from `tokens[start..end)`. Returns a failure when
 * a word is not understood or a date or period is impossible.
 */
export function readTimeExpr(c: Cursor, ctx: Ctx): TimeExpr | Failure {
  const items: Part[] = [];
  const seps: ('list' | 'range')[] = [];
  let sep: 'list' | 'range' | null = null;
  let fromMarker = false;
  let toMarker = false;
  let inMarker = false;
  let openEnd = false;
  let giaiDoan = false;
  let pendingBefore = false;
  let stickyBefore = false;
  let explicitNgay = false;

  while (!c.done) {
    const t = c.at() as NonNullable<ReturnType<Cursor['at']>>;
    if (t.k === 'p') {
      if (t.v === ',' || t.v === ';' || t.v === '&' || t.v === '+') {
        if (items.length > 0) sep = sep ?? 'list';
      } else if (t.v === '-') {
        if (items.length > 0) sep = 'range';
      }
      c.i++;
      continue;
    }
    if (t.k === 'w') {
      const v = t.v;
      if (v === 'va' || v === 'hoac') {
        if (c.seq(['cac', 'nam', 'tiep', 'theo'], 1) || c.seq(['nhung', 'nam', 'tiep', 'theo'], 1)) {
          openEnd = true;
          c.i += 5;
          continue;
        }
        if (c.seq(['cac', 'nam', 'sau'], 1)) {
          openEnd = true;
          c.i += 4;
          continue;
        }
        if (items.length > 0) sep = 'list';
        c.i++;
        continue;
      }
      if (v === 'den' || v === 'toi') {
        if (items.length === 0) toMarker = true;
        else sep = 'range';
        c.i++;
        continue;
      }
      if (v === 'tu' && c.w('nay', 1)) {
        // "Từ nay đến …": from now on, i.e. by the end
        c.i += 2;
        continue;
      }
      if (v === 'tu') {
        if (items.length > 0) return fail('unrecognised');
        fromMarker = true;
        c.i++;
        continue;
      }
      if (v === 'tro' && c.w('di', 1)) {
        openEnd = true;
        c.i += 2;
        continue;
      }
      if (v === 'bat' && c.w('dau', 1)) {
        c.i += 2;
        continue;
      }
      if (v === 'giai' && c.w('doan', 1)) {
        giaiDoan = true;
        c.i += 2;
        continue;
      }
      if (v === 'truoc') {
        pendingBefore = true;
        c.i++;
        continue;
      }
      if (v === 'trong') {
        if (items.length === 0) inMarker = true;
        c.i++;
        continue;
      }
      if (FILLER.has(v)) {
        c.i++;
        continue;
      }
    }
    // A milestone.
    const prev = items[items.length - 1];
    if (t.k === 'w' && t.v === 'ngay') explicitNgay = true;
    const r = readPart(c, prev?.k ?? null);
    if (isFailure(r)) return r;
    if (r === null) return fail('unrecognised');
    if (r === 'pair') {
      // "20162020": two years with the hyphen lost.
      const a = Number(t.v.slice(0, 4));
      const b = Number(t.v.slice(4, 8));
      if (items.length > 0) seps.push(sep ?? 'list');
      items.push({ k: 'year', y: a, rel: 0, shift: false }, { k: 'year', y: b, rel: 0, shift: false });
      seps.push('range');
      sep = null;
      pendingBefore = false;
      continue;
    }
    if (r.k === 'date') {
      if (pendingBefore) stickyBefore = true;
      else if (explicitNgay) stickyBefore = false;
      r.before = stickyBefore;
    } else if (pendingBefore) {
      r.shift = true;
    }
    pendingBefore = false;
    explicitNgay = false;
    // "Từ 2017 2020": two bare years side by side are a range.
    if (items.length > 0) seps.push(sep ?? (prev?.k === 'year' && r.k === 'year' ? 'range' : 'list'));
    items.push(r);
    sep = null;
  }
  if (pendingBefore && items.length === 0) return fail('unrecognised');

  if (items.length === 0) {
    if (giaiDoan) {
      const p = ctx.period;
      if (p === undefined) return fail('no-year');
      return { shape: 'range', from: { kind: 'year', year: p.from }, to: { kind: 'year', year: p.to } };
    }
    return { shape: 'none' };
  }
  let allRange = true;
  let allList = true;
  for (const s of seps) {
    if (s === 'range') allList = false;
    else allRange = false;
  }
  if (items.length === 2 && allRange) {
    const r = resolveRange(items[0] as Part, items[1] as Part, ctx);
    if (isFailure(r)) return r;
    if (openEnd) return fail('unrecognised');
    return { shape: 'range', from: r[0], to: r[1] };
  }
  if (giaiDoan) return fail('unrecognised');
  if (items.length === 1) {
    const m = resolveList(items, ctx);
    if (isFailure(m)) return m;
    const one = m[0] as Milestone;
    if (fromMarker || openEnd) return { shape: 'range', from: one, to: null };
    return { shape: 'single', m: one, marker: toMarker ? 'to' : inMarker ? 'in' : 'none' };
  }
  if (!allList || fromMarker || toMarker || openEnd) return fail('unrecognised');
  const ms = resolveList(items, ctx);
  if (isFailure(ms)) return ms;
  const sorted = ms.sort(compareMilestones);
  const unique: Milestone[] = [];
  for (const m of sorted) {
    const last = unique[unique.length - 1];
    if (last === undefined || !sameMilestone(m, last)) unique.push(m);
  }
  if (unique.length === 1) return { shape: 'single', m: unique[0] as Milestone, marker: 'none' };
  return { shape: 'list', items: unique };
}

/**
 * Reads an optional year after a period: "/2018", "/ 2018", "năm 2018",
 * "/năm 2018", " 2018", and after a month or quarter "-2018" ("Tháng 6-2025").
 */
function readYear(c: Cursor, dash = false): number | null {
  const a = c.at();
  if (a === undefined) return null;
  if (a.k === 'n') {
    if (!isYearToken(a.v)) return null;
    c.i++;
    return Number(a.v);
  }
  if (!((a.k === 'p' && (a.v === '/' || (dash && a.v === '-'))) || (a.k === 'w' && a.v === 'nam'))) return null;
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
  if (q < 1 || q > 4) return fail('impossible-period');
  return { k: 'quarter', q, y: readYear(c, true), shift: false };
}

function monthPart(m: number, c: Cursor): Part | Failure {
  if (m < 1 || m > 12) return fail('impossible-period');
  return { k: 'month', m, y: readYear(c, true), shift: false };
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
  if (s1 !== undefined && s1.k === 'p' && (s1.v === '/' || s1.v === '.' || s1.v === '-') && mTok !== null && mTok.v.length <= 2) {
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
  if (d < 1 || d > 31) return fail('impossible-date');
  if (m !== null) {
    if (m < 1 || m > 12) return fail('impossible-date');
    if (d > daysInMonth(2000, m)) return fail('impossible-date');
    if (y !== null && !isValidYmd(y, m, d)) return fail('impossible-date');
  }
  return { k: 'date', d, m, y, before: false, ngay: false };
}

/**
 * Reads one milestone at the cursor; `prev` is the kind of the item before
 * (a bare "IV" after a quarter is a quarter). Returns null when the tokens
 * do not start a milestone, or 'pair' for an 8-digit "20162020".
 */
function readPart(c: Cursor, prev: Part['k'] | null): Part | Failure | null | 'pair' {
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
      if (n === null || n.v.length > 2) return null;
      c.i += 2;
      return monthPart(num(n), c);
    }
    if (v === 'nua' && (c.w('dau', 1) || c.w('cuoi', 1)) && c.w('nam', 2)) {
      const h = c.w('dau', 1) ? 1 : 2;
      c.i += 3;
      return { k: 'half', h, y: readYear(c), shift: false };
    }
    if (v === 'nam') {
      const n = c.n(1);
      if (n !== null && n.v.length === 8) {
        c.i += 1;
        return readPart(c, prev);
      }
      if (n !== null) {
        if (!isYearToken(n.v)) return null;
        c.i += 2;
        return { k: 'year', y: Number(n.v), rel: 0, shift: false };
      }
      c.i++;
      if (c.seq(['tiep', 'theo'])) {
        c.i += 2;
        return { k: 'year', y: null, rel: 1, shift: false };
      }
      if (c.seq(['sau', 'nam', 'ke', 'hoach'])) {
        c.i += 4;
        return { k: 'year', y: null, rel: 1, shift: false };
      }
      if (c.w('sau') || c.w('toi')) {
        c.i += 1;
        return { k: 'year', y: null, rel: 1, shift: false };
      }
      if (c.seq(['ke', 'hoach'])) {
        c.i += 2;
        return { k: 'year', y: null, rel: 0, shift: false };
      }
      if (c.w('nay')) c.i++;
      return { k: 'year', y: null, rel: 0, shift: false };
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
      return { k: 'year', y: Number(t.v), rel: 0, shift: false };
    }
    if (t.v.length > 2) return null;
    // "6 tháng đầu năm", "6 tháng cuối năm"
    if (c.w('thang', 1) && (c.w('dau', 2) || c.w('cuoi', 2))) {
      if (num(t) !== 6) return fail('impossible-period');
      const h = c.w('dau', 2) ? 1 : 2;
      c.i += 3;
      if (c.w('nam')) {
        c.i++;
        return { k: 'half', h, y: readYear(c), shift: false };
      }
      return { k: 'half', h, y: null, shift: false };
    }
    // "6/2025": a month.
    const s1 = c.at(1);
    const n2 = c.n(2);
    if (s1 !== undefined && s1.k === 'p' && (s1.v === '/' || (s1.v === '-' && prev !== 'date')) && n2 !== null && isYearToken(n2.v) && c.at(3)?.v !== '/') {
      c.i += 3;
      const m = num(t);
      if (m < 1 || m > 12) return fail('impossible-period');
      return { k: 'month', m, y: Number(n2.v), shift: false };
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

/** Builds the milestone of a fully resolved part, validating it. */
function build(p: Part): Milestone | Failure {
  const y = p.y as number;
  if (y < 1000 || y > 9999) return fail('impossible-period');
  switch (p.k) {
    case 'date': {
      const m = p.m as number;
      if (!isValidYmd(y, m, p.d)) return fail('impossible-date');
      return { kind: 'date', date: formatYmd(y, m, p.d), before: p.before };
    }
    case 'month':
      if (p.shift) return p.m === 1 ? { kind: 'month', year: y - 1, month: 12 } : { kind: 'month', year: y, month: p.m - 1 };
      return { kind: 'month', year: y, month: p.m };
    case 'quarter': {
      const q = p.q as 1 | 2 | 3 | 4;
      if (p.shift) return q === 1 ? { kind: 'quarter', year: y - 1, quarter: 4 } : { kind: 'quarter', year: y, quarter: (q - 1) as 1 | 2 | 3 };
      return { kind: 'quarter', year: y, quarter: q };
    }
    case 'half':
      if (p.shift) return p.h === 1 ? { kind: 'half', year: y - 1, half: 2 } : { kind: 'half', year: y, half: 1 };
      return { kind: 'half', year: y, half: p.h };
    case 'year':
      return { kind: 'year', year: p.shift ? y - 1 : y };
  }
}

function ctxYear(ctx: Ctx): number | null {
  const y = ctx.year;
  return y !== undefined && Number.isInteger(y) && y >= 1000 && y <= 9999 ? y : null;
}

/** Fills a relative or missing year from the context (parts are fresh per read, so they are filled in place). */
function withCtx(p: Part, ctx: Ctx): Part | Failure {
  if (p.y !== null) return p;
  const y = ctxYear(ctx);
  if (y === null) return fail('no-year');
  p.y = p.k === 'year' ? y + p.rel : y;
  return p;
}

/** Missing years (and a date's missing month) come from the next item that has one, then from the context. */
function resolveList(parts: readonly Part[], ctx: Ctx): Milestone[] | Failure {
  const out: Milestone[] = new Array<Milestone>(parts.length);
  let carryY: number | null = null;
  let carryM: number | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as Part;
    const hadYear = p.y !== null;
    if (p.k === 'date' && p.m === null) {
      if (carryM === null) return fail('unrecognised');
      p.m = carryM;
    }
    if (p.y === null && !(p.k === 'year' && p.rel !== 0) && carryY !== null) p.y = carryY;
    const q = withCtx(p, ctx);
    if (isFailure(q)) return q;
    if (hadYear) carryY = q.y;
    carryM = q.k === 'date' ? q.m : null;
    const m = build(q);
    if (isFailure(m)) return m;
    out[i] = m;
  }
  return out;
}

/** A range's start borrows its missing year (and month) from its end, a year earlier if it would start after it. */
function resolveRange(a: Part, b: Part, ctx: Ctx): [Milestone, Milestone] | Failure {
  const bb = withCtx(b, ctx);
  if (isFailure(bb)) return bb;
  if (bb.k === 'date' && bb.m === null) return fail('unrecognised');
  const to = build(bb);
  if (isFailure(to)) return to;
  if (a.k === 'date' && a.m === null) a.m = bb.k === 'date' ? bb.m : null;
  if (a.k === 'date' && a.m === null) return fail('unrecognised');
  let borrowed = false;
  if (a.y === null && !(a.k === 'year' && a.rel !== 0)) {
    a.y = bb.y;
    borrowed = true;
  }
  const a2 = withCtx(a, ctx);
  if (isFailure(a2)) return a2;
  let from = build(a2);
  if (isFailure(from)) return from;
  if (milestoneStart(from) > milestoneEnd(to)) {
    if (!borrowed) return fail('impossible-period');
    a2.y = (a2.y as number) - 1;
    from = build(a2);
    if (isFailure(from)) return from;
  }
  return [from, to];
}
