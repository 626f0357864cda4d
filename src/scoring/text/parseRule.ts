/**
 * `parseRule`: one leaf's scoring text, as a decision's annex words it,
 * read into a rule kind.
 *
 * @module
 */
import { inputIssues, shownValue } from '../../core/copyInput.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Issue, IssuePath } from '../../core/result.js';
import { foldKey, isFoldIgnorable, isSpaceCode, toNfc } from '../../core/text.js';
import type { Comparator } from '../../plan/types.js';
import { formatThousandths, parseThousandths, toPoints } from '../decimal.js';
import { msg } from '../messages.js';
import type { TierBounds } from '../tierIntervals.js';
import type { Rule, RuleJson, Tier } from '../types.js';
import { type Clause, splitClauses, wordsAt } from './clauses.js';
import { rangeOf, type WordRange } from './ranges.js';
import { K, type Toks, tokenize } from './tokens.js';

/**
 * Options of {@link parseRule}: the leaf's maximum (the "điểm tối đa"
 * column), and the unit of the measured value when the text writes its
 * bounds without one ("từ 5 sáng kiến trở lên" → `unitOf: 'sáng kiến'`).
 *
 * @example
 * ```ts
 * import type { ParseRuleOptions } from 'cchc';
 * const o: ParseRuleOptions = { max: 2, unitOf: 'sáng kiến' };
 * ```
 */
export interface ParseRuleOptions {
  /** The leaf's maximum, in points (at most three decimals). */
  readonly max: number;
  /** The unit of ranges written without "%". */
  readonly unitOf?: string;
}

/**
 * What {@link parseRule} returns: a `Result<RuleJson>` whose success also
 * carries `warnings` (a rule read as `manual`, an outcome list whose best
 * gives less than the max) and `survey` (the text says the points come
 * from a sociological survey, *điều tra xã hội học*).
 *
 * @example
 * ```ts
 * import { parseRule, type ParseRuleResult } from 'cchc';
 * const r: ParseRuleResult = parseRule('Đạt: 1 điểm; Không đạt: 0', { max: 1 });
 * if (r.ok) console.log(r.value.kind, r.warnings.length, r.survey); // binary 0 false
 * ```
 */
export type ParseRuleResult =
  | {
      readonly ok: true;
      readonly value: RuleJson;
      readonly warnings: readonly Issue[];
      readonly survey: boolean;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Reading =
  | { readonly rule: Rule }
  | { readonly unread: readonly [string, string] }
  | { readonly manual: readonly [string, string] }
  | { readonly direct: true }
  | { readonly failed: true };

interface Ctx {
  /** The text as given (tokens' offsets refer to it; names cut from it go through `toNfc`). */
  readonly nfc: string;
  readonly t: Toks;
  /** Thousandths. */
  readonly max: number;
  readonly unitOf: string | undefined;
  /** Phrases the text holds anywhere (one scan of the words). */
  readonly has: Phrases;
  readonly path: IssuePath;
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

const CATCH_ALL = new Set([
  'con lai',
  'cac truong hop con lai',
  'truong hop con lai',
  'truong hop khac',
  'cac truong hop khac',
  'khong dat',
  'chua dat',
]);

/**
 * A level that says nothing was done ("Không thực hiện", "Không tổ chức", "Không triển khai",
 * "Không có …"): beside ranges, the case of a measured value of none.
 */
const NOT_DONE = /^ khong (thuc hien|to chuc|trien khai|ban hanh|kiem tra|co) /u;

const unread = (vi: string, en: string): Reading => ({ unread: [vi, en] });

/** Which of the phrases that steer the reading a text holds. */
interface Phrases {
  survey: boolean;
  direct: boolean;
  tru: boolean;
  chiTieu: boolean;
}

/** One pass over the words: "điều tra xã hội học", "chấm điểm trực tiếp", "trừ", "chỉ tiêu". */
function phrasesOf(t: Toks): Phrases {
  const has: Phrases = { survey: false, direct: false, tru: false, chiTieu: false };
  const n = t.n;
  for (let i = 0; i < n; i++) {
    if (t.k(i) !== K.Word) continue;
    switch (t.w(i)) {
      case 'dieu':
        if (wordsAt(t, i, n, SURVEY_WORDS) || wordsAt(t, i, n, ['dieu', 'tra', 'xhh'])) has.survey = true;
        break;
      case 'dtxhh':
      case 'xhh':
        has.survey = true;
        break;
      case 'khao':
        if (wordsAt(t, i, n, ['khao', 'sat'])) has.survey = true;
        break;
      case 'cham':
      case 'nhap':
      case 'cho':
        if (wordsAt(t, i + 1, n, ['diem', 'truc', 'tiep'])) has.direct = true;
        break;
      case 'tru':
        has.tru = true;
        break;
      case 'chi':
        if (wordsAt(t, i, n, ['chi', 'tieu'])) has.chiTieu = true;
        break;
      default:
        break;
    }
  }
  return has;
}

const SURVEY_WORDS = ['dieu', 'tra', 'xa', 'hoi', 'hoc'];

/** The text of tokens [a, b) as written (NFC), trimmed. */
function slice(ctx: Ctx, a: number, b: number): string {
  if (a >= b) return '';
  return toNfc(ctx.nfc.slice(ctx.t.s(a), ctx.t.e(b - 1))).trim();
}

/** A clause's condition as written, without a leading "Nếu". */
function conditionText(ctx: Ctx, c: Clause): string {
  let a = c.a;
  if (wordsAt(ctx.t, a, c.c, ['neu'])) a++;
  return slice(ctx, a, c.c);
}

/** Whether the text holds nothing but spaces and invisible characters. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !isFoldIgnorable(c)) return false;
  }
  return true;
}

/** The folded words and numbers of tokens [a, b), one space apart ("khong dat yeu cau"). */
function wordKey(t: Toks, a: number, b: number): string {
  let key = '';
  for (let i = a; i < b; i++) {
    const k = t.k(i);
    if (k === K.Word) key = key === '' ? t.w(i) : `${key} ${t.w(i)}`;
    else if (k === K.Num) key = key === '' ? String(t.v(i)) : `${key} ${t.v(i)}`;
  }
  return key;
}

/** A text on one line, at most 90 characters, for a message. */
function quote(text: string): string {
  let one = '';
  let space = false;
  const n = Math.min(text.length, 200);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) space = true;
    else {
      if (space && one !== '') one += ' ';
      space = false;
      one += text.charAt(i);
    }
  }
  return one.length > 90 || text.length > 200 ? `${one.slice(0, 87)}…` : one;
}

