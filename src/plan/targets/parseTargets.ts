import { deepFreeze } from '../../core/freeze.js';
import type { Comparator, Target } from '../types.js';
import { clauses } from './clauses.js';
import { COMPARATORS, RANGE_JOINERS, matchEndingAt, matchStartingAt } from './lexicon.js';
import {
  defaultComparator,
  numberAt,
  readComparator,
  readMeasure,
  readRank,
  type Quantity,
} from './quantity.js';
import { dropTrailingWords, stripBullets, stripLeadIns, tidy } from './subject.js';
import { tokenize, type Token } from './tokenize.js';

/** Reads the targets of one clause (token range [start, end)). */
function scanClause(nfc: string, tokens: readonly Token[], start: number, end: number): Target[] {
  const qs: Quantity[] = [];
  let i = start;
  while (i < end) {
    const q = readRank(tokens, i, end) ?? readMeasure(tokens, i, end);
    if (q === null) {
      i++;
      continue;
    }
    readComparator(tokens, q, qs.length > 0 ? (qs[qs.length - 1] as Quantity).next : start);
    qs.push(q);
    i = q.next;
  }
  // "từ 70 đến 90%": the bare lower end takes the unit of the upper end.
  const withRanges: Quantity[] = [];
  for (const q of qs) {
    const joiner = q.first - 1;
    const bare = joiner - 1;
    const isJoiner =
      joiner > start &&
      q.unit !== 'rank' &&
      (q.comparator === undefined || q.compStart === joiner) &&
      (matchStartingAt(RANGE_JOINERS, tokens, joiner) !== null ||
        ['-', '–', '—'].includes(tokens[joiner]?.fold ?? ''));
    const prev = withRanges[withRanges.length - 1];
    if (isJoiner) {
      if (prev !== undefined && prev.next === joiner && prev.comparator?.from === true) {
        q.comparator = { comparator: '<=' };
        q.compStart = joiner;
      } else {
        const lower = numberAt(tokens, bare);
        const from = lower === null ? null : matchEndingAt(COMPARATORS, tokens, bare, start);
        if (
          lower !== null &&
          from !== null &&
          from.phrase.value.from === true &&
          (prev === undefined || prev.next <= from.start)
        ) {
          withRanges.push({
            first: bare,
            next: bare + 1,
            value: lower,
            unit: q.unit,
            compStart: from.start,
            comparator: from.phrase.value,
          });
          q.comparator = { comparator: '<=' };
          q.compStart = joiner;
        }
      }
    }
    withRanges.push(q);
  }
  const out: Target[] = [];
  for (let k = 0; k < withRanges.length; k++) {
    const q = withRanges[k] as Quantity;
    const following = withRanges[k + 1];
    const segEnd = following === undefined ? end : following.compStart;
    const prefixFrom = k === 0 ? stripLeadIns(tokens, start, q.compStart) : q.compStart;
    const prefix =
      k === 0 ? tidy(nfc.slice(tokens[prefixFrom]?.start ?? 0, tokens[q.compStart]?.start ?? 0)) : '';
    const qEnd = (tokens[q.next - 1] as Token).end;
    const segEndChar = segEnd < tokens.length ? (tokens[segEnd] as Token).start : nfc.length;
    const suffix = tidy(nfc.slice(qEnd, Math.max(qEnd, segEndChar)));
    const subject = [prefix, suffix].filter((s) => s !== '').join(' ');
    const rawStart =
      k === 0
        ? (tokens[stripBullets(tokens, start, q.compStart)] as Token).start
        : (tokens[q.compStart] as Token).start;
    const raw = dropTrailingWords(nfc.slice(rawStart, Math.max(rawStart, segEndChar))).trim();
    const cmp: Comparator = q.after ?? q.comparator?.comparator ?? defaultComparator(q.unit);
    const target: Target =
      subject === ''
        ? { comparator: cmp, value: q.value, unit: q.unit, raw }
        : { comparator: cmp, value: q.value, unit: q.unit, subject, raw };
    out.push(target);
  }
  return out;
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
 *   (→ `vnd`), or a counted noun ("200 thủ tục", "200 TTHC", "10 xã" →
 *   `count`); a rank is "Top 03", "tốp 10", "vị thứ 15-20", "hạng 5"
 *   (→ `rank`, the upper end of a range). Numbers in dates, codes and
 *   levels ("08/11/2011", "2016-2020", "ISO 9001:2008", "mức độ 3") are not
 *   quantities.
 * - the comparator is the phrase just before the number (across the
 *   fillers "mức", "có", "là", "ở", "tới", "còn", "trong"): "trên", "hơn"
 *   → `>`; "tối thiểu", "ít nhất", "không dưới", "từ", "đạt" → `>=`;
 *   "dưới" → `<`; "tối đa", "không quá", "không vượt quá" → `<=`; "bằng" →
 *   `=`; or after it: "trở lên" → `>=`, "trở xuống" → `<=`. "đạt" gives
 *   way to a stronger word ("đạt trên 85%" → `>`). "từ 70% đến 90%" gives
 *   two targets, `>=` 70 and `<=` 90.
 * - a bare quantity is a goal to reach: `>=` for shares, counts and money
 *   ("100% …" → `>=` 100), `<=` for times and ranks.
 * - `subject` is what the clause says is measured, with lead-ins such as
 *   "Phấn đấu", "Đảm bảo" dropped; `raw` is the part of the text the target
 *   was read from.
 *
 * @param text - Vietnamese text, NFC or NFD, with or without diacritics.
 * @returns The targets found, deeply frozen; empty when none.
 * @example
 * ```ts
 * import { parseTargets } from 'cchc';
 * const ts = parseTargets('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%; của các xã, phường: dưới 0,50%');
 * ts.map((t) => `${t.comparator} ${t.value}${t.unit}`); // ['< 0.9%', '< 0.5%']
 * ```
 */
export function parseTargets(text: string): readonly Target[] {
  if (typeof text !== 'string' || text.length === 0) return deepFreeze([]);
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc);
  const out: Target[] = [];
  for (const [start, end] of clauses(tokens)) out.push(...scanClause(nfc, tokens, start, end));
  return deepFreeze(out);
}
