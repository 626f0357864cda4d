/**
 * Reading a processing time (thời hạn giải quyết) as written in procedure
 * listings: "Không quá 05 ngày làm việc", "Không quá 15 ngày", "Không quá
 * 23 ngày (15 ngày và 08 ngày làm việc)", "0,5 ngày", "02 ngày làm việc quy
 * đổi 16 giờ", "trong 04 giờ", "Trong ngày; sau 15 giờ trả trong ngày làm
 * việc tiếp theo", "Hẹn lần 1: … Hẹn lần 2: …" — the forms published in the
 * procedure listings of the public-service portals (Cổng Dịch vụ công).
 *
 * One pass over the folded text and one over its tokens: linear time, no
 * backtracking regular expressions, never throws.
 *
 * @module
 */
import { inputIssues, shownValue } from '../core/copyInput.js';
import { fail, ok, type Issue, type IssuePath, type Result } from '../core/result.js';
import { deepFreeze } from '../core/freeze.js';
import { collapseSpaces, foldVi, toNfc } from '../core/text.js';
import { formatClock } from './clock.js';
import { dossierIssues } from './messages.js';
import type { ProcessingStep, ProcessingTime } from './processingTime.js';

/**
 * Options of {@link parseProcessingTime}.
 *
 * @example
 * ```ts
 * import { parseProcessingTime, type ParseProcessingTimeOptions } from 'cchc';
 * const o: ParseProcessingTimeOptions = { bareDays: 'working' };
 * parseProcessingTime('Không quá 15 ngày', o); // 15 working days
 * ```
 */
export interface ParseProcessingTimeOptions {
  /**
   * How a whole number of days written without "làm việc" is read:
   * `'calendar'` (default: "Không quá 15 ngày" is 15 calendar days, as the
   * portals list it) or `'working'`. Fractions ("0,5 ngày", "1,5 ngày") are
   * always working days: half days exist only as half office days.
   */
  readonly bareDays?: 'calendar' | 'working';
  /** Path put on issues (default `[]`). */
  readonly path?: IssuePath;
}

/** The most days a processing time may count (ten years); beyond is a typo. */
const MAX_DAYS = 3650;

type Token =
  | { readonly t: 'num'; readonly v: number; readonly depth: number }
  | { readonly t: 'clock'; readonly v: number; readonly depth: number }
  | { readonly t: 'word'; readonly v: string; readonly depth: number }
  | { readonly t: 'sep'; readonly v: string; readonly depth: number };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c > 127;
}

const KINDS = ['num', 'clock', 'word', 'sep'] as const;

/**
 * The tokens of a text, kept in typed arrays (a megabyte of text holds
 * hundreds of thousands of tokens; that many small objects alive at once
 * make the garbage collector's work grow faster than the text). `at(i)`
 * gives token `i` as a short-lived object.
 */
class TokenList {
  length = 0;
  private kinds = new Uint8Array(16);
  private values = new Float64Array(16);
  private ends = new Int32Array(16);
  private depths = new Int32Array(16);

  constructor(private readonly s: string) {}

  /** Adds a number or a clock time with its value. */
  pushValue(t: 'num' | 'clock', v: number, depth: number): void {
    this.add(t, v, 0, depth);
  }

  /** Adds a word or a separator: `s` from `start` to `end`. */
  pushText(t: 'word' | 'sep', start: number, end: number, depth: number): void {
    this.add(t, start, end, depth);
  }

  private add(t: Token['t'], value: number, end: number, depth: number): void {
    if (this.length === this.kinds.length) this.grow();
    const k = this.length++;
    this.kinds[k] = KINDS.indexOf(t);
    this.values[k] = value;
    this.ends[k] = end;
    this.depths[k] = depth;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
    const depths = new Int32Array(size);
    depths.set(this.depths);
    this.depths = depths;
  }

  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const t = KINDS[this.kinds[i] as number] as Token['t'];
    const depth = this.depths[i] as number;
    const v = this.values[i] as number;
    if (t === 'num' || t === 'clock') return { t, v, depth };
    const text = this.s.slice(v, this.ends[i]);
    // Square brackets read as round ones.
    return { t, v: text === '[' ? '(' : text === ']' ? ')' : text, depth };
  }
}