function pts(th: number): number {
  return toPoints(th);
}

/**
 * Reads one leaf's scoring text ("cách chấm", "hướng dẫn chấm điểm") into
 * a rule kind, checking its points against the leaf's `max`:
 *
 * - **levels**: named outcomes with points, one per line or after "·",
 *   ";", "," — "Ban hành kịp thời: 1 điểm", "- … : 1đ", "… được 0,5 điểm",
 *   "… (1 điểm)", "…: điểm tối đa". Keyed by the names as written; scoring
 *   matches inputs without regard to case, diacritics or spacing.
 * - **binary**: two outcomes, max and 0, the second the negation of the
 *   first — "Đạt yêu cầu / Không đạt yêu cầu", "Có … / Không …".
 * - **allOf**: "Đủ … và đúng …: 1; không đủ … hoặc không đúng …: 0" — the
 *   conditions joined by "và" (or commas).
 * - **tiers**: ranges with points — "trên 90%", "từ 70% - 90%", "từ 80%
 *   đến dưới 100%", "dưới 70%", "100%", "từ 5% trở lên", "không quá 5%",
 *   "≥ 90%" — each end inclusive or exclusive as written; higher or lower
 *   is better from the points. A bare value at the better end ("100%") is
 *   read as reaching it (≥ 100). A worst range worth 0 is left implicit.
 *   Beside "Không thực hiện: 0" ("Không tổ chức", "Không có …") the worst
 *   range starts above 0 ("Dưới 25%: 0,25" → `{ above: 0, points: 0.25 }`);
 *   whole counts that touch ("từ 2 - 4 bài", "ít nhất 05 bài") leave no gap.
 * - **target**: one range worth the max when the text speaks of a
 *   *chỉ tiêu* ("Đạt chỉ tiêu từ 80% trở lên: 2 điểm; không đạt: 0"), with
 *   fixed or proportional points when it is not met.
 * - **proportional**: "Điểm = tỷ lệ % × điểm tối đa", "tỷ lệ % x 2",
 *   "(số … / tổng số …) × 2"; "không phát sinh …: điểm tối đa" → `whenEmpty`.
 * - **deduction**: "mỗi … trừ 0,25 điểm", with "tối đa trừ 1 điểm" /
 *   "trừ tối đa …" as a floor (max − 1), "trừ đến hết điểm" as 0. A penalty
 *   with nothing counted ("… bị trừ 0,25 điểm", no "mỗi", "cứ", "từng" or
 *   "/ngày") is taken once, and is left `manual`.
 * - **survey**: "điều tra xã hội học" with a scale ("thang 1 - 5"); without
 *   one the survey's points are entered by hand (`manual`), and `survey`
 *   is true either way.
 *
 * Text it cannot read becomes `{ kind: 'manual', text }` with a warning
 * (`rule_unread`) giving the reason — it never guesses: so do points for
 * each item counted ("mỗi ứng dụng …: 1 điểm, tổng điểm không quá 5"), a
 * level worth "tối đa 3 điểm", and the formula of a rate that does not say
 * how it becomes points ("Tỷ lệ % = (… / …) x 100"). Points above the
 * max, ranges that overlap or leave a gap, points that rise and fall, and
 * level names that fold to the same key are issues (`ok: false`). Never
 * throws.
 *
 * @example
 * ```ts
 * import { parseRule } from 'cchc';
 * parseRule('Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0', { max: 1 });
 * // { ok: true, value: { kind: 'levels', levels: { 'Ban hành kịp thời': 1, 'Ban hành không kịp thời': 0.5, 'Không ban hành': 0 } }, warnings: [], survey: false }
 * parseRule('Thực hiện trên 90% kế hoạch: 2 · Thực hiện từ 70% - 90% kế hoạch: 1 · Dưới 70% kế hoạch: 0', { max: 2 });
 * // value: { kind: 'tiers', tiers: [{ above: 90, points: 2 }, { min: 70, points: 1 }] }
 * parseRule('Mỗi văn bản chậm trừ 0,25 điểm, tối đa trừ 1 điểm', { max: 2 });
 * // value: { kind: 'deduction', per: 0.25, floor: 1 }
 * ```
 */
export function parseRule(text: string, options: ParseRuleOptions): ParseRuleResult {
  const issues: Issue[] = [];
  let rawMax: unknown;
  let rawUnit: unknown;
  try {
    if (options !== null && typeof options === 'object') ({ max: rawMax, unitOf: rawUnit } = options);
  } catch {
    // options behind a Proxy or a getter that throws
    return deepFreeze({ ok: false as const, issues: [inputIssues.unreadable([])] });
  }
  const max = typeof rawMax === 'number' ? parseThousandths(rawMax) : null;
  if (max === null || max < 0) issues.push(msg.invalidMax(['max'], shownValue(rawMax)));
  if (typeof text !== 'string') issues.push(msg.ruleNotText([]));
  const unitOf = typeof rawUnit === 'string' ? toNfc(rawUnit).trim() : undefined;
  if (issues.length > 0 || max === null || typeof text !== 'string')
    return deepFreeze({ ok: false as const, issues });
  return readRule(text, max, unitOf === '' ? undefined : unitOf, []);
}

