/**
 * The range a clause's condition states: "trên 90%", "từ 70% - 90%", "từ
 * 80% đến dưới 100%", "dưới 70%", "100%", "từ 5% trở lên", "không quá 5%",
 * "≥ 90%", "từ 30% dưới 50%" — each end inclusive or exclusive exactly as
 * written.
 *
 * @internal
 * @module
 */
import { wordsAt } from './clauses.js';
import { K, type Toks } from './tokens.js';

/** A range read from words: either end may be open (undefined). @internal */
export interface WordRange {
  readonly lo: number | undefined;
  readonly loIn: boolean;
  readonly hi: number | undefined;
  readonly hiIn: boolean;
  /** Some bound was written with "%". */
  readonly pct: boolean;
  /** A bare number ("100%") with no comparator. */
  readonly bare: boolean;
}

type Side = 'lo' | 'hi' | 'eq';

/** Comparator phrases, longest first; each is followed by a number. */
const PHRASES: readonly { readonly words: readonly string[]; readonly side: Side; readonly incl: boolean }[] =
  [
    { words: ['khong', 'vuot', 'qua'], side: 'hi', incl: true },
    { words: ['khong', 'thap', 'hon'], side: 'lo', incl: true },
    { words: ['khong', 'it', 'hon'], side: 'lo', incl: true },
    { words: ['khong', 'cao', 'hon'], side: 'hi', incl: true },
    { words: ['khong', 'lon', 'hon'], side: 'hi', incl: true },
    { words: ['khong', 'nhieu', 'hon'], side: 'hi', incl: true },
    { words: ['khong', 'qua'], side: 'hi', incl: true },
    { words: ['khong', 'duoi'], side: 'lo', incl: true },
    { words: ['khong', 'tren'], side: 'hi', incl: true },
    { words: ['it', 'nhat'], side: 'lo', incl: true },
    { words: ['toi', 'thieu'], side: 'lo', incl: true },
    { words: ['toi', 'da'], side: 'hi', incl: true },
    { words: ['den', 'duoi'], side: 'hi', incl: false },
    { words: ['toi', 'duoi'], side: 'hi', incl: false },
    { words: ['chua', 'den'], side: 'hi', incl: false },
    { words: ['chua', 'dat'], side: 'hi', incl: false },
    { words: ['it', 'hon'], side: 'hi', incl: false },
    { words: ['thap', 'hon'], side: 'hi', incl: false },
    { words: ['nho', 'hon'], side: 'hi', incl: false },
    { words: ['kem', 'hon'], side: 'hi', incl: false },
    { words: ['cao', 'hon'], side: 'lo', incl: false },
    { words: ['lon', 'hon'], side: 'lo', incl: false },
    { words: ['nhieu', 'hon'], side: 'lo', incl: false },
    { words: ['vuot'], side: 'lo', incl: false },
    { words: ['tren'], side: 'lo', incl: false },
    { words: ['tu'], side: 'lo', incl: true },
    { words: ['duoi'], side: 'hi', incl: false },
    { words: ['den'], side: 'hi', incl: true },
    { words: ['toi'], side: 'hi', incl: true },
    { words: ['dung'], side: 'eq', incl: true },
    { words: ['bang'], side: 'eq', incl: true },
  ];

const BY_FIRST_WORD: ReadonlyMap<string, readonly (typeof PHRASES)[number][]> = (() => {
  const m = new Map<string, (typeof PHRASES)[number][]>();
  for (const p of PHRASES) {
    const list = m.get(p.words[0] as string) ?? [];
    list.push(p);
    m.set(p.words[0] as string, list);
  }
  return m;
})();

const SIGNS: Readonly<Partial<Record<number, { readonly side: Side; readonly incl: boolean }>>> = {
  [K.Gt]: { side: 'lo', incl: false },
  [K.Ge]: { side: 'lo', incl: true },
  [K.Lt]: { side: 'hi', incl: false },
  [K.Le]: { side: 'hi', incl: true },
  [K.Eq]: { side: 'eq', incl: true },
};