/** Splits folded text into numbers, clock times, words and separators. */
function tokenize(s: string): TokenList {
  const out = new TokenList(s);
  let depth = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      let intPart = 0;
      while (j < n && isDigit(s.charCodeAt(j)) && j - i < 9) intPart = intPart * 10 + s.charCodeAt(j++) - 48;
      while (j < n && isDigit(s.charCodeAt(j))) j++; // absurdly long: keep scanning, value saturates
      // "15h", "15h00", "15g30", "15:00" — a clock time
      const next = s.charCodeAt(j);
      if ((next === 104 || next === 103 || next === 58) && intPart <= 24) {
        let k = j + 1;
        let mins = 0;
        if (k + 1 < n && isDigit(s.charCodeAt(k)) && isDigit(s.charCodeAt(k + 1))) {
          mins = (s.charCodeAt(k) - 48) * 10 + s.charCodeAt(k + 1) - 48;
          k += 2;
        } else if (next === 58) {
          // "15:" without minutes — not a clock; fall through as a number
          out.pushValue('num', intPart, depth);
          i = j;
          continue;
        }
        if (mins <= 59 && (k >= n || !isLetter(s.charCodeAt(k)))) {
          out.pushValue('clock', intPart * 60 + mins, depth);
          i = k;
          continue;
        }
      }
      // decimal comma or point: "0,5", "1.5"
      if ((next === 44 || next === 46) && j + 1 < n && isDigit(s.charCodeAt(j + 1))) {
        let k = j + 1;
        let frac = 0;
        let scale = 1;
        while (k < n && isDigit(s.charCodeAt(k))) {
          if (scale < 1e6) {
            frac = frac * 10 + s.charCodeAt(k) - 48;
            scale *= 10;
          }
          k++;
        }
        out.pushValue('num', intPart + frac / scale, depth);
        i = k;
        continue;
      }
      out.pushValue('num', intPart, depth);
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (j < n && isLetter(s.charCodeAt(j))) j++;
      out.pushText('word', i, j, depth);
      i = j;
      continue;
    }
    if (c === 40 || c === 91) {
      depth++;
      out.pushText('sep', i, i + 1, depth);
    } else if (c === 41 || c === 93) {
      out.pushText('sep', i, i + 1, depth);
      if (depth > 0) depth--;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) {
      out.pushText('sep', i, i + 1, depth);
    }
    i++;
  }
  return out;
}

interface Quantity {
  readonly step: ProcessingStep;
  /** Written as "N ngày" without "làm việc". */
  readonly bare: boolean;
  readonly depth: number;
  /** Token index range, for looking at what joins two quantities. */
  readonly from: number;
  readonly to: number;
}

interface Scan {
  readonly quantities: Quantity[];
  readonly sameDay: boolean;
  readonly cutoff: number; // minutes, -1 when none
  readonly unsupported: string | null;
}

const UNSUPPORTED = new Map<string, string>([
  ['thang', 'tháng'],
  ['tuan', 'tuần'],
  ['phut', 'phút'],
  ['nam', 'năm'],
  ['buoi', 'buổi'],
]);

function word(tokens: TokenList, i: number): string | null {
  const t = tokens.at(i);
  return t !== undefined && t.t === 'word' ? t.v : null;
}