/** parseRule with the max in thousandths and the path its issues take. @internal */
export function readRule(
  text: string,
  max: number,
  unitOf: string | undefined,
  path: IssuePath,
): ParseRuleResult {
  // The tokenizer folds NFD and invisible characters as it reads, so the whole text is
  // normalised only when it is kept (a manual rule); names are normalised as they are cut.
  const nfc = text;
  const warnings: Issue[] = [];
  if (isBlank(nfc)) {
    warnings.push(msg.ruleMissing(path));
    return done({ kind: 'manual' }, warnings, false);
  }
  const t = tokenize(nfc);
  const ctx: Ctx = { nfc, t, max, unitOf, has: phrasesOf(t), path, issues: [], warnings };
  const survey = ctx.has.survey;
  const reading = read(ctx, survey);
  if ('failed' in reading) return deepFreeze({ ok: false as const, issues: ctx.issues });
  if (ctx.issues.length > 0) return deepFreeze({ ok: false as const, issues: ctx.issues });
  let rule: Rule;
  if ('rule' in reading) rule = reading.rule;
  else if ('direct' in reading) {
    warnings.push(
      msg.ruleManual(
        path,
        'cách chấm ghi chấm điểm trực tiếp',
        'the rule says the points are given directly',
      ),
    );
    rule = { kind: 'manual' };
  } else if ('manual' in reading) {
    warnings.push(msg.ruleManual(path, reading.manual[0], reading.manual[1]));
    rule = { kind: 'manual', text: toNfc(nfc).trim() };
  } else {
    const text = toNfc(nfc).trim();
    warnings.push(msg.ruleUnread(path, quote(text), reading.unread[0], reading.unread[1]));
    rule = { kind: 'manual', text };
  }
  return done(rule, warnings, survey);
}

/** The success, frozen shape by shape (issues come frozen from `issue`). */
function done(rule: Rule, warnings: Issue[], survey: boolean): ParseRuleResult {
  switch (rule.kind) {
    case 'levels':
      Object.freeze(rule.levels);
      break;
    case 'tiers':
      for (const t of rule.tiers) Object.freeze(t);
      Object.freeze(rule.tiers);
      break;
    case 'allOf':
      Object.freeze(rule.conditions);
      break;
    case 'survey':
      Object.freeze(rule.scale);
      break;
    case 'target':
      Object.freeze(rule.target);
      if (rule.partial !== undefined) Object.freeze(rule.partial);
      break;
    default:
      break;
  }
  return Object.freeze({
    ok: true as const,
    value: Object.freeze(rule),
    warnings: Object.freeze(warnings),
    survey,
  });
}

function read(ctx: Ctx, survey: boolean): Reading {
  if (ctx.has.direct && !hasNumber(ctx.t, 0, ctx.t.n)) return { direct: true };
  if (survey) {
    const scale = readSurveyScale(ctx);
    if (scale !== null) return scale;
  }
  const clauses = splitClauses(ctx.t, ctx.max);
  if (ctx.has.tru && deducts(ctx.t)) return readDeduction(ctx, clauses);
  const formula = readProportional(ctx, clauses);
  if (formula !== null) return formula;
  const reading = readClauses(ctx, clauses);
  if (survey && 'unread' in reading)
    return {
      manual: [
        'điểm lấy từ kết quả điều tra xã hội học, nhập điểm trực tiếp',
        'the points come from the sociological survey and are entered directly',
      ],
    };
  return reading;
}

/** "điều tra xã hội học … thang 1 - 5" → survey on [1, 5]. */
function readSurveyScale(ctx: Ctx): Reading | null {
  const t = ctx.t;
  for (let i = 0; i < t.n; i++) {
    if (t.w(i) !== 'thang') continue;
    let j = i + 1;
    if (wordsAt(t, j, t.n, ['diem'])) j++;
    if (wordsAt(t, j, t.n, ['tu'])) j++;
    const joinW = t.w(j + 1);
    if (
      t.k(j) === K.Num &&
      t.k(j + 2) === K.Num &&
      (t.k(j + 1) === K.Dash || joinW === 'den' || joinW === 'toi')
    ) {
      const lo = t.v(j);
      const hi = t.v(j + 2);
      if (!(lo < hi)) return unread('thang khảo sát không tăng dần', 'the survey scale does not ascend');
      return { rule: { kind: 'survey', scale: [lo, hi] } };
    }
  }
  return null;
}

/** Whether some "trừ" takes points ("trừ 0,25", "trừ tối đa 1", "trừ hết"), not "tạm trú" or "trừ trường hợp". */
function deducts(t: Toks): boolean {
  const n = t.n;
  for (let i = 0; i < n; i++) {
    if (t.w(i) !== 'tru') continue;
    let j = i + 1;
    if (wordsAt(t, j, n, ['di'])) j++;
    if (wordsAt(t, j, n, ['toi', 'da']) || wordsAt(t, j, n, ['khong', 'qua'])) j += 2;
    if (t.k(j) === K.Num || wordsAt(t, j, n, ['het']) || wordsAt(t, j, n, ['den', 'het'])) return true;
  }
  return false;
}

