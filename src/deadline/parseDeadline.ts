/**
 * `parseDeadline`: reads the deadline column of a plan ("Quý II/ 2018",
 * "Thường xuyên trong năm 2018", "Định kỳ hàng quý và đột xuất khi có yêu
 * cầu") into a {@link Deadline}.
 *
 * @module
 */
import { Cursor, isFailure, type FailReason } from './cursor.js';
import { freezeDeadline, NO_EVENTS } from './freeze.js';
import { findCutoff, findRecurrence, periodList } from './recurrence.js';
import {
  CONTINUOUS_WORD,
  CUTOFF_WORD,
  EVENT_WORD,
  isLineBreak,
  MONTH_WORD,
  RECURRENCE_WORD,
  tokenise,
  type Token,
  type Tokenised,
} from './text.js';
import { findEventStart, readDuration, splitEvents } from './events.js';
import { bounds, NOT_CONTINUOUS, stripContinuous } from './span.js';
import { readTimeExpr, type Ctx } from './timeExpr.js';
import { endDay, PART_KINDS, partsMilestones, startDay } from './milestone.js';
import { ctxPeriod, ctxYear } from './part.js';
import { daysInMonth, formatYmd, ymd } from '../calendar/isoDate.js';
import type { Deadline, EventDeadline, Milestone, RecurrenceCutoff, RecurringDeadline } from './types.js';

/**
 * What a deadline is read against: the plan's year (a bare "Quý III" in a
 * plan for 2018, or in the "I. NĂM 2016" group of a multi-year plan) and the
 * plan's period of years (for "cả giai đoạn", for "Thường xuyên" and "trong
 * năm" without a year, and for a day or month without a year when there is
 * no `year`: a yearly duty across the period).
 *
 * @example
 * ```ts
 * import { parseDeadline, type DeadlineContext } from 'cchc';
 * const ctx: DeadlineContext = { year: 2016, period: { from: 2016, to: 2020 } };
 * parseDeadline('Quý III', ctx); // { kind: 'quarter', year: 2016, quarter: 3, … }
 * ```
 */
export interface DeadlineContext {
  /** The year a phrase without a year belongs to. */
  readonly year?: number | undefined;
  /**
   * The plan's period of years, inclusive. With no `year`, "trước ngày 15
   * tháng 12" is due on 15 December of each year of it.
   */
  readonly period?: { readonly from: number; readonly to: number } | undefined;
}

/**
 * Reads deadline text as written in Vietnamese plans into a {@link Deadline}.
 * Never throws; text it cannot read, or that names an impossible date or
 * period ("Quý V", "30/02/2019"), gives `kind: 'unknown'` with a `reason`.
 * NFC or NFD, any case, stray spaces, table debris and text without
 * diacritics read the same. Time is linear in the length of the text.
 *
 * Years come from the text, else from `context.year`; a period without a
 * year and no context gives `unknown` (`no-year`). A day or a month without
 * a year, read with `context.period` and no `context.year`, is a yearly duty
 * across the period (`recurring`). "năm tiếp theo" and "năm sau (năm kế
 * hoạch)" are `context.year + 1`. "Trước ngày D" is due on D with `before:
 * true`; "trước" a period ("Trước năm 2030") means the period before it (the
 * year 2029). "Hoàn thành và triển khai từ năm 2017" is an open range due at
 * the end of 2017 (`completeBy`); a cell with one deadline per line that do
 * not read as one is a `multi` with `parts`. A part of a period with no one
 * due day ("Giữa năm 2019", "Đầu quý III") is `unknown` (`ambiguous`).
 *
 * @param text - The deadline as written.
 * @param context - The plan year and period, for phrases that leave them out.
 * @returns The deadline, deeply frozen.
 *
 * @example
 * ```ts
 * import { parseDeadline } from 'cchc';
 * parseDeadline('Quý II/ 2018');            // { kind: 'quarter', year: 2018, quarter: 2, raw: 'Quý II/ 2018' }
 * parseDeadline('Quý III', { year: 2016 }); // { kind: 'quarter', year: 2016, quarter: 3, … }
 * parseDeadline('trước ngày 15/11/2022');   // { kind: 'date', date: '2022-11-15', before: true, … }
 * parseDeadline('Định kỳ hàng quý và đột xuất khi có yêu cầu').kind; // 'recurring'
 * parseDeadline('Quý V/2018');              // { kind: 'unknown', reason: 'impossible-period', … }
 * parseDeadline('Trước ngày 25 của tháng cuối quý').kind; // 'recurring' (each quarter)
 * parseDeadline('trước ngày 15 tháng 12', { period: { from: 2016, to: 2020 } }).kind; // 'recurring' (each year)
 * parseDeadline('Giữa năm 2019');           // { kind: 'unknown', reason: 'ambiguous', … }
 * ```
 */