/** Finds the quantities, same-day markers and cut-off time in a token range. */
function scan(tokens: TokenList, from: number, to: number): Scan {
  const quantities: Quantity[] = [];
  let sameDay = false;
  let cutoff = -1;
  let unsupported: string | null = null;
  // after "trong đó" (of which) come the parts of the total, as if in brackets
  let inner = 0;
  for (let i = from; i < to; i++) {
    const tok = tokens.at(i);
    if (tok === undefined) break;
    const prev = i > from ? word(tokens, i - 1) : null;
    const clockContext =
      prev === 'sau' || prev === 'truoc' || prev === 'luc' || prev === 'den' || prev === 'tu';
    if (tok.t === 'clock') {
      if (clockContext) cutoff = tok.v;
      continue;
    }
    if (tok.t === 'word') {
      // "trong ngày" / "ngay trong ngày" / "trong ngày làm việc" — but not
      // "trong ngày làm việc tiếp theo" (the cut-off clause).
      if (tok.v === 'trong' && word(tokens, i + 1) === 'ngay') {
        let k = i + 2;
        if (word(tokens, k) === 'lam' && word(tokens, k + 1) === 'viec') k += 2;
        const a = word(tokens, k);
        const b = word(tokens, k + 1);
        const nextDay =
          (a === 'tiep' && b === 'theo') || (a === 'ke' && b === 'tiep') || (a === 'hom' && b === 'sau');
        if (!nextDay) sameDay = true;
      }
      if (tok.v === 'trong' && word(tokens, i + 1) === 'do' && quantities.length > 0) inner = 1;
      // "nửa ngày (làm việc)": half a working day
      if (tok.v === 'nua' && word(tokens, i + 1) === 'ngay') {
        const end = i + (word(tokens, i + 2) === 'lam' && word(tokens, i + 3) === 'viec' ? 4 : 2);
        quantities.push({
          step: { kind: 'working_days', days: 0.5 },
          bare: false,
          depth: tok.depth + inner,
          from: i,
          to: end,
        });
        i = end - 1;
      }
      continue;
    }
    if (tok.t !== 'num') continue;
    const w1 = word(tokens, i + 1);
    // "1/2 ngày": a fraction written with a slash
    let amount = tok.v;
    let qFrom = i;
    const slash = tokens.at(i - 1);
    const numer = tokens.at(i - 2);
    if (
      (w1 === 'ngay' || w1 === 'gio') &&
      i - 2 >= from &&
      slash?.t === 'sep' &&
      slash.v === '/' &&
      numer?.t === 'num' &&
      tok.v > 0
    ) {
      amount = numer.v / tok.v;
      qFrom = i - 2;
    }
    if (w1 === 'gio') {
      // "sau 15 giờ (00 phút)" is a clock time, "04 giờ" a duration
      let k = i + 2;
      let mins = 0;
      const m = tokens.at(k);
      if (m !== undefined && m.t === 'num' && m.v < 60 && Number.isInteger(m.v)) {
        mins = m.v;
        k++;
        if (word(tokens, k) === 'phut') k++;
      }
      if (clockContext) {
        if (tok.v <= 24) cutoff = tok.v * 60 + mins;
        i = k - 1;
        continue;
      }
      let end = i + 2;
      if (word(tokens, end) === 'lam' && word(tokens, end + 1) === 'viec') end += 2;
      quantities.push({
        step: { kind: 'working_hours', hours: amount },
        bare: false,
        depth: tok.depth + inner,
        from: qFrom,
        to: end,
      });
      i = end - 1;
      continue;
    }
    if (w1 === 'ngay') {
      const working = word(tokens, i + 2) === 'lam' && word(tokens, i + 3) === 'viec';
      let end = i + (working ? 4 : 2);
      let equivalentHours: number | undefined;
      // "02 ngày làm việc quy đổi 16 giờ" / "(tương đương 16 giờ)"
      let k = end;
      if (tokens.at(k)?.t === 'sep' && tokens.at(k)?.v === '(') k++;
      if (
        (word(tokens, k) === 'quy' && word(tokens, k + 1) === 'doi') ||
        (word(tokens, k) === 'tuong' && word(tokens, k + 1) === 'duong')
      ) {
        const h = tokens.at(k + 2);
        if (h !== undefined && h.t === 'num' && word(tokens, k + 3) === 'gio') {
          equivalentHours = h.v;
          end = k + 4;
          if (tokens.at(end)?.t === 'sep' && tokens.at(end)?.v === ')' && tokens.at(k - 1)?.v === '(') end++;
        }
      }
      const step: ProcessingStep = working
        ? equivalentHours === undefined
          ? { kind: 'working_days', days: amount }
          : { kind: 'working_days', days: amount, equivalentHours }
        : { kind: 'calendar_days', days: amount };
      quantities.push({ step, bare: !working, depth: tok.depth + inner, from: qFrom, to: end });
      i = end - 1;
      continue;
    }
    if (w1 !== null && UNSUPPORTED.has(w1) && !clockContext) {
      unsupported ??= UNSUPPORTED.get(w1) ?? w1;
    }
  }
  return { quantities, sameDay, cutoff, unsupported };
}

/** Words allowed between the parts of a mixed time: "15 ngày và 08 ngày làm việc". */
function joinedAsParts(tokens: TokenList, a: Quantity, b: Quantity): boolean {
  for (let i = a.to; i < b.from; i++) {
    const t = tokens.at(i);
    if (t === undefined) return false;
    if (t.t === 'word' && (t.v === 'va' || t.v === 'cong')) continue;
    if (t.t === 'sep' && (t.v === '+' || t.v === ',')) continue;
    return false;
  }
  return true;
}