/** "Mỗi văn bản chậm trừ 0,25 điểm, tối đa trừ 1 điểm" → deduction. */
function readDeduction(ctx: Ctx, clauses: readonly Clause[]): Reading {
  const t = ctx.t;
  let per: number | undefined;
  let cap: number | undefined;
  let floor: number | undefined;
  let toZero = false;
  for (const c of clauses) {
    let used = false;
    for (let i = c.a; i < c.b; i++) {
      if (t.k(i) !== K.Word) continue;
      const w = t.w(i);
      if (w === 'tru') {
        used = true;
        // "trừ tối đa 1 điểm", "trừ không quá 1 điểm"
        let j = i + 1;
        let isCap = false;
        for (const w of [
          ['toi', 'da'],
          ['khong', 'vuot', 'qua'],
          ['khong', 'qua'],
        ]) {
          if (wordsAt(t, j, c.b, w)) {
            j += w.length;
            isCap = true;
            break;
          }
        }
        // "tối đa trừ 1 điểm", "tổng số điểm trừ không quá …"
        if (
          wordsAt(t, i - 2, i, ['toi', 'da']) ||
          wordsAt(t, i - 2, i, ['tong', 'diem']) ||
          wordsAt(t, i - 3, i, ['tong', 'so', 'diem'])
        )
          isCap = true;
        if (wordsAt(t, j, c.b, ['di'])) j++;
        if (wordsAt(t, j, c.b, ['het']) || wordsAt(t, j, c.b, ['den', 'het'])) {
          toZero = true;
          continue;
        }
        if (t.k(j) !== K.Num || j >= c.b) continue;
        const value = parseThousandths(t.v(j));
        if (value === null || t.d(j) > 3)
          return unread('số điểm trừ có quá 3 chữ số thập phân', 'more than 3 decimals');
        if (isCap) {
          if (cap !== undefined) return unread('nêu hai mức trừ tối đa', 'two caps on the deduction');
          cap = value;
        } else {
          if (per !== undefined) return unread('nêu hai mức trừ cho mỗi lần', 'two amounts per violation');
          per = value;
        }
        i = j;
        continue;
      }
      // "không thấp hơn -0,25 điểm", "thấp nhất còn 0"
      const low = wordsAt(t, i, c.b, ['khong', 'thap', 'hon'])
        ? i + 3
        : wordsAt(t, i, c.b, ['thap', 'nhat', 'con'])
          ? i + 3
          : -1;
      if (low >= 0) {
        used = true;
        const neg = t.k(low) === K.Dash;
        const at = neg ? low + 1 : low;
        if (t.k(at) !== K.Num) return unread('mức sàn không có số điểm', 'the floor has no number');
        const value = parseThousandths(t.v(at));
        if (value === null) return unread('mức sàn có quá 3 chữ số thập phân', 'more than 3 decimals');
        floor = neg ? -value : value;
        i = (neg ? low + 1 : low) + 1;
        continue;
      }
      if (w === 'het' && wordsAt(t, i, c.b, ['het', 'diem'])) {
        used = true;
        toZero = true;
      }
    }
    if (used) continue;
    // "Không có vi phạm: 1 điểm" restates the start of a deduction.
    if (c.points === ctx.max && wordsAt(t, c.a, c.c, ['khong'])) continue;
    if (c.points === null && !hasNumber(t, c.a, c.b)) continue;
    return unread(
      `câu "${quote(slice(ctx, c.a, c.b))}" không thuộc cách trừ điểm`,
      `the clause "${quote(slice(ctx, c.a, c.b))}" is not part of the deduction`,
    );
  }
  if (per === undefined || per <= 0)
    return unread('có "trừ" nhưng không thấy số điểm trừ cho mỗi lần', 'no amount per violation');
  // "… bị 0 điểm và bị trừ 0,25 điểm": a penalty taken once, not an amount for each violation
  // (a deduction rule counts violations); read as one it would be a guess.
  if (!perViolation(t))
    return unread(
      'trừ một lần một số điểm, không nói trừ cho mỗi lần (mỗi văn bản, mỗi trường hợp…)',
      'a one-off deduction, not an amount for each violation',
    );
  const set = [cap !== undefined, floor !== undefined, toZero].filter(Boolean).length;
  if (set > 1) return unread('nêu nhiều mức sàn khác nhau', 'several floors');
  const low = cap !== undefined ? ctx.max - cap : (floor ?? 0);
  if (cap !== undefined && cap <= 0) return unread('mức trừ tối đa bằng 0', 'a cap of 0');
  if (low > ctx.max) {
    ctx.issues.push(msg.floorAboveMax(ctx.path));
    return { failed: true };
  }
  return {
    rule:
      low === 0
        ? { kind: 'deduction', per: pts(per) }
        : { kind: 'deduction', per: pts(per), floor: pts(low) },
  };
}

/** Whether the text counts what it deducts for: "mỗi", "cứ", "từng", or a rate "0,25 điểm/ngày". */
function perViolation(t: Toks): boolean {
  for (let i = 0; i < t.n; i++) {
    const w = t.w(i);
    if (w === 'moi' || w === 'cu' || w === 'tung' || t.k(i) === K.Slash) return true;
  }
  return false;
}

function hasNumber(t: Toks, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t.k(i) === K.Num) return true;
  return false;
}

function isTimes(t: Toks, i: number): boolean {
  const w = t.w(i);
  return t.k(i) === K.Times || w === 'x' || w === 'nhan';
}

/** Whether tokens [a, b) name a ratio: "tỷ lệ", "tỉ lệ", or a fraction "(số … / tổng số …)". */
function isRatio(t: Toks, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (t.k(i) === K.Slash) return true;
    const w = t.w(i);
    if ((w === 'ty' || w === 'ti') && wordsAt(t, i + 1, b, ['le'])) return true;
  }
  return false;
}

/**
 * Whether a clause's name awards points for each thing counted: "mỗi" ("Liệt kê mỗi ứng
 * dụng …", not "mới"; written without marks, "moi" only as the first word), except a
 * frequency ("mỗi quý", "mỗi tháng", "mỗi năm", "mỗi kỳ").
 */