export function parseDeadline(text: string, context?: DeadlineContext): Deadline {
  const raw = typeof text === 'string' ? text : '';
  let d: Deadline;
  try {
    d = read(raw, context ?? {});
  } catch {
    d = { kind: 'unknown', raw, reason: 'unrecognised' };
  }
  return freezeDeadline(d);
}

const unknown = (raw: string, reason: FailReason | 'empty'): Deadline => ({ kind: 'unknown', raw, reason });

function read(raw: string, ctx: Ctx): Deadline {
  const tk = tokenise(raw);
  let d = readWhole(raw, tk, ctx);
  if (d.kind === 'recurring') return onePeriodRule(d);
  if (d.kind !== 'unknown' || d.reason === 'empty' || tk.tooLong) return d;
  // "Tháng 12/2024 (báo cáo năm)", "Quý IV/2024 (Hội nghị)": a note in brackets says what, not when
  const plain = d.reason === 'unrecognised' ? withoutNotes(raw) : null;
  if (plain !== null) {
    const n = readWhole(raw, tokenise(plain), ctx);
    if (n.kind !== 'unknown') return n;
    if (n.reason !== 'unrecognised' && n.reason !== 'empty') d = n;
  }
  // a cell with one deadline per sub-task, one per line, that do not read as one
  for (const t of tk.tokens) if (t.nl) return perLine(raw, ctx) ?? d;
  return d;
}

/** The first and last month of a period milestone (a date: null). */
function monthsOf(m: Milestone): readonly [number, number] | null {
  switch (m.kind) {
    case 'month':
      return [m.month, m.month];
    case 'quarter':
      return [m.quarter * 3 - 2, m.quarter * 3];
    case 'half':
      return [m.half * 6 - 5, m.half * 6];
    case 'year':
      return [1, 12];
    case 'date':
      return null;
  }
}

/**
 * "Quý IV/2025 (trước ngày 20 tháng cuối quý)": a rule bounded to the one
 * period it names, with a day of one of its months, is that one date
 * (20/12/2025), so the task is due, and late, as any dated task.
 */
function onePeriodRule(d: RecurringDeadline): Deadline {
  const { from, until, cutoff: c } = d;
  if (d.times !== 1 || d.events.length > 0 || c?.kind !== 'day-of-month') return d;
  if (from === null || until === null || from.kind !== d.every || until.kind !== d.every) return d;
  const span = monthsOf(from);
  if (span === null || from.year !== until.year || monthsOf(until)?.[0] !== span[0]) return d;
  const m =
    c.month === 'first'
      ? span[0]
      : c.month === 'last'
        ? span[1]
        : c.month === 'next'
          ? span[1] + 1
          : span[0] + c.month - 1;
  if (m < span[0] || m > (c.month === 'next' ? span[1] + 1 : span[1])) return d;
  const year = from.year + (m > 12 ? 1 : 0);
  const month = m > 12 ? 1 : m;
  if (c.day > daysInMonth(year, month)) return d;
  return { kind: 'date', date: formatYmd(year, month, c.day), before: c.before, raw: d.raw };
}

/**
 * "Trong quý IV/2017" / "Từ quý IV/2017" on two lines of one cell (two
 * sub-tasks, two deadlines): each line read on its own, as the `parts` of a
 * `multi` whose milestones are the parts' due milestones. Null unless there
 * are two parts or more, every line reads as a part, and one has a due date.
 */
function perLine(raw: string, ctx: Ctx): Deadline | null {
  const parts: Deadline[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && !isLineBreak(raw.charCodeAt(i))) continue;
    const line = raw.slice(start, i).trim();
    start = i + 1;
    if (line === '') continue;
    const part = read(line, ctx);
    if (part.kind === 'unknown' && part.reason === 'empty') continue;
    if (!PART_KINDS.has(part.kind)) return null;
    parts.push(part);
  }
  if (parts.length < 2) return null;
  const milestones = partsMilestones(parts);
  if (milestones.length === 0) return null;
  return { kind: 'multi', raw, milestones, parts };
}

/**
 * The text without its notes in brackets: groups with no number and no word
 * of a period ("(báo cáo năm)" names a report, "(Hội nghị)" an event; "(năm
 * 2024)", "(trước ngày 15/12)", "(hằng quý)" are kept). Null when there is none.
 */
