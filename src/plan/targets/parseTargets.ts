import { deepFreeze } from '../../core/freeze.js';
import { toNfc } from '../../core/text.js';
import type { Comparator, Target } from '../types.js';
import { forEachClause } from './clauses.js';
import {
  COMPARATORS,
  FALLS,
  NEGATIONS,
  PLACES,
  RANGE_JOINERS,
  matchEndingAt,
  matchStartingAt,
} from './lexicon.js';
import {
  defaultComparator,
  numberAt,
  readComparator,
  readGroupRank,
  readMeasure,
  readRank,
  type Quantity,
} from './quantity.js';
import { dropTrailingWords, stripBullets, stripLeadIns, tidy } from './subject.js';
import { NUM, type Tokens, tokenize, WORD } from './tokenize.js';

/**
 * Finds the quantities of one clause (token range [start, end)) and hands
 * them to `emit` in order, a range "từ 70 đến 90%" as its two ends. Nothing
 * is kept but the last quantity, whatever the clause's length.
 */
function readQuantities(tokens: Tokens, start: number, end: number, emit: (q: Quantity) => void): void {
  let last: Quantity | undefined;
  /** Whether the scan stands in a bracket that opens with "tăng" / "giảm", and up to which token it has looked. */
  let aside = false;
  let asideAt = start;
  let i = start;
  let min = start;
  while (i < end) {
    const q =
      readRank(tokens, i, end) ?? readGroupRank(tokens, i, end, min) ?? readMeasure(tokens, i, end, min);
    if (q === null) {
      i++;
      continue;
    }
    readComparator(tokens, q, min);
    // "tỷ lệ này chỉ đạt 45,8%", "đã đạt 96,6%": a value reached, as a report states it, not a target.
    if (reached(tokens, q.compStart, q.first, min)) q.drop = true;
    // "(tăng 4,64 điểm và 20 bậc so với năm 2019)": a change a report puts in brackets, not a target.
    // (The brackets are followed as the scan goes, so each token is looked at once.)
    for (; asideAt < q.first; asideAt++) {
      if (tokens.punctIn(asideAt, '('))
        aside = tokens.foldIs(asideAt + 1, 'tang') || tokens.foldIs(asideAt + 1, 'giam');
      else if (tokens.punctIn(asideAt, ')')) aside = false;
    }
    if (q.comparator === undefined && aside) q.drop = true;
    // "không nằm trong Top 10": a rank the text does not aim at.
    if (q.unit === 'rank' && matchEndingAt(NEGATIONS, tokens, q.compStart, min) !== null) q.drop = true;
    // "giảm 2 bậc so với năm trước": places lost, not a count to reach (read as one, it would be a climb)
    if (
      q.unit === 'count' &&
      matchStartingAt(PLACES, tokens, q.next) !== null &&
      matchEndingAt(FALLS, tokens, q.compStart, min) !== null
    )
      q.drop = true;
    min = q.next;
    i = q.next;
    if (q.drop === true) continue;
    // "từ 70 đến 90%": the bare lower end takes the unit of the upper end;
    // "từ 80% đến dưới 90%": the upper end may carry its own comparator.
    const own = q.comparator !== undefined && q.compStart < q.first && q.compStart > start;
    const joiner = (own ? q.compStart : q.first) - 1;
    const bare = joiner - 1;
    const isJoiner =
      joiner > start &&
      q.unit !== 'rank' &&
      (own || q.comparator === undefined || q.compStart === joiner) &&
      (matchStartingAt(RANGE_JOINERS, tokens, joiner) !== null || tokens.punctIn(joiner, '-–—'));
    if (isJoiner) {
      if (last !== undefined && last.next === joiner && last.comparator?.from === true) {
        if (!own) q.comparator = { comparator: '<=' };
        q.compStart = joiner;
      } else if (!own) {
        const lower = numberAt(tokens, bare);
        const from = lower === null ? null : matchEndingAt(COMPARATORS, tokens, bare, start);
        // "từ 70 đến 90%"; "đạt 80-90%", "tăng 2 - 3 bậc": a lower end written bare before a dash
        // (what stands before it is read in this clause only: a number ending the line above is not)
        const before = bare - 1 >= start;
        const bareDash =
          from === null &&
          bare >= start &&
          tokens.punctIn(joiner, '-–—') &&
          (!before ||
            (tokens.kind(bare - 1) !== NUM &&
              !tokens.punctIn(bare - 1, '/-.,') &&
              !['quy', 'thang', 'nam', 'ngay', 'tuan'].some((w) => tokens.foldIs(bare - 1, w))));
        if (
          lower !== null &&
          (bareDash ||
            (from !== null && (from.phrase.value.from === true || from.phrase.value.comparator === '>='))) &&
          (lower < q.value || !tokens.punctIn(joiner, '-–—')) &&
          (last === undefined || last.next <= (from?.start ?? bare))
        ) {
          emit({
            first: bare,
            next: bare + 1,
            value: lower,
            unit: q.unit,
            compStart: from?.start ?? bare,
            comparator: from?.phrase.value ?? { comparator: '>=' },
          });
          q.comparator = { comparator: '<=' };
          q.compStart = joiner;
        }
      }
    }
    emit(q);
    last = q;
  }
}

