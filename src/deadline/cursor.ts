/**
 * A cursor over tokens with small look-ahead helpers (internal).
 *
 * @internal
 * @module
 */
import type { Token } from './text.js';

/** Why a phrase could not be read; the `reason` of an unknown deadline. */
export type FailReason = 'impossible-date' | 'impossible-period' | 'no-year' | 'ambiguous' | 'unrecognised';

/** A read that failed, with its reason. Only the five below exist ({@link UNRECOGNISED}, …): {@link isFailure} knows them. */
export class Failure {
  constructor(readonly fail: FailReason) {}
}

/** "30/02/2019": a date that does not exist. */
export const IMPOSSIBLE_DATE = new Failure('impossible-date');
/** "Quý V", "Tháng 13": a period that does not exist. */
export const IMPOSSIBLE_PERIOD = new Failure('impossible-period');
/** A period with no year, and none in the context. */
export const NO_YEAR = new Failure('no-year');
/** "Giữa năm 2019", "Cuối quý": no one due day. */
export const AMBIGUOUS = new Failure('ambiguous');
/** Text the grammar does not read. */
export const UNRECOGNISED = new Failure('unrecognised');

/**
 * Whether a value is a {@link Failure}: one of the five shared ones. (Comparing
 * with each is cheaper than `instanceof`, which walks the prototype chain of
 * whatever object it is given: the readers return many shapes.)
 */
export function isFailure(v: unknown): v is Failure {
  return (
    v === UNRECOGNISED || v === NO_YEAR || v === IMPOSSIBLE_DATE || v === IMPOSSIBLE_PERIOD || v === AMBIGUOUS
  );
}

/** A token cursor over `tokens[i..end)`. */
export class Cursor {
  // declared, not a class field: the constructor sets it first, as a number (a field would be
  // defined as undefined before the constructor runs, and held as any value thereafter)
  declare i: number;
  constructor(
    readonly tokens: readonly Token[],
    start = 0,
    readonly end = tokens.length,
  ) {
    this.i = start;
  }
  get done(): boolean {
    return this.i >= this.end;
  }
  at(o = 0): Token | undefined {
    const j = this.i + o;
    return j < this.end ? this.tokens[j] : undefined;
  }
  /** Whether the token at offset `o` is the word `v`. */
  w(v: string, o = 0): boolean {
    const t = this.at(o);
    return t !== undefined && t.k === 'w' && t.v === v;
  }
  /** Whether the token at offset `o` is the punctuation `v`. */
  p(v: string, o = 0): boolean {
    const t = this.at(o);
    return t !== undefined && t.k === 'p' && t.v === v;
  }
  /** The number at offset `o`, or null. */
  n(o = 0): Token | null {
    const t = this.at(o);
    return t !== undefined && t.k === 'n' ? t : null;
  }
  /** Whether the words `a` and `b` follow from offset `o` (no array to allocate, unlike {@link seq}). */
  w2(a: string, b: string, o = 0): boolean {
    return this.w(a, o) && this.w(b, o + 1);
  }
  /** Whether the words `vs` follow from offset `o`. */
  seq(vs: readonly string[], o = 0): boolean {
    for (let j = 0; j < vs.length; j++) if (!this.w(vs[j] as string, o + j)) return false;
    return true;
  }
}

/** "16h00", "16h", "15 giờ", "15 giờ 30 phút", "16:00" at the cursor, as "HH:MM". */
export function readClock(c: Cursor): string | null {
  const h = c.n();
  if (h === null || h.v.length > 2) return null;
  let min = 0;
  let used = 0;
  if (c.w('h', 1) || c.w('gio', 1)) {
    used = 2;
    const m = c.n(2);
    if (m !== null && m.v.length <= 2) {
      min = num(m);
      used = c.w('phut', 3) ? 4 : 3;
    }
  } else if (c.p(':', 1) && c.n(2) !== null && (c.n(2) as Token).v.length === 2) {
    min = num(c.n(2) as Token);
    used = 3;
  } else return null;
  const hour = num(h);
  if (hour > 23 || min > 59) return null;
  c.i += used;
  return `${hour < 10 ? '0' : ''}${hour}:${min < 10 ? '0' : ''}${min}`;
}

/** Value of a 1–4 digit number token (longer runs are never small numbers). */
export function num(t: Token): number {
  return t.v.length > 6 ? Number.MAX_SAFE_INTEGER : Number(t.v);
}

/** Value of a Roman numeral letter (i, v, x) by char code, or 0. */
function romanDigit(c: number): number {
  return c === 105 ? 1 : c === 118 ? 5 : c === 120 ? 10 : 0;
}

/** Value of a Roman numeral word (i … xx), or null when the word is not one. */
export function roman(word: string): number | null {
  const n = word.length;
  if (n === 0 || n > 5) return null;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const v = romanDigit(word.charCodeAt(j));
    if (v === 0) return null;
    const next = j + 1 < n ? romanDigit(word.charCodeAt(j + 1)) : 0;
    total += next > v ? -v : v;
  }
  return total;
}