function withoutNotes(raw: string): string | null {
  let out = '';
  let dropped = false;
  let at = 0;
  for (let open = raw.indexOf('('); open >= 0; open = raw.indexOf('(', at)) {
    const close = raw.indexOf(')', open);
    if (close < 0) break;
    const inner = tokenise(raw.slice(open + 1, close)).tokens;
    out += raw.slice(at, open);
    if (inner.some((t) => t.k === 'n' || PERIOD_WORDS.has(t.v))) out += raw.slice(open, close + 1);
    else dropped = true;
    at = close + 1;
  }
  return dropped ? out + raw.slice(at) : null;
}

/** Words that name a time: a bracket with one of them is not a note. */
const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'ngay',
  'tuan',
  'thang',
  'quy',
  'nam',
  'ky',
  'hang',
  'moi',
  'dinh',
]);

/**
 * "trước ngày 15 tháng 12", "Tháng 12" in a plan for several years, read
 * without a year of its own: a yearly duty, on that day (or in that month)
 * each year of the plan's period. Null when the context has a year (then it
 * is that year's date), has no period, or the text is not one day or month.
 */
function yearlyDuty(
  raw: string,
  head: readonly Token[],
  ctx: Ctx,
  events: readonly string[],
): Deadline | null {
  const p = ctxPeriod(ctx);
  if (p === null || ctxYear(ctx) !== null) return null;
  // a leap year stands in for "each year", so 29/02 stays a day (it falls on 28/02 in common years)
  const x = readTimeExpr(new Cursor(head), { year: 2000 });
  if (isFailure(x) || x.shape !== 'single' || x.marker === 'from' || x.marker === 'to') return null;
  const m = x.m;
  // "trước 15/01 năm sau": each year's date falls in the next year; not read as a duty of the year
  if ((m.kind === 'date' ? m.date.slice(0, 4) : String(m.year)) !== '2000') return null;
  let cutoff: RecurrenceCutoff;
  if (m.kind === 'date') {
    const { month, day } = ymd(m.date);
    cutoff = { kind: 'day-of-year', month, day, before: m.before };
  } else if (m.kind === 'month') cutoff = { kind: 'month-of-year', month: m.month };
  else return null;
  return {
    kind: 'recurring',
    raw,
    every: 'year',
    times: 1,
    cutoff,
    from: { kind: 'year', year: p.from },
    until: { kind: 'year', year: p.to },
    events,
  };
}