/** The words that turn "đạt" into a result: "đã đạt", "chỉ đạt", "mới đạt". */
const REACHED = new Set(['đã', 'chỉ', 'mới', 'da', 'chi', 'moi']);

/**
 * Whether the comparator words [from, to), or the word just before them ("đã đạt trên 85%"),
 * hold an "đạt" said of a value already reached.
 */
function reached(tokens: Tokens, from: number, to: number, min: number): boolean {
  for (let k = Math.max(min, from - 1); k < to; k++) {
    if (tokens.kind(k) !== WORD || !tokens.foldIs(k, 'dat')) continue;
    const b = k - 1;
    if (b < min || tokens.kind(b) !== WORD) return false;
    return REACHED.has(tokens.orig(b));
  }
  return false;
}

/** The comparator a quantity reads with: a rank is always "at most". */
function comparatorOf(q: Quantity): Comparator {
  if (q.unit === 'rank') return '<=';
  return q.after ?? q.comparator?.comparator ?? defaultComparator(q.unit);
}

/**
 * Reads the targets of one clause (token range [start, end)) into `out`.
 *
 * Subjects: a quantity written first ("100% Sở, Ban, ngành và 30% xã")
 * takes the words after it; a quantity that closes its phrase ("Chỉ số PCI
 * duy trì ở tốp 10, Chỉ số PAR Index ở vị thứ 15 20 …") takes the words
 * before it, and the words after its comma belong to the next quantity.
 */
function scanClause(tokens: Tokens, start: number, end: number, out: Target[]): void {
  const nfc = tokens.nfc;
  /** Token index where the current quantity's own words before it start; -1: none of its own. */
  let ownFrom = -1;
  /** Token index where its raw text starts; -1: at its comparator. */
  let rawFrom = -1;
  const finish = (q: Quantity, following: Quantity | undefined): void => {
    const segEnd = following === undefined ? end : following.compStart;
    const prefix =
      ownFrom >= 0 && ownFrom < q.compStart
        ? tidy(nfc.slice(tokens.start(ownFrom), tokens.start(q.compStart)))
        : '';
    const qEnd = tokens.end(q.next - 1);
    const closes = prefix !== '' && following !== undefined && q.next < segEnd && tokens.punctIn(q.next, ',');
    const suffix = closes ? '' : tidy(nfc.slice(qEnd, Math.max(qEnd, tokens.start(segEnd))));
    const subject = prefix === '' ? suffix : suffix === '' ? prefix : `${prefix} ${suffix}`;
    const rawStart = tokens.start(rawFrom >= 0 ? rawFrom : q.compStart);
    const rawEnd = closes ? qEnd : Math.max(rawStart, tokens.start(segEnd));
    const raw = dropTrailingWords(nfc.slice(rawStart, rawEnd)).trim();
    const cmp = comparatorOf(q);
    // Frozen one by one: freezing the whole list at the end would list every index as a string.
    out.push(
      Object.freeze(
        subject === ''
          ? { comparator: cmp, value: q.value, unit: q.unit, raw }
          : { comparator: cmp, value: q.value, unit: q.unit, subject, raw },
      ),
    );
    if (closes && following !== undefined) {
      ownFrom = stripLeadIns(tokens, q.next + 1, following.compStart);
      rawFrom = ownFrom;
    } else {
      ownFrom = -1;
      rawFrom = -1;
    }
  };
  let pending: Quantity | undefined;
  readQuantities(tokens, start, end, (q) => {
    if (pending === undefined) {
      ownFrom = stripLeadIns(tokens, start, q.compStart);
      rawFrom = stripBullets(tokens, start, q.compStart);
    } else finish(pending, q);
    pending = q;
  });
  if (pending !== undefined) finish(pending, undefined);
}