function perItem(ctx: Ctx, c: Clause): boolean {
  const t = ctx.t;
  for (let i = c.a; i < c.c; i++) {
    if (t.w(i) !== 'moi') continue;
    const next = t.w(i + 1);
    if (next === 'quy' || next === 'thang' || next === 'nam' || next === 'ky') continue;
    const orig = toNfc(ctx.nfc.slice(t.s(i), t.e(i))).toLowerCase();
    if (orig === 'mỗi' || (orig === 'moi' && i === c.a)) return true;
  }
  return false;
}

/** Whether a clause's points are a cap: "… tối đa 3 điểm", "… không quá 3 điểm" right before the number. */
function capsPoints(t: Toks, c: Clause): boolean {
  for (let i = c.c; i < c.b; i++) {
    if (t.k(i) !== K.Num) continue;
    return wordsAt(t, i - 2, i, ['toi', 'da']) || wordsAt(t, i - 2, i, ['khong', 'qua']);
  }
  return false;
}

/** Whether tokens [a, b) speak of points ("Điểm", "số điểm", "điểm đạt được"). */
function saysPoints(t: Toks, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t.w(i) === 'diem' || t.w(i) === 'd') return true;
  return false;
}

/** Whether tokens [a, b) say the max: "điểm tối đa", "số điểm tối đa (của tiêu chí)". */
function saysMax(t: Toks, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (wordsAt(t, i, b, ['diem', 'toi', 'da'])) return true;
  return false;
}

/** The token index of a formula side's factor ("2", "2 điểm"); -1 when the side is something else. */
function factorOf(t: Toks, a: number, b: number): number {
  let e = b;
  while (
    e > a &&
    (t.k(e - 1) === K.RParen || t.k(e - 1) === K.Dot || t.w(e - 1) === 'diem' || t.w(e - 1) === 'd')
  )
    e--;
  let s = a;
  while (s < e && t.k(s) === K.LParen) s++;
  return e - s === 1 && t.k(s) === K.Num ? s : -1;
}

/** "Điểm = tỷ lệ % × điểm tối đa", "tỷ lệ % x 2", "(số … / tổng số …) × 2" → proportional. */
function readProportional(ctx: Ctx, clauses: readonly Clause[]): Reading | null {
  const t = ctx.t;
  let found: { scale: 1 | 100; clause: Clause } | null = null;
  let factorProblem: Reading | null = null;
  for (const c of clauses) {
    // A scoring formula has one or two products ("(a / b) × 100%", "tỷ lệ × 2"); more is not one we read.
    let products = 0;
    for (let i = c.a; i < c.b && products < 4; i++) {
      if (!isTimes(t, i)) continue;
      products++;
      let j = i + 1;
      if (t.w(i) === 'nhan' && wordsAt(t, j, c.b, ['voi'])) j++;
      // The formula's start: after "Điểm =" / "Điểm đạt được:".
      let start = c.a;
      for (let k = i - 1; k >= c.a; k--) {
        const kk = t.k(k);
        if (kk === K.Eq || kk === K.Colon) {
          start = k + 1;
          break;
        }
      }
      // "Tỷ lệ % = (số … / tổng số …) x 100": the formula of the rate itself, not of the points;
      // how the rate turns into points is not said here.
      if (start > c.a && isRatio(t, c.a, start - 1) && !saysPoints(t, c.a, start - 1))
        return unread(
          'công thức tính tỷ lệ %, không nói tỷ lệ quy ra điểm thế nào',
          'the formula gives the rate, not how the rate turns into points',
        );
      const leftRatio = isRatio(t, start, i);
      const rightRatio = isRatio(t, j, c.b);
      if (leftRatio === rightRatio) continue;
      const [ra, rb, fa, fb] = leftRatio ? [start, i, j, c.b] : [j, c.b, start, i];
      const factor = factorOf(t, fa, fb);
      let scale: 1 | 100 = 1;
      for (let k = ra; k < rb; k++) if (t.k(k) === K.Pct || wordsAt(t, k, rb, ['phan', 'tram'])) scale = 100;
      if (factor >= 0) {
        const f = parseThousandths(t.v(factor));
        if (f === null) continue;
        if (f > ctx.max) {
          ctx.issues.push(
            msg.clauseAboveMax(
              ctx.path,
              quote(slice(ctx, c.a, c.b)),
              formatThousandths(f),
              formatThousandths(ctx.max),
            ),
          );
          return { failed: true };
        }
        if (f < ctx.max) {
          factorProblem = unread(
            `hệ số ${formatThousandths(f)} của công thức khác điểm tối đa ${formatThousandths(ctx.max)}`,
            `the formula's factor ${formatThousandths(f)} differs from the max ${formatThousandths(ctx.max)}`,
          );
          continue;
        }
      } else if (!saysMax(t, fa, fb)) continue;
      found = { scale, clause: c };
      break;
    }
    if (found !== null) break;
  }
  if (found === null) return factorProblem;
  let whenEmpty: number | undefined;
  for (const c of clauses) {
    if (c === found.clause) continue;
    const key = ` ${wordKey(t, c.a, c.c)} `;
    const empty = key.includes(' khong phat sinh ') || key.includes(' khong co ');
    if (c.points !== null && empty && whenEmpty === undefined) {
      if (c.points > ctx.max) {
        ctx.issues.push(
          msg.clauseAboveMax(
            ctx.path,
            quote(slice(ctx, c.a, c.b)),
            formatThousandths(c.points),
            formatThousandths(ctx.max),
          ),
        );
        return { failed: true };
      }
      whenEmpty = c.points;
      continue;
    }
    if (c.points === null && !hasNumber(t, c.a, c.b)) continue;
    return unread(
      `câu "${quote(slice(ctx, c.a, c.b))}" không thuộc công thức tỷ lệ`,
      `the clause "${quote(slice(ctx, c.a, c.b))}" is not part of the formula`,
    );
  }
  const rule: Rule =
    whenEmpty === undefined
      ? found.scale === 100
        ? { kind: 'proportional', scale: 100 }
        : { kind: 'proportional' }
      : found.scale === 100
        ? { kind: 'proportional', scale: 100, whenEmpty: pts(whenEmpty) }
        : { kind: 'proportional', whenEmpty: pts(whenEmpty) };
  return { rule };
}