function finishStep(
  q: Quantity,
  bareDays: 'calendar' | 'working',
  path: IssuePath,
  issues: Issue[],
): ProcessingStep {
  let step = q.step;
  if (step.kind === 'calendar_days' && (bareDays === 'working' || !Number.isInteger(step.days))) {
    step = { kind: 'working_days', days: step.days };
  }
  const amount = step.kind === 'working_hours' ? step.hours : step.days;
  const bad =
    !(amount > 0) ||
    amount > (step.kind === 'working_hours' ? MAX_DAYS * 24 : MAX_DAYS) ||
    (step.kind === 'working_days' && !Number.isInteger(amount * 2)) ||
    (step.kind === 'working_hours' && !Number.isInteger(amount * 60));
  if (bad) {
    const unit =
      step.kind === 'working_hours' ? 'giờ' : step.kind === 'working_days' ? 'ngày làm việc' : 'ngày';
    issues.push(dossierIssues.invalidAmount(path, amount, unit));
  }
  return step;
}

function parseSegment(
  tokens: TokenList,
  from: number,
  to: number,
  raw: string,
  bareDays: 'calendar' | 'working',
  path: IssuePath,
  issues: Issue[],
): ProcessingTime | null {
  const s = scan(tokens, from, to);
  if (s.unsupported !== null) {
    issues.push(dossierIssues.unsupportedUnit(path, s.unsupported, raw));
    return null;
  }
  const qs = s.quantities;
  if (qs.length === 0) {
    if (!s.sameDay) {
      issues.push(dossierIssues.unrecognised(path, raw));
      return null;
    }
    return s.cutoff >= 0 ? { kind: 'same_day', cutoff: formatClock(s.cutoff) } : { kind: 'same_day' };
  }
  if (s.sameDay) {
    issues.push(dossierIssues.alternatives(path, raw));
    return null;
  }
  const first = qs[0];
  if (first === undefined) return null;
  if (qs.length === 1) return finishStep(first, bareDays, path, issues);

  // "23 ngày (15 ngày và 08 ngày làm việc)": a total, then its parts in brackets
  const rest = qs.slice(1);
  const bracketed = rest.every((q) => q.depth > first.depth);
  const partsJoined = (list: readonly Quantity[]): boolean =>
    list.every((q, k) => k === 0 || joinedAsParts(tokens, list[k - 1] as Quantity, q));
  if (
    bracketed &&
    first.step.kind !== 'working_hours' &&
    rest.every((q) => q.step.kind !== 'working_hours')
  ) {
    const total = first.step.days;
    const sum = rest.reduce((acc, q) => acc + (q.step.kind === 'working_hours' ? 0 : q.step.days), 0);
    const units = new Set(rest.map((q) => q.step.kind));
    // "23 ngày (15 ngày và 08 ngày làm việc)": steps in two units, one after the other
    if (rest.length >= 2 && units.size > 1 && partsJoined(rest)) {
      if (sum !== total) {
        issues.push(dossierIssues.totalMismatch(path, total, sum, raw));
        return null;
      }
      return {
        kind: 'mixed',
        steps: rest.map((q) => finishStep(q, bareDays, path, issues)),
        totalDays: total,
      };
    }
    // "10 ngày làm việc (Sở Tài nguyên 07 ngày, UBND tỉnh 03 ngày)": the total
    // split among the agencies that handle the dossier in turn
    if (sum === total && (rest.length >= 2 || units.has(first.step.kind) || rest[0]?.bare === true)) {
      return finishStep(first, bareDays, path, issues);
    }
    if (rest.length >= 2) {
      issues.push(dossierIssues.totalMismatch(path, total, sum, raw));
      return null;
    }
  }
  if (partsJoined(qs) && qs.every((q) => q.depth === first.depth)) {
    return { kind: 'mixed', steps: qs.map((q) => finishStep(q, bareDays, path, issues)) };
  }
  issues.push(dossierIssues.alternatives(path, raw));
  return null;
}