/**
 * Reads the range a condition (tokens [a, b)) states; null when it states
 * none (a named level); 'unclear' when it has percentages that do not make
 * one range (two lower ends, "trên 20% thì cứ thêm 5%").
 *
 * @internal
 */
export function rangeOf(t: Toks, a: number, b: number): WordRange | 'unclear' | null {
  // One state, reset per call (the reader is not re-entered): no garbage per clause.
  const st = reset(STATE);
  let i = a;
  while (i < b) {
    const k = t.k(i);
    if (k === K.Word) {
      const w = t.w(i);
      if ((w === 'tro' && wordsAt(t, i, b, ['tro', 'len'])) || wordsAt(t, i, b, ['tro', 'xuong'])) {
        const up = t.w(i + 1) === 'len';
        if (st.last === 'bare' && st.bareNum !== undefined) {
          st.bareCount--;
          if (st.bareNumPct) st.barePct--;
          setBound(st, up ? 'lo' : 'hi', st.bareNum, true);
        } else if (st.last === 'lo' && !up) st.bad = true;
        else if (st.last === 'hi' && up) st.bad = true;
        else if (st.last === 'lo' || st.last === 'hi') {
          // "từ 5% trở lên" restates the end "từ" set; "dưới 5% trở lên" would not be a range.
          if (up ? !st.loIn : !st.hiIn) st.bad = true;
        }
        i += 2;
        continue;
      }
      let matched = false;
      const phrases = BY_FIRST_WORD.get(w);
      if (phrases !== undefined) {
        for (const p of phrases) {
          if (!wordsAt(t, i, b, p.words) || !numberAt(st, t, i + p.words.length, b)) continue;
          setBound(st, p.side, st.numV, p.incl);
          i = st.numNext;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
      continue;
    }
    const sign = SIGNS[k];
    if (sign !== undefined) {
      if (numberAt(st, t, i + 1, b)) {
        setBound(st, sign.side, st.numV, sign.incl);
        i = st.numNext;
      } else i++;
      continue;
    }
    if (k === K.Dash && (st.last === 'lo' || st.last === 'bare')) {
      // "70% - 90%", "từ 70% - 90%": the dash joins a lower end to an upper one.
      if (numberAt(st, t, i + 1, b)) {
        const upper = st.numV;
        const next = st.numNext;
        if (st.last === 'bare' && st.bareNum !== undefined) {
          st.bareCount--;
          if (st.bareNumPct) st.barePct--;
          setBound(st, 'lo', st.bareNum, true);
        }
        setBound(st, 'hi', upper, true);
        i = next;
      } else i++;
      continue;
    }
    if (k === K.Num) {
      // A number without a comparator: the value itself ("100%"), a lower end a joiner
      // completes ("70% - 90%", "5 văn bản trở lên"), or part of a name ("Báo cáo 6 tháng").
      numberAt(st, t, i, b);
      st.bareNum = st.numV;
      st.bareNumPct = st.numNext === i + 2;
      if (st.bareNumPct) st.barePct++;
      st.bareCount++;
      st.last = 'bare';
      i = st.numNext;
      continue;
    }
    i++;
  }
  // A lone bare number: with "%" it is the value itself ("100%"); a bare lower end before
  // "đến"/"dưới" ("70 đến 90%", "30% dưới 50%") starts the range.
  if (!st.found) {
    if (st.bareCount === 1 && st.bareNum !== undefined && bareHasPct(t, a, b))
      return { lo: st.bareNum, loIn: true, hi: st.bareNum, hiIn: true, pct: true, bare: true };
    return st.pct ? 'unclear' : null;
  }
  if (st.lo === undefined && st.hi !== undefined && st.bareCount === 1 && firstBareBeforeHi(t, a, b)) {
    st.lo = firstBare(t, a, b);
    st.loIn = true;
    st.barePct = 0;
  }
  // Another percentage beside the range ("trên 20% thì cứ thêm 5%…") is not a plain range.
  if (st.bad || st.barePct > 0) return 'unclear';
  return { lo: st.lo, loIn: st.loIn, hi: st.hi, hiIn: st.hiIn, pct: st.pct, bare: false };
}

/** The state of reading one condition's range. */
interface RangeState {
  lo: number | undefined;
  loIn: boolean;
  hi: number | undefined;
  hiIn: boolean;
  pct: boolean;
  bad: boolean;
  found: boolean;
  /** A number with no comparator, waiting for a joiner ("70% - 90%") or an end ("trở lên"). */
  bareNum: number | undefined;
  bareCount: number;
  /** Bare numbers written with "%" that no joiner made a bound. */
  barePct: number;
  bareNumPct: boolean;
  /** Which end the last number set, for "trở lên" / "trở xuống" after it. */
  last: Side | 'bare' | null;
  /** The number `numberAt` read, and the token after it. */
  numV: number;
  numNext: number;
}

const STATE: RangeState = {
  lo: undefined,
  loIn: false,
  hi: undefined,
  hiIn: false,
  pct: false,
  bad: false,
  found: false,
  bareNum: undefined,
  bareCount: 0,
  barePct: 0,
  bareNumPct: false,
  last: null,
  numV: 0,
  numNext: 0,
};

function reset(st: RangeState): RangeState {
  st.lo = undefined;
  st.loIn = false;
  st.hi = undefined;
  st.hiIn = false;
  st.pct = false;
  st.bad = false;
  st.found = false;
  st.bareNum = undefined;
  st.bareCount = 0;
  st.barePct = 0;
  st.bareNumPct = false;
  st.last = null;
  st.numV = 0;
  st.numNext = 0;
  return st;
}

function setBound(st: RangeState, side: Side, v: number, incl: boolean): void {
  st.found = true;
  if (side === 'lo') {
    if (st.lo !== undefined) st.bad = true;
    st.lo = v;
    st.loIn = incl;
  } else if (side === 'hi') {
    if (st.hi !== undefined) st.bad = true;
    st.hi = v;
    st.hiIn = incl;
  } else {
    if (st.lo !== undefined || st.hi !== undefined) st.bad = true;
    st.lo = v;
    st.hi = v;
    st.loIn = true;
    st.hiIn = true;
  }
  st.last = side;
}

/** Reads the number at `at` (with a minus sign written against it, and its "%") into `st.numV`, `st.numNext`. */
function numberAt(st: RangeState, t: Toks, at: number, b: number): boolean {
  let i = at;
  let sign = 1;
  if (t.k(i) === K.Dash && t.k(i + 1) === K.Num && t.e(i) === t.s(i + 1)) {
    sign = -1;
    i++;
  }
  if (i >= b || t.k(i) !== K.Num) return false;
  st.numV = sign * t.v(i);
  if (t.k(i + 1) === K.Pct && i + 1 < b) {
    st.pct = true;
    st.numNext = i + 2;
  } else st.numNext = i + 1;
  return true;
}

function bareHasPct(t: Toks, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t.k(i) === K.Num) return t.k(i + 1) === K.Pct && i + 1 < b;
  return false;
}

function firstBare(t: Toks, a: number, b: number): number | undefined {
  for (let i = a; i < b; i++) if (t.k(i) === K.Num) return t.v(i);
  return undefined;
}

/** The first number comes right before the comparator of the upper end ("70 đến 90%", "30% dưới 50%"). */
function firstBareBeforeHi(t: Toks, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (t.k(i) !== K.Num) continue;
    let j = i + 1;
    if (t.k(j) === K.Pct) j++;
    const w = t.w(j);
    const k = t.k(j);
    return j < b && (w === 'den' || w === 'duoi' || w === 'toi' || k === K.Lt || k === K.Le);
  }
  return false;
}