/** A clause with points: its range (or null for a named level), its word key, and its name as written, cut when asked. */
class Item {
  #text: string | undefined;
  constructor(
    private readonly ctx: Ctx,
    readonly clause: Clause,
    readonly points: number,
    readonly range: WordRange | null,
    readonly key: string,
  ) {}
  get text(): string {
    this.#text ??= conditionText(this.ctx, this.clause);
    return this.#text;
  }
}

function readClauses(ctx: Ctx, clauses: readonly Clause[]): Reading {
  const t = ctx.t;
  const items: Item[] = [];
  const loose: Clause[] = [];
  for (let n = 0; n < clauses.length; n++) {
    const c = clauses[n] as Clause;
    // A heading line ending in ":" before the outcomes ("Cách chấm:") says nothing to score.
    if (c.points === null && n === 0 && clauses.length > 1 && t.k(c.b - 1) === K.Colon) continue;
    if (c.points === null) {
      loose.push(c);
      continue;
    }
    const range = rangeOf(t, c.a, c.c);
    if (range === 'unclear')
      return unread(
        `không hiểu khoảng "${quote(slice(ctx, c.a, c.c))}"`,
        `the range "${quote(slice(ctx, c.a, c.c))}" is unclear`,
      );
    items.push(new Item(ctx, c, c.points, range, wordKey(t, c.a, c.c)));
  }
  const isTarget = ctx.has.chiTieu;
  if (isTarget) {
    const target = readTarget(ctx, items, loose);
    if (target !== null) return target;
  }
  if (loose.length > 0) {
    const c = loose[0] as Clause;
    return unread(
      `không thấy số điểm trong "${quote(slice(ctx, c.a, c.b))}"`,
      `no points in "${quote(slice(ctx, c.a, c.b))}"`,
    );
  }
  if (items.length === 0) return unread('không thấy số điểm', 'no points found');
  for (const it of items) {
    if (it.points > ctx.max) {
      ctx.issues.push(
        msg.clauseAboveMax(
          ctx.path,
          quote(it.text),
          formatThousandths(it.points),
          formatThousandths(ctx.max),
        ),
      );
    }
  }
  if (ctx.issues.length > 0) return { failed: true };
  // "Giải pháp cải tiến từ mô hình cũ: Đạt tối đa 3 điểm": up to 3 points, the assessor's call.
  for (const it of items) {
    const c = it.clause;
    if (capsPoints(ctx.t, c))
      return unread(
        `"${quote(slice(ctx, c.a, c.b))}" cho tối đa một số điểm (chấm trong khoảng), không phải một mức cố định`,
        `"${quote(slice(ctx, c.a, c.b))}" gives up to some points (the assessor's call), not a fixed level`,
      );
  }
  const ranged: Item[] = [];
  const named: Item[] = [];
  let catchAll: Item | undefined;
  let catchAlls = 0;
  for (const it of items) {
    if (it.range !== null) ranged.push(it);
    else {
      named.push(it);
      if (CATCH_ALL.has(it.key)) {
        catchAll = it;
        catchAlls++;
      }
    }
  }
  if (ranged.length > 0) {
    // "Dưới 25%: 0,25 điểm; Không thực hiện: 0 điểm": doing none is the one named level, worth 0.
    const none =
      named.length === 1 &&
      catchAlls === 0 &&
      (named[0] as Item).points === 0 &&
      NOT_DONE.test(` ${(named[0] as Item).key} `);
    if (none) return readTiers(ctx, ranged, undefined, true);
    if (catchAlls !== named.length || catchAlls > 1)
      return unread('lẫn khoảng kết quả với các mức có tên', 'mixes ranges with named levels');
    return readTiers(ctx, ranged, catchAll);
  }
  return readLevels(ctx, named);
}

const COMPARATOR: Readonly<Record<string, Comparator>> = { loIn: '>=', lo: '>', hiIn: '<=', hi: '<' };

/** "Đạt chỉ tiêu từ 80% trở lên: 2 điểm; không đạt chỉ tiêu: 0" → target. */
function readTarget(ctx: Ctx, items: readonly Item[], loose: readonly Clause[]): Reading | null {
  const met = items.filter((i) => i.range !== null);
  if (met.length !== 1) return null;
  const m = met[0] as Item;
  const r = m.range as WordRange;
  if (m.points !== ctx.max) return null;
  let comparator: Comparator;
  let value: number;
  if (r.lo !== undefined && r.hi !== undefined) {
    if (r.lo !== r.hi) return null;
    comparator = r.bare ? '>=' : '=';
    value = r.lo;
  } else if (r.lo !== undefined) {
    comparator = COMPARATOR[r.loIn ? 'loIn' : 'lo'] as Comparator;
    value = r.lo;
  } else {
    comparator = COMPARATOR[r.hiIn ? 'hiIn' : 'hi'] as Comparator;
    value = r.hi as number;
  }
  let partial:
    | { readonly kind: 'proportional' }
    | { readonly kind: 'fixed'; readonly points: number }
    | undefined;
  const others = items.filter((i) => i !== m);
  for (const o of others) {
    if (!/^(khong|chua) /u.test(`${o.key} `)) return null;
    if (o.points > ctx.max) return null;
    if (o.points > 0) {
      if (partial !== undefined) return null;
      partial = { kind: 'fixed', points: pts(o.points) };
    }
  }
  for (const c of loose) {
    const key = ` ${wordKey(ctx.t, c.a, c.b)} `;
    if (!(key.includes(' ty le ') || key.includes(' ti le '))) return null;
    if (partial !== undefined) return null;
    partial = { kind: 'proportional' };
  }
  const unit = r.pct ? '%' : ctx.unitOf;
  const target = unit === undefined ? { comparator, value } : { comparator, value, unit };
  return { rule: partial === undefined ? { kind: 'target', target } : { kind: 'target', target, partial } };
}

