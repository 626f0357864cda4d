/**
 * The grammar of dated expressions inside deadline text (internal): a
 * milestone (see part.ts), lists ("Quý II và IV năm 2018", "25/2, 25/5"),
 * ranges ("Giai đoạn 2016-2020", "từ ngày 16-22/11/2025", "Từ 2017 2020")
 * and open starts ("Từ quý IV/2017", "Từ năm 2016 và các năm tiếp theo").
 * A hand-written reader over tokens: linear, never backtracks.
 *
 * @internal
 * @module
 */
import { daysInMonth, ymd } from '../calendar/isoDate.js';
import {
  type Cursor,
  isFailure,
  num,
  readClock,
  roman,
  type Failure,
  AMBIGUOUS,
  IMPOSSIBLE_PERIOD,
  NO_YEAR,
  UNRECOGNISED,
} from './cursor.js';
import { sortedUnique } from './milestone.js';
import {
  ctxPeriod,
  ctxYear,
  datePartOf,
  isYearToken,
  readPart,
  readWeekNumber,
  yearPartOf,
  type Ctx,
  type Part,
} from './part.js';
import { resolveList, resolveRange } from './resolve.js';
import type { Milestone } from './types.js';
import type { Token } from './text.js';

export type { Ctx } from './part.js';

/** What a dated expression says, with years resolved. */
export type TimeExpr =
  | { readonly shape: 'none' }
  | { readonly shape: 'single'; readonly m: Milestone; readonly marker: 'in' | 'from' | 'to' | 'none' }
  | {
      readonly shape: 'range';
      readonly from: Milestone;
      readonly to: Milestone | null;
      /** "Hoàn thành … và triển khai từ …": what is due, on an open range. */
      readonly completeBy: Milestone | null;
    }
  | { readonly shape: 'list'; readonly items: readonly Milestone[] };

/** Words that carry no date meaning around a dated expression. */
const FILLER: ReadonlySet<string> = new Set([
  // "nộp trước 15/12", "gửi trước …": to submit, to send
  'nop',
  'hoan',
  'thanh',
  'thuc',
  'hien',
  'trien',
  'khai',
  'vao',
  'cham',
  'nhat',
  'la',
  'xong',
  'cuoi',
  'het',
  'ca',
  'ban',
  'hanh',
  'ke',
  'hoach',
  'tiep',
  'tuc',
  'dung',
  'han',
  'chinh',
  'nhiem',
  'vu',
  'cong',
  'viec',
  'gui',
  'to',
  'chuc',
  'sang',
  'chieu',
  'duy',
  'tri',
]);

/**
 * Words that say a task, once complete, keeps running ("triển khai", "thực
 * hiện", "áp dụng", "vận hành", "duy trì", "đưa vào sử dụng").
 */
const ROLLOUT: ReadonlySet<string> = new Set(['trien', 'thuc', 'ap', 'van', 'duy', 'dua']);

/** The word that completes each {@link ROLLOUT} word ("triển" → "khai"). */
const ROLLOUT_TAIL: ReadonlySet<string> = new Set(['khai', 'hien', 'dung', 'hanh', 'tri', 'vao']);

/** Whether the token after an hour's number marks it as one ("7h", "17 giờ", "16:30"). */
function isClockMark(t: Token | undefined): boolean {
  return t !== undefined && (t.v === 'h' || t.v === 'gio' || t.v === ':');
}

/**
 * "tuần đầu tiên của tháng 3/2019", "tuần cuối tháng 6": the days of that
 * week — week n is days 7n − 6 to 7n, the last week the month's last seven
 * days — as two date parts (from, to). Null when no month number follows.
 */
function readWeekOfMonth(c: Cursor, ctx: Ctx): [Part, Part] | Failure | null {
  const save = c.i;
  const week = readWeekNumber(c);
  if (week === null) return null;
  if (c.w('cua') || c.w('trong')) c.i++;
  const m = c.n(1);
  if (!c.w('thang') || m === null || m.v.length > 2) {
    c.i = save;
    return null;
  }
  c.i += 2;
  const month = num(m);
  if (month < 1 || month > 12) return IMPOSSIBLE_PERIOD;
  let y: number | null = null;
  const a = c.at();
  const b = c.at(1);
  if (a !== undefined && (a.v === '/' || a.v === '-' || a.v === 'nam') && b?.k === 'n' && isYearToken(b.v)) {
    y = Number(b.v);
    c.i += 2;
  } else if (
    a?.k === 'p' &&
    a.v === '/' &&
    c.w('nam', 1) &&
    c.n(2) !== null &&
    isYearToken((c.n(2) as Token).v)
  ) {
    y = Number((c.n(2) as Token).v);
    c.i += 3;
  }
  y ??= ctxYear(ctx);
  if (y === null) return NO_YEAR;
  const last = daysInMonth(y, month);
  const from = week === 'last' ? last - 6 : week * 7 - 6;
  const to = week === 'last' ? last : week * 7;
  return [datePartOf(from, month, y), datePartOf(to, month, y)];
}