/** Index of the token starting "hẹn lần N", or -1. */
function findAppointment(tokens: TokenList, n: number): number {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (word(tokens, i) === 'hen' && word(tokens, i + 1) === 'lan') {
      const t = tokens.at(i + 2);
      if (t !== undefined && t.t === 'num' && t.v === n) return i;
      if (t !== undefined && t.t === 'word' && ((n === 1 && t.v === 'dau') || (n === 2 && t.v === 'hai')))
        return i;
    }
  }
  return -1;
}

/**
 * Reads a processing time (thời hạn giải quyết) written in Vietnamese.
 * Accepts NFC or NFD text, with or without diacritics. Never throws; a unit
 * it cannot count (tháng, tuần, phút, buổi…), several times for different
 * cases ("05 ngày; trường hợp phải xác minh 10 ngày"), or a total that does
 * not match its parts is an issue, not a guess.
 *
 * | text | value |
 * | --- | --- |
 * | "Không quá 05 ngày làm việc" | `working_days` 5 |
 * | "Không quá 15 ngày" | `calendar_days` 15 (see `bareDays`) |
 * | "Không quá 23 ngày (15 ngày và 08 ngày làm việc)" | `mixed` [calendar 15, working 8], total 23 |
 * | "10 ngày làm việc (Sở TN&MT: 07 ngày; UBND tỉnh: 03 ngày)" | `working_days` 10 (the split must add up) |
 * | "0,5 ngày", "1,5 ngày", "1/2 ngày", "nửa ngày" | `working_days` 0.5, 1.5, 0.5, 0.5 |
 * | "02 ngày làm việc quy đổi 16 giờ" | `working_days` 2, `equivalentHours` 16 |
 * | "Trong 04 giờ" | `working_hours` 4 |
 * | "Trong ngày; sau 15 giờ trả trong ngày làm việc tiếp theo" | `same_day`, cutoff `15:00` |
 * | "Hẹn lần 1: 05 ngày làm việc; Hẹn lần 2: 03 ngày làm việc" | `two_appointments` |
 *
 * @example
 * ```ts
 * import { parseProcessingTime } from 'cchc';
 * const r = parseProcessingTime('Không quá 23 ngày (15 ngày và 08 ngày làm việc)');
 * if (r.ok) console.log(r.value.kind); // 'mixed'
 * parseProcessingTime('Không quá 02 tháng'); // { ok: false, issues: [{ code: 'processing_time_unit_unsupported', … }] }
 * ```
 */
export function parseProcessingTime(
  text: string,
  options: ParseProcessingTimeOptions = {},
): Result<ProcessingTime> {
  let path: IssuePath = [];
  let bare: unknown;
  try {
    if (Array.isArray(options?.path)) path = options.path;
    bare = options?.bareDays;
  } catch {
    return fail([inputIssues.unreadable([])]); // options behind a Proxy or getter that throws
  }
  // A misspelt choice ('working_days') read "15 ngày" as calendar days without a word.
  if (bare !== undefined && bare !== 'calendar' && bare !== 'working')
    return fail([dossierIssues.invalidOption(['bareDays'], bare, ['calendar', 'working'])]);
  const bareDays = bare === 'working' ? 'working' : 'calendar';
  if (typeof text !== 'string') return fail([dossierIssues.unrecognised(path, shownValue(text))]);
  const raw = collapseSpaces(toNfc(text));
  if (raw === '') return fail([dossierIssues.emptyText(path)]);
  const tokens = tokenize(foldVi(raw));
  const issues: Issue[] = [];
  const a1 = findAppointment(tokens, 1);
  const a2 = findAppointment(tokens, 2);
  let value: ProcessingTime | null;
  if (a1 >= 0 || a2 >= 0) {
    if (a1 < 0 || a2 < 0 || a2 < a1) return fail([dossierIssues.appointmentMissing(path, raw)]);
    const first = parseSegment(tokens, a1 + 3, a2, raw, bareDays, [...path, 'first'], issues);
    const second = parseSegment(tokens, a2 + 3, tokens.length, raw, bareDays, [...path, 'second'], issues);
    value = first !== null && second !== null ? { kind: 'two_appointments', first, second } : null;
  } else {
    value = parseSegment(tokens, 0, tokens.length, raw, bareDays, path, issues);
  }
  if (issues.length > 0 || value === null)
    return fail(issues.length > 0 ? issues : [dossierIssues.unrecognised(path, raw)]);
  return ok(deepFreeze({ ...value, raw }));
}