function readTiers(
  ctx: Ctx,
  ranged: readonly Item[],
  catchAll: Item | undefined,
  noneIsZero = false,
): Reading {
  const bounds: (TierBounds & { readonly item: Item })[] = ranged.map((it, index) => {
    const r = it.range as WordRange;
    return { lo: r.lo, loIn: r.loIn, hi: r.hi, hiIn: r.hiIn, points: it.points, index, item: it };
  });
  // Sort along the number line (open lower ends first) to find the direction from the points.
  const line = [...bounds].sort(
    (a, b) =>
      (a.lo ?? Number.NEGATIVE_INFINITY) - (b.lo ?? Number.NEGATIVE_INFINITY) ||
      Number(!a.loIn) - Number(!b.loIn) ||
      (a.hi ?? Number.POSITIVE_INFINITY) - (b.hi ?? Number.POSITIVE_INFINITY),
  );
  let up = true;
  let down = true;
  for (let i = 1; i < line.length; i++) {
    const d = (line[i] as TierBounds).points - (line[i - 1] as TierBounds).points;
    if (d < 0) up = false;
    if (d > 0) down = false;
  }
  if (!up && !down) {
    ctx.issues.push(msg.tiersNotMonotone(ctx.path));
    return { failed: true };
  }
  if (catchAll !== undefined && catchAll.points > 0)
    return unread(
      '"các trường hợp còn lại" có điểm bên cạnh các khoảng',
      '"the other cases" carry points beside the ranges',
    );
  // Equal points everywhere (one range): a range open below and closed above is "lower is better".
  if (up && down) {
    const first = line[0] as TierBounds;
    const last = line[line.length - 1] as TierBounds;
    if (first.lo === undefined && last.hi !== undefined) up = false;
  }
  const lower = !up;
  if (noneIsZero) {
    // "Dưới 25%: 0,25 điểm" beside "Không thực hiện: 0 điểm": the worst range starts above none,
    // and none scores 0 below every tier. Read only when higher is better and the worst range is
    // open below; otherwise the named level stays unread.
    const worst = line[0] as (typeof line)[number];
    if (lower || worst.lo !== undefined || worst.points === 0 || worst.hi === undefined || worst.hi <= 0)
      return unread('lẫn khoảng kết quả với các mức có tên', 'mixes ranges with named levels');
    line[0] = { ...worst, lo: 0, loIn: false };
  }
  // A bare value at the better end reaches it: "100%: 2" is 100% and more.
  const open = line.map((b, i) => {
    const r = b.item.range as WordRange;
    if (!r.bare) return b;
    if (!lower && i === line.length - 1) return { ...b, hi: undefined, hiIn: false };
    if (lower && i === 0) return { ...b, lo: undefined, loIn: false };
    return b;
  });
  // Check the ranges tile the line: each one must start where the one below ends.
  for (let i = 1; i < open.length; i++) {
    const a = open[i - 1] as (typeof open)[number];
    const b = open[i] as (typeof open)[number];
    const aEnd = a.hi ?? Number.POSITIVE_INFINITY;
    const bStart = b.lo ?? Number.NEGATIVE_INFINITY;
    // "Có từ 2 - 4 bài: 1,5 điểm; Có ít nhất 05 bài: 3 điểm": whole counts, 4 and 5 touch.
    const counts = !(a.item.range as WordRange).pct && !(b.item.range as WordRange).pct;
    if (counts && a.hiIn && b.loIn && Number.isInteger(aEnd) && bStart === aEnd + 1) continue;
    if (aEnd > bStart || (aEnd === bStart && a.hiIn && b.loIn))
      ctx.issues.push(msg.clausesOverlap(ctx.path, quote(a.item.text), quote(b.item.text)));
    else if (aEnd < bStart || (aEnd === bStart && !a.hiIn && !b.loIn))
      ctx.issues.push(msg.clausesGap(ctx.path, quote(a.item.text), quote(b.item.text)));
  }
  if (ctx.issues.length > 0) return { failed: true };
  // Worst first in goodness; the worst range worth 0 (or the catch-all's 0) is the default.
  const worstFirst = lower ? [...open].reverse() : open;
  const kept = [...worstFirst];
  const first = kept[0];
  if (first !== undefined && first.points === 0 && kept.length > 1) kept.shift();
  const tiers: Tier[] = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    const b = kept[i] as (typeof kept)[number];
    tiers.push(tierJson(b, lower, i === kept.length - 1));
  }
  const unit = ranged.some((r) => (r.range as WordRange).pct) ? undefined : (ctx.unitOf ?? '');
  const rule: Rule =
    unit === undefined
      ? lower
        ? { kind: 'tiers', direction: 'lower-is-better', tiers }
        : { kind: 'tiers', tiers }
      : lower
        ? { kind: 'tiers', direction: 'lower-is-better', tiers, unit }
        : { kind: 'tiers', tiers, unit };
  let best = 0;
  for (const x of kept) if (x.points > best) best = x.points;
  warnBelowMax(ctx, best);
  return { rule };
}