/**
 * Reads every measurable target (chỉ tiêu) in a text: a sentence, a bullet
 * list, or a whole objectives section. Several targets in one sentence are
 * all returned, in order ("100% Sở, Ban, ngành và 30% xã, phường, thị
 * trấn" gives two). Never throws; the cost is linear in the text length.
 *
 * How the text is read:
 * - a quantity is a number with a unit: "%" (or "phần trăm"), "phút",
 *   "giờ", "ngày" (and "ngày làm việc"), "đồng" / "triệu đồng" / "tỷ đồng"
 *   (→ `vnd`), "điểm" (→ `points`), after a comparator "tuần", "tháng",
 *   "năm" (→ `weeks`, `months`, `years`), or a counted noun ("200 thủ
 *   tục", "200 TTHC", "10 xã", and after a comparator any noun: "tối thiểu
 *   01 sàn giao dịch dữ liệu" → `count`); after a comparator, a number with
 *   no unit is `number` ("≥ 80", "> 0,7"). A rank is "Top 03", "tốp 10",
 *   "vị thứ 15-20", "xếp thứ 38/63", "hạng 5", or a group of the best
 *   ("trong nhóm 5 địa phương đứng đầu") (→ `rank`, always `<=`, the upper
 *   end of a range); a top list of the worst, a negated rank and a class
 *   ("thuộc nhóm A") are not read. Numbers in dates, codes and levels
 *   ("08/11/2011", "2016-2020", "ISO 9001:2008", "mức độ 3") are not
 *   quantities.
 * - the comparator is the symbol or phrase just before the number (across
 *   the fillers "mức", "có", "là", "ở", "tới", "còn", "trong", "thuộc",
 *   "vào"): ">", "trên", "hơn" → `>`; "≥", ">=", "tối thiểu", "ít nhất",
 *   "không dưới", "từ", "đạt" → `>=`; "<", "dưới" → `<`; "≤", "<=", "tối
 *   đa", "không quá", "không vượt quá" → `<=`; "=", "bằng" → `=`; or after
 *   it: "trở lên" → `>=`, "trở xuống" → `<=`. "đạt" gives way to a
 *   stronger word ("đạt trên 85%" → `>`). "từ 70% đến 90%" gives two
 *   targets, `>=` 70 and `<=` 90 ("từ 80% đến dưới 90%": `>=` 80, `<` 90).
 * - a bare quantity is a goal to reach: `>=` for shares, counts, money and
 *   points ("100% …" → `>=` 100), `<=` for times and ranks.
 * - a value already reached is no target: "chỉ đạt 45,8%", "đã đạt trên
 *   85%", "mới đạt …", and a change a report puts in brackets ("(tăng 4,64
 *   điểm và 20 bậc so với năm 2019)"). A report's bare "đạt 83,87 điểm" reads
 *   like a plan's target and is read as one.
 * - `subject` is what the clause says is measured, with lead-ins such as
 *   "Phấn đấu", "Đảm bảo" and list markers such as "a)" dropped: the words
 *   after a quantity written first, or, when the quantity closes its phrase
 *   with a comma, the words before it; `raw` is the part of the text the
 *   target was read from.
 *
 * @param text - Vietnamese text, NFC or NFD, with or without diacritics,
 *   upper or lower case; look-alikes (Ð) and invisible characters are read
 *   through.
 * @returns The targets found, deeply frozen; empty when none.
 * @example
 * ```ts
 * import { parseTargets } from 'cchc';
 * const ts = parseTargets('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%; của các xã, phường: dưới 0,50%');
 * ts.map((t) => `${t.comparator} ${t.value}${t.unit}`); // ['< 0.9%', '< 0.5%']
 * parseTargets('Tỷ lệ hồ sơ trễ hạn < 5%; tối thiểu 01 sàn giao dịch dữ liệu');
 * // [{ comparator: '<', value: 5, unit: '%', … }, { comparator: '>=', value: 1, unit: 'count', subject: 'sàn giao dịch dữ liệu', … }]
 * ```
 */
export function parseTargets(text: string): readonly Target[] {
  if (typeof text !== 'string' || text.length === 0) return deepFreeze([]);
  const nfc = toNfc(text);
  const tokens = tokenize(nfc);
  const out: Target[] = [];
  forEachClause(tokens, (start, end) => scanClause(tokens, start, end, out));
  return Object.freeze(out); // each target is frozen already
}