function readWhole(raw: string, tk: Tokenised, ctx: Ctx): Deadline {
  const { text, tokens, tooLong, hasContent, flags } = tk;
  if (tooLong) return unknown(raw, 'unrecognised');
  if (!hasContent) return unknown(raw, 'empty');

  const e = flags & EVENT_WORD ? findEventStart(tokens) : -1;
  const events = e < 0 ? NO_EVENTS : splitEvents(tokens.slice(e), text, flags);
  let head: readonly Token[] = e < 0 ? tokens : tokens.slice(0, e);
  head = trimHead(head);

  // "trong thời hạn 45 ngày làm việc kể từ ngày … có hiệu lực"
  // "chậm nhất 05 ngày làm việc sau khi kết thúc đợt kiểm tra"
  if (events.length > 0 && (events[0]?.startsWith('kể từ') || events[0]?.startsWith('sau khi'))) {
    const after = readDuration(head);
    if (after !== null) return { kind: 'event', raw, trigger: events.join(' và '), after };
  }

  // "6 tháng, năm": periods listed on their own are a rule
  const listed = periodList(head);
  if (listed !== null) head = listed;
  // a rule word, or a cut-off that names its period ("tháng cuối quý", "của tháng")
  const ruleWords =
    listed !== null ||
    flags & RECURRENCE_WORD ||
    (flags & CUTOFF_WORD && flags & MONTH_WORD && namesPeriod(head));
  const rec = ruleWords ? findRecurrence(head) : null;
  if (rec !== null && isFailure(rec)) return eventOr(raw, events, rec.fail);
  if (rec !== null) {
    // "Định kỳ hàng quý, 6 tháng (chậm nhất trước ngày: 25/2, 25/5, 25/8) và năm
    // (chậm nhất trước ngày 15/11/2022)": the dates written are the milestones.
    // (the days of a yearly rule, "ngày 15/6 và 15/12 hằng năm", are its cut-offs)
    const listed =
      rec.every === 'year' && !rec.rest.some((t) => t.k === 'n' && t.v.length === 4)
        ? null
        : dateList(rec.rest);
    if (listed !== null) {
      const x = readTimeExpr(new Cursor(listed), ctx);
      if (isFailure(x)) return unknown(raw, x.fail);
      if (x.shape === 'list') return { kind: 'multi', raw, milestones: x.items };
    }
    const cut = findCutoff(stripContinuous(rec.rest).rest, rec.every);
    if (isFailure(cut)) return unknown(raw, cut.fail);
    const b = bounds(cut.rest, ctx, false);
    if (isFailure(b)) return unknown(raw, b.fail);
    return {
      kind: 'recurring',
      raw,
      every: cut.every ?? rec.every,
      times: rec.times,
      cutoff: cut.cutoff,
      // "Năm 2024; các năm tiếp theo thực hiện hằng năm": the rule runs from the first one due
      from: b.completeBy ?? b.from,
      until: b.until,
      events,
    };
  }

  const cont = flags & CONTINUOUS_WORD ? stripContinuous(head) : NOT_CONTINUOUS;
  if (cont.found) {
    const b = bounds(cont.rest, ctx, true);
    if (isFailure(b)) return unknown(raw, b.fail);
    // "Năm 2024; các năm tiếp theo thực hiện thường xuyên": due in 2024, going on after it
    if (b.completeBy != null)
      return { kind: 'range', raw, from: b.from as Milestone, to: null, completeBy: b.completeBy };
    return {
      kind: 'continuous',
      raw,
      from: b.from,
      until: b.until,
      event: events.length > 0 ? events.join(' và ') : null,
    };
  }

  const x = readTimeExpr(new Cursor(head), ctx);
  if (isFailure(x)) {
    // "Quý IV/2025 (trước ngày 15/12)": the bracketed day takes the period's year
    // "Tháng 12/2025 (trước ngày 20)": the bracketed day of the month before it
    const dated = x.fail === 'no-year' || x.fail === 'unrecognised' ? bracketedDate(raw, ctx) : null;
    if (dated !== null) return dated;
    const yearly = x.fail === 'no-year' ? yearlyDuty(raw, head, ctx, events) : null;
    return yearly ?? eventOr(raw, events, x.fail);
  }
  switch (x.shape) {
    case 'none':
      return events.length > 0 ? event(raw, events) : unknown(raw, 'unrecognised');
    case 'single':
      return withRaw(x.m, raw);
    case 'range':
      return x.completeBy === null
        ? { kind: 'range', raw, from: x.from, to: x.to }
        : { kind: 'range', raw, from: x.from, to: x.to, completeBy: x.completeBy };
    case 'list': {
      const two =
        x.items.length === 2 &&
        x.items.some((m) => m.kind === 'date') &&
        x.items.some((m) => m.kind !== 'date');
      return (two ? bracketedDate(raw, ctx) : null) ?? { kind: 'multi', raw, milestones: x.items };
    }
  }
}

/**
 * "năm (chậm nhất trước ngày 15/11/2022)", "Quý IV (trước ngày 15/12/2022)":
 * a period followed by a date in brackets that falls inside it names what is
 * due and its day, not two milestones — the date is the deadline. Null for
 * any other list.
 */
function bracketedDate(raw: string, ctx: Ctx): Deadline | null {
  const open = raw.indexOf('(');
  if (open <= 0) return null;
  // The period is what is written before the bracket, the date inside it; a part without a
  // year of its own takes the other's ("năm (… 15/11/2022)", "Quý IV/2025 (trước ngày 15/12)"),
  // else the context's.
  const close = raw.indexOf(')', open);
  const before = raw.slice(0, open);
  // one bracket, closing the text: what is inside is read once (no nesting, no rescans)
  if (close < 0 || raw.indexOf('(', open + 1) >= 0 || !/^[\s.;,]*$/u.test(raw.slice(close + 1))) return null;
  const after = raw.slice(open + 1, close);
  let head = read(before, {});
  let inside = read(after, {});
  if (head.kind === 'unknown')
    head = read(before, inside.kind === 'date' ? { ...ctx, year: Number(inside.date.slice(0, 4)) } : ctx);
  if (head.kind !== 'month' && head.kind !== 'quarter' && head.kind !== 'half' && head.kind !== 'year')
    return null;
  if (inside.kind === 'unknown') inside = read(after, { ...ctx, year: head.year });
  // "(trước ngày 20)" after a month: that day of the month
  if (inside.kind === 'unknown' && head.kind === 'month' && bareDay(after))
    inside = read(`${after} tháng ${head.month}`, { year: head.year });
  if (inside.kind !== 'date') return null;
  const at = startDay(inside);
  return at >= startDay(head) && at <= endDay(head) ? withRaw(inside, raw) : null;
}