/** One tier's JSON: its direction's bound, and the other end only on the best tier (elsewhere the next better tier implies it). */
function tierJson(
  b: {
    readonly lo: number | undefined;
    readonly loIn: boolean;
    readonly hi: number | undefined;
    readonly hiIn: boolean;
    readonly points: number;
  },
  lower: boolean,
  best: boolean,
): Tier {
  const points = pts(b.points);
  const loB = b.lo === undefined ? {} : b.loIn ? { min: b.lo } : { above: b.lo };
  const hiB = b.hi === undefined ? {} : b.hiIn ? { max: b.hi } : { below: b.hi };
  if (!lower) {
    if (b.lo === undefined) return { ...hiB, points } as Tier;
    return (best ? { ...loB, ...hiB, points } : { ...loB, points }) as Tier;
  }
  if (b.hi === undefined) return { ...loB, points } as Tier;
  return (best ? { ...loB, ...hiB, points } : { ...hiB, points }) as Tier;
}

function warnBelowMax(ctx: Ctx, best: number): void {
  if (best < ctx.max)
    ctx.warnings.push(msg.ruleBelowMax(ctx.path, formatThousandths(best), formatThousandths(ctx.max)));
}

/** Words that begin a negation: "không …", "chưa …". */
function negationRest(key: string): string | null {
  if (key === 'khong' || key === 'chua') return '';
  if (key.startsWith('khong ')) return key.slice(6);
  if (key.startsWith('chua ')) return key.slice(5);
  return null;
}

function readLevels(ctx: Ctx, items: readonly Item[]): Reading {
  // Scoring matches inputs through foldKey: two names with one key could not be told apart.
  // Names with the same words are compared by foldKey (which also keeps punctuation).
  const byWords = new Map<string, Item[]>();
  for (const it of items) {
    if (it.text === '') return unread('có số điểm nhưng không có tên mức', 'points without a level name');
    const same = byWords.get(it.key);
    if (same === undefined) {
      byWords.set(it.key, [it]);
      continue;
    }
    const folded = foldKey(it.text);
    const before = same.find((o) => foldKey(o.text) === folded);
    if (before !== undefined) ctx.issues.push(msg.duplicateLevel(ctx.path, before.text, it.text));
    same.push(it);
  }
  if (ctx.issues.length > 0) return { failed: true };
  if (items.length === 1) {
    const only = items[0] as Item;
    if (only.points === ctx.max) return { rule: { kind: 'binary' } };
    return unread(
      `chỉ có một mức "${quote(only.text)}" và mức này không cho điểm tối đa`,
      `a single level "${quote(only.text)}" that does not give the max`,
    );
  }
  if (items.length === 2) {
    const [a, b] = items as [Item, Item];
    const [pos, neg] = a.points >= b.points ? [a, b] : [b, a];
    if (pos.points === ctx.max && neg.points === 0) {
      const rest = negationRest(neg.key);
      if (rest !== null) {
        const conditions = conditionsOf(ctx, pos.clause);
        if (
          conditions.length >= 2 &&
          (` ${neg.key} `.includes(' hoac ') || neg.key.includes('mot trong') || rest === 'dat')
        )
          return { rule: { kind: 'allOf', conditions } };
        const core = pos.key.replace(/^(co|da) /u, '');
        if (
          rest === '' ||
          rest === pos.key ||
          core === '' ||
          (rest !== '' && (core.startsWith(rest) || rest.startsWith(core)))
        )
          return { rule: { kind: 'binary' } };
      }
    }
  }
  // "Có tổ chức kiểm tra: 0,5; Có kết luận kiểm tra: 0,5" (max 1): points for each item that
  // add up to the max, not one outcome of several — not a levels rule, and not guessed.
  let sum = 0;
  let top = 0;
  for (const it of items) {
    sum += it.points;
    if (it.points > top) top = it.points;
  }
  if (top < ctx.max && sum === ctx.max && items.length > 1)
    return unread(
      'các mục cộng dồn đến điểm tối đa (mỗi mục một phần điểm), không phải các mức chọn một',
      'the items add up to the max (points for each), not one level out of several',
    );
  // "Liệt kê mỗi ứng dụng …: 1 điểm, tổng điểm … không quá 5 điểm" (max 5): points for each
  // item listed, added up to a cap — no rule kind counts them, and no level is chosen.
  if (
    items.some(
      (it) =>
        (it.points < ctx.max && perItem(ctx, it.clause)) ||
        // "tổng điểm cho các ứng dụng không quá 5 điểm": the cap of a sum, not an outcome
        (/ tong (so )?diem /u.test(` ${it.key} `) && / (khong qua|toi da) /u.test(` ${it.key} `)),
    )
  )
    return unread(
      'cộng điểm cho mỗi mục (mỗi … được một số điểm), không phải các mức chọn một',
      'points for each item counted, not one level out of several',
    );
  // A few names: a plain object. Many (or a name "__proto__"): a null-prototype object, which
  // takes any name and stays a dictionary, so thousands of names cost linear time.
  const levels = (
    items.length > 32 || items.some((it) => it.text === '__proto__') ? Object.create(null) : {}
  ) as Record<string, number>;
  let best = 0;
  for (const it of items) {
    levels[it.text] = pts(it.points);
    if (it.points > best) best = it.points;
  }
  warnBelowMax(ctx, best);
  return { rule: { kind: 'levels', levels } };
}

/** The conditions of "A, B và C": the parts between commas and "và". */
function conditionsOf(ctx: Ctx, c: Clause): string[] {
  const t = ctx.t;
  const out: string[] = [];
  let a = c.a;
  if (wordsAt(t, a, c.c, ['neu'])) a++;
  let s = a;
  for (let i = a; i <= c.c; i++) {
    const cut = i === c.c || t.k(i) === K.Comma || t.w(i) === 'va';
    if (!cut) continue;
    const part = slice(ctx, s, i);
    if (part !== '') out.push(part);
    s = i + 1;
  }
  return out;
}