/** Weekday words after "thứ": hai … bảy, or a number 2–7. */
const WEEKDAY: ReadonlySet<string> = new Set([
  'hai',
  'ba',
  'tu',
  'nam',
  'sau',
  'bay',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
]);

/** "thứ Năm (,) ngày 23/1/2020", "Chủ nhật 22/2/2026": a weekday name followed by a date. */
function weekdayBeforeDate(c: Cursor): boolean {
  const w = (c.at() as Token).v;
  if (w !== 'thu' && w !== 'chu') return false;
  const t = c.at(1);
  const day = (c.w('thu') && t !== undefined && WEEKDAY.has(t.v)) || c.w2('chu', 'nhat');
  const j = c.p(',', 2) ? 3 : 2;
  return day && (c.w('ngay', j) || (c.n(j) !== null && (c.n(j) as Token).v.length <= 2));
}

/** Skips the bare periods after "báo cáo" ("năm", "quý, 6 tháng và năm"), but not "năm 2024" nor "quý IV". */
function skipReportPeriods(c: Cursor): void {
  for (;;) {
    const save = c.i;
    if (c.p(',') || c.w('va')) c.i++;
    if (c.n() !== null && (c.at() as Token).v === '6' && c.w('thang', 1) && !c.w('dau', 2) && !c.w('cuoi', 2))
      c.i += 2;
    else if (
      (c.w('nam') || c.w('quy') || c.w('thang')) &&
      c.n(1) === null &&
      roman((c.at(1) as Token | undefined)?.v ?? '') === null
    )
      c.i++;
    else {
      c.i = save;
      return;
    }
  }
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
  // "Hoàn thành … và triển khai từ …": a completion, then a start
  let complete = false;
  let rollout = false;
  let completeItems = -1;
  // the last separator was "," or ";" (not "và")
  let punct = false;
  // "Năm 2024; các năm tiếp theo …": the unit of the periods that follow the one item
  let next: string | null = null;

  while (!c.done) {
    const t = c.at() as Token;
    if (t.k === 'p') {
      if (t.v === ',' || t.v === ';' || t.v === '&' || t.v === '+') {
        if (items.length > 0) sep = sep ?? 'list';
        punct = t.v === ',' || t.v === ';';
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
      // "Năm 2024; các năm tiếp theo thực hiện thường xuyên": due then, going on in the years after
      if ((v === 'cac' || v === 'nhung') && items.length === 1 && punct && !fromMarker && next === null) {
        const u = (c.at(1) as Token | undefined)?.v;
        const k = c.w('sau', 2) ? 1 : c.w2('tiep', 'theo', 2) || c.w2('ke', 'tiep', 2) ? 2 : 0;
        if (k > 0 && (u === 'nam' || u === 'quy' || u === 'thang')) {
          next = u;
          c.i += 2 + k;
          continue;
        }
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
        if (items.length > 0) {
          // "Hoàn thành trong năm 2017 và triển khai từ năm 2018", "Năm 2024; từ năm 2025 thực hiện thường xuyên"
          if (!(((complete && rollout) || (punct && items.length === 1)) && !fromMarker && completeItems < 0))
            return UNRECOGNISED;
          completeItems = items.length;
          sep = null;
        }
        fromMarker = true;
        c.i++;
        // "Từ đầu năm 2019": from the start of the year, i.e. from the year
        if (c.w('dau') && (c.w('nam', 1) || c.w('quy', 1) || c.w('thang', 1))) c.i++;
        continue;
      }
      if (v === 'hoan' && c.w('thanh', 1)) {
        if (items.length === 0 && !fromMarker) complete = true;
        c.i += 2;
        continue;
      }
      if (complete && ROLLOUT.has(v)) {
        rollout = true;
        c.i++;
        const tail = c.at();
        if (tail !== undefined && tail.k === 'w' && ROLLOUT_TAIL.has(tail.v)) c.i++;
        // "đưa vào vận hành", "đưa vào sử dụng"
        if (v === 'dua' && (c.w2('van', 'hanh') || c.w2('su', 'dung'))) c.i += 2;
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
      // "thứ Năm ngày 23/1/2020", "Chủ nhật 22/2/2026": the weekday of a date written beside it
      if (weekdayBeforeDate(c)) {
        c.i += 2;
        continue;
      }
      // "(báo cáo năm)", "Báo cáo quý, 6 tháng trước ngày …": the report's periods name it, not its day
      if (v === 'bao' && c.w('cao', 1)) {
        c.i += 2;
        skipReportPeriods(c);
        continue;
      }
      // "Đợt 1: Quý II; Đợt 2: Quý IV", "tháng 4/2025 (đợt 1)": a batch label
      if ((v === 'dot' || v === 'lan') && c.n(1) !== null && (c.n(1) as Token).v.length <= 2) {
        if (items.length > 0) sep = sep ?? 'list';
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
      // "Cuối quý", "cuối tháng" naming no quarter nor month: which one, or each?
      if (v === 'cuoi' && (c.w('quy', 1) || c.w('thang', 1)) && c.at(2) === undefined) return AMBIGUOUS;
      if (FILLER.has(v)) {
        c.i++;
        continue;
      }
    }
    // "trước 7h00 (sáng) ngày 01/7/2025", "17 giờ 30 ngày 15/12": the hour of a day written
    // after it; the day is the deadline
    if (t.k === 'n' && isClockMark(c.at(1))) {
      const save = c.i;
      if (readClock(c) !== null) {
        if (c.w('sang') || c.w('chieu') || c.w('toi')) c.i++;
        if (c.w('ngay')) continue;
      }
      c.i = save;
    }
    // "Tuần đầu tiên của tháng 3/2019": the days of that week, as a range
    if (t.k === 'w' && t.v === 'tuan') {
      const w = readWeekOfMonth(c, ctx);
      if (w === null) return UNRECOGNISED;
      if (isFailure(w)) return w;
      if (items.length > 0) seps.push(sep ?? 'list');
      items.push(w[0], w[1]);
      seps.push('range');
      sep = null;
      pendingBefore = false;
      continue;
    }
    // A milestone.
    // (guarded: reading index -1 of an empty array is a slow property lookup)
    const prev = items.length > 0 ? items[items.length - 1] : undefined;
    if (t.k === 'w' && t.v === 'ngay') explicitNgay = true;
    const r = readPart(c, prev?.k ?? null);
    if (isFailure(r)) return r;
    if (r === null) return UNRECOGNISED;
    if (r === 'pair') {
      // "20162020": two years with the hyphen lost.
      const a = Number(t.v.slice(0, 4));
      const b = Number(t.v.slice(4, 8));
      if (items.length > 0) seps.push(sep ?? 'list');
      items.push(yearPartOf(a, 0), yearPartOf(b, 0));
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
    punct = false;
  }
  if (pendingBefore && items.length === 0) return UNRECOGNISED;

  if (items.length === 0) {
    if (giaiDoan) {
      const p = ctxPeriod(ctx);
      if (p === null) return NO_YEAR;
      return {
        shape: 'range',
        from: { kind: 'year', year: p.from },
        to: { kind: 'year', year: p.to },
        completeBy: null,
      };
    }
    return { shape: 'none' };
  }
  let allRange = true;
  let allList = true;
  for (const s of seps) {
    if (s === 'range') allList = false;
    else allRange = false;
  }
  if (next !== null) {
    if (items.length !== 1 || toMarker || giaiDoan || completeItems >= 0) return UNRECOGNISED;
    const m = resolveList(items, ctx);
    if (isFailure(m)) return m;
    const due = m[0] as Milestone;
    // the year and month it ends in
    const year = due.kind === 'date' ? ymd(due.date).year : due.year;
    const month =
      due.kind === 'date'
        ? ymd(due.date).month
        : due.kind === 'month'
          ? due.month
          : due.kind === 'quarter'
            ? due.quarter * 3
            : due.kind === 'half'
              ? due.half * 6
              : 12;
    // the first whole period of the unit after the one due
    let from: Milestone;
    if (next === 'nam') from = { kind: 'year', year: year + 1 };
    else if (next === 'quy') {
      const q = Math.floor((month - 1) / 3) + 2;
      from =
        q > 4
          ? { kind: 'quarter', year: year + 1, quarter: 1 }
          : { kind: 'quarter', year, quarter: q as 2 | 3 | 4 };
    } else
      from =
        month === 12
          ? { kind: 'month', year: year + 1, month: 1 }
          : { kind: 'month', year, month: month + 1 };
    return { shape: 'range', from, to: null, completeBy: due };
  }
  if (completeItems >= 0) {
    // "Hoàn thành <X> và triển khai từ <Y>": due at X, running from Y on
    if (completeItems !== 1 || items.length !== 2 || toMarker || giaiDoan) return UNRECOGNISED;
    const ms = resolveList(items, ctx);
    if (isFailure(ms)) return ms;
    return { shape: 'range', from: ms[1] as Milestone, to: null, completeBy: ms[0] as Milestone };
  }
  if (items.length === 2 && allRange) {
    const r = resolveRange(items[0] as Part, items[1] as Part, ctx);
    if (isFailure(r)) return r;
    if (openEnd) return UNRECOGNISED;
    return { shape: 'range', from: r[0], to: r[1], completeBy: null };
  }
  if (giaiDoan) return UNRECOGNISED;
  if (items.length === 1) {
    const m = resolveList(items, ctx);
    if (isFailure(m)) return m;
    const one = m[0] as Milestone;
    // "Hoàn thành và triển khai từ năm 2017": complete in 2017, running from 2017 on
    if (fromMarker || openEnd)
      return {
        shape: 'range',
        from: one,
        to: null,
        completeBy: complete && rollout && fromMarker ? one : null,
      };
    return { shape: 'single', m: one, marker: toMarker ? 'to' : inMarker ? 'in' : 'none' };
  }
  if (!allList || fromMarker || toMarker || openEnd) return UNRECOGNISED;
  const ms = resolveList(items, ctx);
  if (isFailure(ms)) return ms;
  const unique = sortedUnique(ms);
  if (unique.length === 1) return { shape: 'single', m: unique[0] as Milestone, marker: 'none' };
  return { shape: 'list', items: unique };
}