/** Whether the text names a day and nothing else of a date: "trước ngày 20", "chậm nhất ngày 05". */
function bareDay(text: string): boolean {
  let day = false;
  for (const t of tokenise(text).tokens) {
    if (t.k === 'n') {
      if (day || t.v.length > 2) return false;
      day = true;
    } else if (t.k === 'p' || t.v === 'thang' || t.v === 'nam' || t.v === 'quy') return false;
  }
  return day;
}

/**
 * The explicit day/month dates in a recurring phrase ("25/2, 25/5, 25/8 và
 * 15/11/2022"), as a list to read, when there are two or more, some written
 * without a year, and no span ("từ … đến …"); null otherwise.
 */
function dateList(tokens: readonly Token[]): Token[] | null {
  const out: Token[] = [];
  let count = 0;
  let yearless = 0;
  let before = false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.k === 'w' && t.v === 'truoc') before = true;
    // a span ("từ … đến …") bounds the rule; it is not a list of milestones
    if (t.k === 'w' && (t.v === 'tu' || t.v === 'den' || t.v === 'trong')) return null;
    const sl = tokens[j + 1];
    const m = tokens[j + 2];
    if (t.k !== 'n' || t.v.length > 2 || sl?.k !== 'p' || sl.v !== '/' || m?.k !== 'n' || m.v.length > 2)
      continue;
    const s2 = tokens[j + 3];
    const y = tokens[j + 4];
    const withYear = s2?.k === 'p' && s2.v === '/' && y?.k === 'n' && y.v.length === 4;
    if (count > 0) out.push({ k: 'p', v: ',', s: t.s, e: t.s, nl: false });
    out.push(t, sl, m);
    if (withYear) out.push(s2, y);
    else yearless++;
    count++;
    j += withYear ? 4 : 2;
  }
  if (count < 2 || yearless === 0) return null;
  if (before) out.unshift({ k: 'w', v: 'truoc', s: 0, e: 0, nl: false });
  return out;
}

/**
 * Whether a cut-off may name its period: "tháng cuối … quý/kỳ", "tháng đầu …
 * quý/kỳ", "của tháng" (a quick test before the rule reader; "6 tháng đầu
 * năm" is not one).
 */
function namesPeriod(tokens: readonly Token[]): boolean {
  for (let j = 0; j + 1 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.k !== 'w') continue;
    const u = tokens[j + 1] as Token;
    if (t.v === 'cua' && u.v === 'thang') return true;
    if (t.v !== 'thang' || (u.v !== 'cuoi' && u.v !== 'dau')) continue;
    // "tháng cuối (cùng) (của) (mỗi) quý"
    for (let k = j + 2; k < j + 6 && k < tokens.length; k++) {
      const w = (tokens[k] as Token).v;
      if (w === 'quy' || w === 'ky') return true;
    }
  }
  return false;
}

/** A milestone as a deadline: built field by field (a spread object is slow to freeze). */
function withRaw(m: Milestone, raw: string): Deadline {
  switch (m.kind) {
    case 'date':
      return { kind: 'date', date: m.date, before: m.before, raw };
    case 'month':
      return { kind: 'month', year: m.year, month: m.month, raw };
    case 'quarter':
      return { kind: 'quarter', year: m.year, quarter: m.quarter, raw };
    case 'half':
      return { kind: 'half', year: m.year, half: m.half, raw };
    case 'year':
      return { kind: 'year', year: m.year, raw };
  }
}

function event(raw: string, events: readonly string[]): EventDeadline {
  return { kind: 'event', raw, trigger: events.join(' và '), after: null };
}

/** When the dated part is only not understood, an event named beside it is still read. */
function eventOr(raw: string, events: readonly string[], reason: FailReason): Deadline {
  return events.length > 0 && reason === 'unrecognised' ? event(raw, events) : unknown(raw, reason);
}

/** Drops connectors and punctuation at the end of the part before an event ("… và", "…,"). */
function trimHead(head: readonly Token[]): readonly Token[] {
  let end = head.length;
  while (end > 0) {
    const t = head[end - 1] as Token;
    if (t.k === 'p' || (t.k === 'w' && (t.v === 'va' || t.v === 'hoac' || t.v === 'thuc' || t.v === 'hien')))
      end--;
    else break;
  }
  return end === head.length ? head : head.slice(0, end);
}
